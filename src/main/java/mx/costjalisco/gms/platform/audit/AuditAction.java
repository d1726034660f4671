package mx.costjalisco.gms.platform.audit;

/** What happened to a record. Labels are in the bundle as {@code AuditAction.NAME}. */
public enum AuditAction {
    CREATED,
    UPDATED,
    ENDED,
    ENABLED,
    DISABLED,
    PASSWORD_SET,
    LOCKED_OUT,
    CONVENED,
    RESCHEDULED,
    CANCELLED,
    INVITED,
    RESET_REQUESTED,
    RESENT,
    ISSUED,
    APPROVED,
    SIGNED,
    ARCHIVED
}
