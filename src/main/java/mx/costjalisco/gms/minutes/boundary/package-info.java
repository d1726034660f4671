/** The minutes' services: the secretary's drafting and approval, the members' review, the public archive. */
package mx.costjalisco.gms.minutes.boundary;
