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
    ENTITIES_JOINED
}
