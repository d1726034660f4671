/** Transactional entry points for meetings, role-checked, and the public calendar API and feeds. */
package mx.costjalisco.gms.meeting.boundary;
