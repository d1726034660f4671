package mx.costjalisco.gms.member.entity;

/** The GMS's own offices, each held by one person at a time. */
public enum Office {
    /** Presidencia: chairs the GMS and signs approved minutes. */
    PRESIDENCY,
    /** Secretaría Técnica: convenes sessions, keeps the registry and the minutes. */
    TECHNICAL_SECRETARIAT,
    /** Gerencia CoST: runs the work plan and leads the Secretaría Estatal. */
    MANAGEMENT
}
