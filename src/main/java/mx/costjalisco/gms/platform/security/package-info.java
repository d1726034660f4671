/**
 * Sign-in and roles with Jakarta Security: a form sign-in checked against the accounts table, passwords hashed with
 * PBKDF2, a lockout after repeated failures, and the response headers and cookie settings every page gets.
 */
package mx.costjalisco.gms.platform.security;
