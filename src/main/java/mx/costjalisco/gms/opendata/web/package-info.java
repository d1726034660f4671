/** The public "Datos abiertos" page. */
package mx.costjalisco.gms.opendata.web;
