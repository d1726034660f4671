/**
 * Accounts, kept by the administrator: who can sign in, with which roles. An account belongs to a person of the
 * registry or to staff; it is disabled, never deleted.
 */
package mx.costjalisco.gms.account;
