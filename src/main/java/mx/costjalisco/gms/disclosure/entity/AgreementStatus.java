package mx.costjalisco.gms.disclosure.entity;

/**
 * Where a participation agreement stands: drafted, signed (in force until its end date, if it has one), expired, or
 * terminated early with a reason.
 */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    EXPIRED,
    TERMINATED
}
