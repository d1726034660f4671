/**
 * The GMS member registry: member institutions by sector, the people who represent them (titular, suplente) or act
 * as their liaisons, and the GMS's own offices (Presidencia, Secretaría Técnica, Gerencia CoST). Every membership,
 * appointment and office is held for a period; ending one keeps it in history. Nothing is deleted.
 *
 * <p>Glossary: Institución integrante = {@code Institution}; Representante titular / suplente = {@code Appointment}
 * with role {@code PRIMARY} / {@code ALTERNATE}; Enlace / Enlace de comunicación = {@code Appointment} with role
 * {@code LIAISON} / {@code COMMUNICATIONS_LIAISON}; cargo del GMS = {@code OfficeTerm}.
 */
package mx.costjalisco.gms.member;
