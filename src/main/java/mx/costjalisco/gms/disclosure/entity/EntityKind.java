package mx.costjalisco.gms.disclosure.entity;

/** What kind of public body a publishing entity is. */
public enum EntityKind {
    GOVERNMENT_AGENCY,
    MUNICIPALITY,
    OTHER
}
