/**
 * The audit trail: every change of record — who, when, what, before and after — written in the same transaction
 * as the change, and never updated or deleted.
 */
package mx.costjalisco.gms.platform.audit;
