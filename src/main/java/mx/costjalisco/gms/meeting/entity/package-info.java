/** The records of a meeting: the meeting itself, its agenda, documents, attendance, agreements and actions. */
package mx.costjalisco.gms.meeting.entity;
