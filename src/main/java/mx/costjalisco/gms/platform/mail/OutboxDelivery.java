package mx.costjalisco.gms.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * The sender's steps on the database, each in its own short transaction so no transaction is open while SMTP talks.
 *
 * <p>A row is claimed with one conditional UPDATE: only a row that is due (QUEUED and its time has come) or whose
 * previous claim expired (a sender died while SENDING) can be claimed, and only the sender whose UPDATE changed the
 * row goes on to send it. Two instances on one database therefore never send the same row; the results are written
 * only while the claim is still this sender's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    /** A claimed message: everything needed to send it, detached from the database. */
    public record Claimed(long id, MailContent content, Recipient recipient, String messageId, int attempts) {}

    private static final InstantConverter TIME = new InstantConverter();

    @PersistenceContext
    private EntityManager em;

    /** The ids of due messages, oldest first. */
    public List<Long> due(Instant now, int max) {
        List<?> ids = em.createNativeQuery("SELECT id FROM outbox_message WHERE (status = 'QUEUED' AND"
                        + " next_attempt_at <= ?1) OR (status = 'SENDING' AND claimed_until < ?1)"
                        + " ORDER BY next_attempt_at, id")
                .setParameter(1, db(now))
                .setMaxResults(max)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public Optional<Claimed> claim(long id, String sender, Instant now, Instant until) {
        int claimed = em.createNativeQuery("UPDATE outbox_message SET status = 'SENDING', claimed_by = ?1,"
                        + " claimed_until = ?2, attempts = attempts + 1 WHERE id = ?3 AND ((status = 'QUEUED'"
                        + " AND next_attempt_at <= ?4) OR (status = 'SENDING' AND claimed_until < ?4))")
                .setParameter(1, sender)
                .setParameter(2, db(until))
                .setParameter(3, id)
                .setParameter(4, db(now))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        return Optional.of(new Claimed(
                id,
                message.getContent().toMailContent(),
                message.recipient(),
                message.getMessageId(),
                message.getAttempts()));
    }

    public void sent(long id, String sender, Instant now) {
        em.createNativeQuery("UPDATE outbox_message SET status = 'SENT', sent_at = ?1, last_error = NULL,"
                        + " claimed_until = NULL WHERE id = ?2 AND status = 'SENDING' AND claimed_by = ?3")
                .setParameter(1, db(now))
                .setParameter(2, id)
                .setParameter(3, sender)
                .executeUpdate();
    }

    /** Back to the queue until {@code nextAttempt}, or FAILED for good when there is none. */
    public void failed(long id, String sender, String error, Instant nextAttempt) {
        if (nextAttempt == null) {
            em.createNativeQuery("UPDATE outbox_message SET status = 'FAILED', last_error = ?1, claimed_until = NULL"
                            + " WHERE id = ?2 AND status = 'SENDING' AND claimed_by = ?3")
                    .setParameter(1, error)
                    .setParameter(2, id)
                    .setParameter(3, sender)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE outbox_message SET status = 'QUEUED', last_error = ?1, next_attempt_at = ?2,"
                            + " claimed_until = NULL WHERE id = ?3 AND status = 'SENDING' AND claimed_by = ?4")
                    .setParameter(1, error)
                    .setParameter(2, db(nextAttempt))
                    .setParameter(3, id)
                    .setParameter(4, sender)
                    .executeUpdate();
        }
    }

    private static LocalDateTime db(Instant instant) {
        return TIME.convertToDatabaseColumn(instant);
    }
}
