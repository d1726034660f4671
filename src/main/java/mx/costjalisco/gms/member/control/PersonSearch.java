package mx.costjalisco.gms.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Person;

/** Finds people page by page in the database, and the roles they hold now. */
@ApplicationScoped
public class PersonSearch {

    private static final Set<String> SORTABLE = Set.of("fullName", "email", "position");

    @PersistenceContext
    private EntityManager em;

    public long count(String text) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Person> person = query.from(Person.class);
        query.select(cb.count(person)).where(where(cb, person, text));
        return em.createQuery(query).getSingleResult();
    }

    public List<Person> find(String text, int first, int max, String sortField, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Person> query = cb.createQuery(Person.class);
        Root<Person> person = query.from(Person.class);
        String field = sortField != null && SORTABLE.contains(sortField) ? sortField : "fullName";
        query.select(person)
                .where(where(cb, person, text))
                .orderBy(ascending ? cb.asc(person.get(field)) : cb.desc(person.get(field)), cb.asc(person.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static Predicate where(CriteriaBuilder cb, Root<Person> person, String text) {
        if (Criteria.isBlank(text)) {
            return cb.conjunction();
        }
        return Criteria.containsAny(
                cb, text, List.of(person.get("fullName"), person.get("email"), person.get("position")));
    }

    /** The appointments current on {@code day} of the given people, by person id. */
    public Map<Long, List<Appointment>> currentAppointments(Collection<Long> personIds, LocalDate day) {
        Map<Long, List<Appointment>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        em.createQuery(
                        "SELECT a FROM Appointment a JOIN FETCH a.institution WHERE a.person.id IN :ids"
                                + " AND a.startsOn <= :day AND (a.endsOn IS NULL OR a.endsOn >= :day)",
                        Appointment.class)
                .setParameter("ids", personIds)
                .setParameter("day", day)
                .getResultList()
                .forEach(appointment -> byPerson.computeIfAbsent(
                                appointment.getPerson().getId(), id -> new ArrayList<>())
                        .add(appointment));
        return byPerson;
    }

    /** Up to {@code max} people whose name or address contains the text, for pickers. */
    public List<Person> suggest(String text, int max) {
        return find(text, 0, max, "fullName", true);
    }
}
