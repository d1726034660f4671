/** The minutes as plain logic — their content, its canonical form and hash, the approval rule, the diff, the PDF. */
package mx.costjalisco.gms.minutes.control;
