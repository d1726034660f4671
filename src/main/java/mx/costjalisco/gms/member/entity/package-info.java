/** The registry's records. */
package mx.costjalisco.gms.member.entity;
