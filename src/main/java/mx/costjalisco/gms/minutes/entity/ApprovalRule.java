package mx.costjalisco.gms.minutes.entity;

/**
 * How minutes become approved (art. 19, 21). Labels are in the bundle as {@code ApprovalRule.NAME}.
 */
public enum ApprovalRule {
    /** At the next session, where the secretary records it (the Reglamento's rule). */
    SESSION,
    /** By the electronic consent of every institution present at the session (a configurable alternative). */
    CONSENT
}
