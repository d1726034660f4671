/**
 * Rich text written in the browser (the minutes' narratives): cleaned to a small allow-list with the OWASP HTML
 * sanitizer and read as paragraphs and list items for print and comparison.
 */
package mx.costjalisco.gms.platform.richtext;
