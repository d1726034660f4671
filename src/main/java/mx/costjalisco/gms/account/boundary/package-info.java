/**
 * Account administration (the ADMIN role), invitations (ADMIN, and SECRETARY for people of the registry), and the
 * public side of one-time password links: asking for a reset and setting a password with a link.
 */
package mx.costjalisco.gms.account.boundary;
