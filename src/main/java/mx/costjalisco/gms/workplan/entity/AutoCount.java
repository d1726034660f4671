package mx.costjalisco.gms.workplan.entity;

/**
 * What a target that counts itself counts, from the system's own records, within the target's period. Its progress
 * cannot be typed.
 */
public enum AutoCount {
    /** Ordinary sessions held, on the day each was held. */
    ORDINARY_SESSIONS_HELD,
    /** Actas approved, on the day each was approved. */
    MINUTES_APPROVED,
    /** Participation agreements signed (still in force or since expired), on the day each was signed. */
    AGREEMENTS_SIGNED,
    /** Publishing entities that joined the initiative, on the day each joined. */
    ENTITIES_JOINED,
    /**
     * Projects published on the disclosure platform (of the target's entity, or of every entity), on the day the
     * GMS first read each in an OC4IDS import.
     */
    PROJECTS_PUBLISHED,
    /**
     * The share of the CoST IDS disclosure points the projects publish (of the target's entity, or of every entity),
     * in percent, as measured after each import: the latest measure counts.
     */
    IDS_COMPLETENESS;

    /** Whether this count may be limited to one publishing entity. */
    public boolean perEntity() {
        return this == PROJECTS_PUBLISHED || this == IDS_COMPLETENESS;
    }

    /** A measure (the latest value counts) rather than a count of events (they add up). */
    public boolean isMeasure() {
        return this == IDS_COMPLETENESS;
    }
}
