/** Pages and downloads of the disclosure part: entities, agreements, documents and QR codes. */
package mx.costjalisco.gms.disclosure.web;
