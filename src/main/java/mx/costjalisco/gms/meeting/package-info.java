/**
 * Sessions of the GMS (ordinary and extraordinary) and the liaison meetings that prepare them: the year's calendar,
 * agenda, documents, convocation with five business days' notice, attendance and quorum, agreements and their
 * follow-up (Reglamento Interno, arts. 17–23). "Meeting" in code, "Sesión" in the interface: "session" clashes with
 * the HTTP session.
 */
package mx.costjalisco.gms.meeting;
