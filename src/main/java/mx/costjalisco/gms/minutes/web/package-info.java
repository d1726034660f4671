/** The minutes' pages and downloads. */
package mx.costjalisco.gms.minutes.web;
