/**
 * The registry's transactional entry points: every change is checked against the registry's rules, written with its
 * audit entry in one transaction, and allowed only to the Secretaría Técnica; reads to every signed-in role; the
 * public composition to anyone.
 */
package mx.costjalisco.gms.member.boundary;
