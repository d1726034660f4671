/** The minutes' records: the minutes, their versions, narratives, approvals, observations, signatures, files. */
package mx.costjalisco.gms.minutes.entity;
