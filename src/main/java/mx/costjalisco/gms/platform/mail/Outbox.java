package mx.costjalisco.gms.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The outbox: where every part of the system puts the mail it wants sent.
 *
 * <p>{@link #enqueue} writes in the caller's transaction (it refuses to run without one): the notice commits or rolls
 * back with the business change that caused it, and it is sent only after that commit — by the sender reacting to
 * the commit, or by its timer if this instance stops first. A topic names what the notice is about (e.g.
 * {@code meeting:42:convocation}), so a page can show the delivery of that notice per recipient.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private MailSettings settings;

    @Inject
    private Event<OutboxEnqueued> enqueued;

    /**
     * Writes one outbox row per recipient (the content stored once, shared by the rows) in the caller's transaction;
     * delivery starts after commit. A recipient listed twice gets one message. Returns the rows' ids, in the order
     * of the recipients.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Long> enqueue(String topic, MailContent content, List<Recipient> recipients) {
        if (topic == null
                || topic.isBlank()
                || content == null
                || content.subject() == null
                || content.text() == null) {
            throw new IllegalArgumentException("A notice needs a topic, a subject and a text");
        }
        Map<String, Recipient> distinct = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            String email = Account.normalizeEmail(recipient.email());
            if (email == null || email.isEmpty()) {
                throw new BusinessRuleException("outbox.noAddress", recipient.name());
            }
            distinct.putIfAbsent(email, new Recipient(email, recipient.name(), recipient.personId()));
        }
        if (distinct.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        OutboxContent stored = new OutboxContent(content, now);
        em.persist(stored);
        List<OutboxMessage> messages = new ArrayList<>();
        for (Recipient recipient : distinct.values()) {
            OutboxMessage message = new OutboxMessage(stored, topic.trim(), recipient, newMessageId(), now, null);
            em.persist(message);
            messages.add(message);
        }
        em.flush(); // the ids, for the event and the caller
        List<Long> ids = messages.stream().map(OutboxMessage::getId).toList();
        enqueued.fire(new OutboxEnqueued(ids));
        return ids;
    }

    /** The messages of one notice, newest first: e.g. the per-recipient delivery of a convocation. */
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN, Roles.MANAGER})
    public List<OutboxMessage> byTopic(String topic) {
        return em.createNamedQuery(OutboxMessage.BY_TOPIC, OutboxMessage.class)
                .setParameter("topic", topic)
                .getResultList();
    }

    /** The messages whose topic starts with the prefix (e.g. {@code meeting:42:}), newest first. */
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN, Roles.MANAGER})
    public List<OutboxMessage> byTopicPrefix(String prefix) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createNamedQuery(OutboxMessage.BY_TOPIC_PREFIX, OutboxMessage.class)
                .setParameter("prefix", escaped + "%")
                .getResultList();
    }

    /**
     * Sends a message again to the same recipient: a new row with the same content, queued now, which points at the
     * original. The original stays as it was; the resend is in the audit trail.
     */
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public OutboxMessage resend(long id) {
        OutboxMessage original = em.find(OutboxMessage.class, id);
        if (original == null) {
            throw new BusinessRuleException("record.notFound");
        }
        OutboxMessage copy = new OutboxMessage(
                original.getContent(),
                original.getTopic(),
                original.recipient(),
                newMessageId(),
                clock.instant(),
                original.getId());
        em.persist(copy);
        audit.changed(copy, AuditAction.RESENT, Map.of());
        enqueued.fire(new OutboxEnqueued(List.of(copy.getId())));
        return copy;
    }

    /** A Message-ID unique to this row, in the sender's domain (RFC 5322: {@code <unique@domain>}). */
    private String newMessageId() {
        String from = settings.from().getAddress();
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "localhost";
        return "<gms." + UUID.randomUUID() + "@" + domain + ">";
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
