/** The rules an entity or an agreement must meet, and the QR codes, without a transaction of their own. */
package mx.costjalisco.gms.disclosure.control;
