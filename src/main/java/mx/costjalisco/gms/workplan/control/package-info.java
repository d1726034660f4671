/**
 * Work-plan progress as plain logic, the one place where it is computed: what a target's entries add up to, how much
 * of its period has elapsed, its status (not started, on track, at risk, late, done), the roll-ups per activity and
 * for the whole plan, and the burn-up series. Pages, the PDF report, the exports and the public API all ask these
 * classes; none of them reads the clock — the day to judge by is always a parameter.
 */
package mx.costjalisco.gms.workplan.control;
