/**
 * Cross-cutting parts every feature uses: configuration, persistence, security, the audit trail, the web layer's
 * shared beans, the REST application, the business-day calendar, mail, uploaded files, printed documents (PDF) and
 * iCalendar content. Nothing here depends on a feature package.
 */
package mx.costjalisco.gms.platform;
