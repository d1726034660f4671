package mx.costjalisco.gms.disclosure.entity;

/** The records of the GMS a project can be linked to. */
public enum LinkSubject {
    AGREEMENT,
    ACTIVITY,
    ENTRY,
    EVIDENCE
}
