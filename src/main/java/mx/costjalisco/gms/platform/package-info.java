/**
 * Cross-cutting parts every feature uses: configuration, persistence, security, the audit trail, the web layer's
 * shared beans and the REST application. Nothing here depends on a feature package.
 */
package mx.costjalisco.gms.platform;
