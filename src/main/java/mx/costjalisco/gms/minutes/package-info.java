/**
 * The minutes of the GMS's sessions (actas) and the short minuta of a liaison meeting (Reglamento Interno, arts. 19,
 * 21, 23, 28): drafted from the session's record, circulated for review in versions that are never overwritten,
 * approved by the members (at the next session, or by electronic consent where so configured), then frozen and
 * archived as a PDF whose SHA-256 anyone can verify. Corrections after approval are addenda.
 */
package mx.costjalisco.gms.minutes;
