/** The registry's pages: lists, detail pages and forms, and the public composition page. */
package mx.costjalisco.gms.member.web;
