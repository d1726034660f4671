package mx.costjalisco.gms.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail inside the caller's transaction: if the change rolls back, so does its entry, and no change
 * commits without one.
 *
 * <p>Callers take {@link Auditable#auditState()} before they change a record and hand it to {@link #updated}; the
 * log keeps only the fields that differ.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    /** The actor of changes made by the application itself: migrations, demo data, the first administrator. */
    public static final String SYSTEM = "sistema";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    public void created(Auditable record) {
        write(record, AuditAction.CREATED, FieldChange.created(record.auditState()));
    }

    /** Records what changed since {@code before}; writes nothing when nothing did. */
    public void updated(Auditable record, Map<String, Object> before) {
        changed(record, AuditAction.UPDATED, before);
    }

    /** Records an action on a record with the fields it changed (which may be none, e.g. a sign-in). */
    public void changed(Auditable record, AuditAction action, Map<String, Object> before) {
        List<FieldChange> changes = FieldChange.between(before, record.auditState());
        if (action == AuditAction.UPDATED && changes.isEmpty()) {
            return;
        }
        write(record, action, changes);
    }

    /** Records an action by a named actor, for events where nobody is signed in yet (sign-in, lockout). */
    public void recordAs(String actor, Auditable record, AuditAction action) {
        em.persist(new AuditEntry(
                clock.instant(), actor, record.auditType(), record.getId(), action, record.auditLabel(), List.of()));
    }

    private void write(Auditable record, AuditAction action, List<FieldChange> changes) {
        em.flush(); // a new record needs its id before the entry can point at it
        em.persist(new AuditEntry(
                clock.instant(), actor(), record.auditType(), record.getId(), action, record.auditLabel(), changes));
    }

    private String actor() {
        Principal caller;
        try {
            caller = securityContext.getCallerPrincipal();
        } catch (IllegalStateException noCallerHere) {
            return SYSTEM; // start-up code (a singleton's @PostConstruct) runs with no caller at all
        }
        return caller == null || "ANONYMOUS".equals(caller.getName()) ? SYSTEM : caller.getName();
    }
}
