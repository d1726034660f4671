package mx.costjalisco.gms.minutes.entity;

/** Where minutes stand. Labels are in the bundle as {@code MinutesStatus.NAME}. */
public enum MinutesStatus {
    /** Being written; no version issued yet. */
    DRAFT,
    /** A version circulates for the members' review. */
    IN_REVIEW,
    /** Approved and frozen; corrections only as addenda. */
    APPROVED,
    /** A liaison meeting's minuta, sent to the members (no approval). */
    SENT;

    public boolean isFrozen() {
        return this == APPROVED || this == SENT;
    }
}
