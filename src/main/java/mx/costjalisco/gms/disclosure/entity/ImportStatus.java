package mx.costjalisco.gms.disclosure.entity;

/** How an import ended. An import applies whole or not at all: there is no partial state. */
public enum ImportStatus {
    /** Still reading. */
    RUNNING,
    /** Applied: its valid projects are in the store (its invalid ones are listed in the report). */
    APPLIED,
    /** Refused whole (not JSON, not a package, repeated ids, too big, unreachable…): nothing changed. */
    REFUSED
}
