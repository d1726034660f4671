/**
 * The GMS's yearly work plan (Reglamento Interno, art. 30 b): activities with a responsible party, a deadline or
 * period and the evidence expected; each activity has targets — a number with a unit (15 personas, 4 convenios, 3
 * millones de receptores) or a milestone (la versión 2 de la plataforma) — whose progress entries say how far the GMS
 * has come, and whether it is on track, at risk or late. The GMS reports this progress quarterly (arts. 13 r, 28 d).
 */
package mx.costjalisco.gms.workplan;
