package mx.costjalisco.gms.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.platform.config.TimeConfiguration;

/** Reads the audit trail page by page, newest first, filtered by record, by person and by dates. */
@ApplicationScoped
public class AuditTrail {

    /** Days are the GMS's calendar days (America/Mexico_City), both included. */
    public record Filter(String recordType, Long recordId, String actor, LocalDate from, LocalDate to)
            implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeConfiguration time;

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(where(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    public List<AuditEntry> find(Filter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(where(cb, entry, filter)).orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The record types that have entries, for the filter's choices. */
    public List<String> recordTypes() {
        return em.createQuery("SELECT DISTINCT e.recordType FROM AuditEntry e ORDER BY e.recordType", String.class)
                .getResultList();
    }

    private Predicate where(CriteriaBuilder cb, Root<AuditEntry> entry, Filter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            predicates.add(cb.equal(entry.get("recordType"), filter.recordType()));
        }
        if (filter.recordId() != null) {
            predicates.add(cb.equal(entry.get("recordId"), filter.recordId()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            predicates.add(cb.like(
                    cb.lower(entry.get("actor")), "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%"));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(entry.<Instant>get("at"), startOf(filter.from())));
        }
        if (filter.to() != null) {
            predicates.add(
                    cb.lessThan(entry.<Instant>get("at"), startOf(filter.to().plusDays(1))));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }
}
