/** Registry logic without a transaction of its own: searches for the lazy lists, the composition count, terms. */
package mx.costjalisco.gms.member.control;
