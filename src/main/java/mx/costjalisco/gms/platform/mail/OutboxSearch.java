package mx.costjalisco.gms.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.costjalisco.gms.platform.security.Roles;

/** Reads the outbox page by page for the secretary and the administrator, newest first. */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class OutboxSearch {

    /** Topic and recipient match any part, without case. */
    public record Filter(OutboxStatus status, String topic, String recipient) implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<OutboxMessage> message = query.from(OutboxMessage.class);
        query.select(cb.count(message)).where(where(cb, message, filter));
        return em.createQuery(query).getSingleResult();
    }

    public List<OutboxMessage> find(Filter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OutboxMessage> query = cb.createQuery(OutboxMessage.class);
        Root<OutboxMessage> message = query.from(OutboxMessage.class);
        query.select(message)
                .where(where(cb, message, filter))
                .orderBy(cb.desc(message.get("createdAt")), cb.desc(message.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** One message with its content and the names of its attachments, for the message page. */
    public Optional<OutboxMessage> find(Long id) {
        OutboxMessage message = id == null ? null : em.find(OutboxMessage.class, id);
        if (message != null) {
            message.getContent().getAttachments().size(); // read while the persistence context is open
        }
        return Optional.ofNullable(message);
    }

    private static Predicate where(CriteriaBuilder cb, Root<OutboxMessage> message, Filter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.status() != null) {
            predicates.add(cb.equal(message.get("status"), filter.status()));
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            predicates.add(cb.like(cb.lower(message.get("topic")), like(filter.topic())));
        }
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            String pattern = like(filter.recipient());
            predicates.add(cb.or(
                    cb.like(cb.lower(message.get("recipientEmail")), pattern),
                    cb.like(cb.lower(message.get("recipientName")), pattern)));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private static String like(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
