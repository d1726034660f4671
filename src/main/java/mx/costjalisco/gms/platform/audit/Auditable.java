package mx.costjalisco.gms.platform.audit;

import java.util.Map;

/** A record whose changes the audit trail keeps. */
public interface Auditable {

    Long getId();

    /** The name people know the record by, kept with each entry so it reads well after the record changes. */
    String auditLabel();

    /**
     * The record's state as field → value, in a stable order. Values are what a reader compares (dates, names,
     * codes), not object graphs: a related record appears by its label.
     */
    Map<String, Object> auditState();

    /** The type name stored with each entry; the entity's simple class name unless a subclass says otherwise. */
    default String auditType() {
        return getClass().getSimpleName();
    }
}
