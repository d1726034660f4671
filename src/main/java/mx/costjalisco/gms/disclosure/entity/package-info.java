/** The publishing entities and their participation agreements, as stored. */
package mx.costjalisco.gms.disclosure.entity;
