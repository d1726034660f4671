/** The administrator's pages for accounts. */
package mx.costjalisco.gms.account.web;
