/** One-time password links (tokens) and the mails that carry them, used inside the services' transactions. */
package mx.costjalisco.gms.account.control;
