/** The Reglamento's rules as plain logic — notice, quorum, vote results, numbering — tested without a container. */
package mx.costjalisco.gms.meeting.control;
