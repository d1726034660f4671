/** Account administration, for the ADMIN role only. */
package mx.costjalisco.gms.account.boundary;
