package mx.costjalisco.gms.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;

/**
 * Finds institutions page by page in the database (filter, sort, offset and limit in SQL), so the list stays fast with
 * hundreds of institutions; then loads the current representatives of just that page in one more query.
 */
@ApplicationScoped
public class InstitutionSearch {

    /** What the list asks for. Without history, only institutions that have not left by {@code today}. */
    public record Filter(String text, Sector sector, InstitutionType type, boolean includeHistory, LocalDate today)
            implements Serializable {}

    private static final Set<String> SORTABLE = Set.of("name", "acronym", "sector", "type", "joinedOn", "termEndsOn");

    @PersistenceContext
    private EntityManager em;

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Institution> institution = query.from(Institution.class);
        query.select(cb.count(institution)).where(where(cb, institution, filter));
        return em.createQuery(query).getSingleResult();
    }

    public List<Institution> find(Filter filter, int first, int max, String sortField, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Institution> query = cb.createQuery(Institution.class);
        Root<Institution> institution = query.from(Institution.class);
        String field = sortField != null && SORTABLE.contains(sortField) ? sortField : "name";
        List<Order> order = new ArrayList<>();
        order.add(ascending ? cb.asc(institution.get(field)) : cb.desc(institution.get(field)));
        order.add(cb.asc(institution.get("id")));
        query.select(institution).where(where(cb, institution, filter)).orderBy(order);
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static Predicate where(CriteriaBuilder cb, Root<Institution> institution, Filter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (!Criteria.isBlank(filter.text())) {
            predicates.add(Criteria.containsAny(
                    cb, filter.text(), List.of(institution.get("name"), institution.get("acronym"))));
        }
        if (filter.sector() != null) {
            predicates.add(cb.equal(institution.get("sector"), filter.sector()));
        }
        if (filter.type() != null) {
            predicates.add(cb.equal(institution.get("type"), filter.type()));
        }
        if (!filter.includeHistory()) {
            predicates.add(cb.or(
                    cb.isNull(institution.get("leftOn")),
                    cb.greaterThanOrEqualTo(institution.<LocalDate>get("leftOn"), filter.today())));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The appointments current on {@code day} of the given institutions, by institution id. */
    public Map<Long, List<Appointment>> currentAppointments(Collection<Long> institutionIds, LocalDate day) {
        Map<Long, List<Appointment>> byInstitution = new LinkedHashMap<>();
        if (institutionIds.isEmpty()) {
            return byInstitution;
        }
        em.createNamedQuery(Appointment.FIND_CURRENT_OF_INSTITUTIONS, Appointment.class)
                .setParameter("institutionIds", institutionIds)
                .setParameter("day", day)
                .getResultList()
                .forEach(appointment -> byInstitution
                        .computeIfAbsent(appointment.getInstitution().getId(), id -> new ArrayList<>())
                        .add(appointment));
        return byInstitution;
    }

    /** Every institution current on {@code day}, in the order of the sectors (public sector first), then by name. */
    public List<Institution> currentOn(LocalDate day) {
        List<Institution> current = new ArrayList<>(em.createQuery(
                        "SELECT i FROM Institution i WHERE i.joinedOn <= :day AND (i.leftOn IS NULL OR i.leftOn >= :day)"
                                + " ORDER BY i.name",
                        Institution.class)
                .setParameter("day", day)
                .getResultList());
        current.sort(Comparator.comparing(Institution::getSector));
        return current;
    }
}
