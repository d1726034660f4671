package mx.costjalisco.gms.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Optimistic locking, the same way in every service: check the version a user read, and the database's answer. */
public final class Records {

    private Records() {}

    /**
     * The record as it is now, provided it still has the version the user read; otherwise someone else saved it in
     * between (or it is gone) and the change is refused.
     */
    public static <T extends BaseEntity> T current(EntityManager em, Class<T> type, Long id, long version) {
        T record = id == null ? null : em.find(type, id);
        if (record == null || record.getVersion() != version) {
            throw new ConcurrentChangeException(type.getSimpleName(), id);
        }
        return record;
    }

    /** Writes pending changes now, so a concurrent save caught by the database is refused like any other. */
    public static void flush(EntityManager em, BaseEntity record) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(record.getClass().getSimpleName(), record.getId());
        }
    }
}
