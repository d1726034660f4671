package mx.costjalisco.gms.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;

/**
 * One message of the outbox: a content to one recipient, with its delivery state. The sender changes the state only
 * through conditional updates ({@link OutboxDelivery}), so the row itself has no optimistic-lock version. Rows are
 * never deleted: the outbox is also the record of what was sent to whom.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
        name = OutboxMessage.BY_TOPIC,
        query = "SELECT m FROM OutboxMessage m WHERE m.topic = :topic ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(
        name = OutboxMessage.BY_TOPIC_PREFIX,
        query = "SELECT m FROM OutboxMessage m WHERE m.topic LIKE :prefix ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(
        name = OutboxMessage.DUE,
        query = "SELECT m.id FROM OutboxMessage m WHERE (m.status = :queued AND m.nextAttemptAt <= :now)"
                + " OR (m.status = :sending AND m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id")
public class OutboxMessage implements Auditable, Serializable {

    public static final String BY_TOPIC = "OutboxMessage.byTopic";
    public static final String BY_TOPIC_PREFIX = "OutboxMessage.byTopicPrefix";
    public static final String DUE = "OutboxMessage.due";
    public static final int TOPIC_MAXLENGTH = 200;
    public static final int ERROR_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private OutboxContent content;

    @Column(nullable = false, length = TOPIC_MAXLENGTH, updatable = false)
    private String topic;

    @Column(name = "recipient_email", nullable = false, length = 254, updatable = false)
    private String recipientEmail;

    @Column(name = "recipient_name", length = 200, updatable = false)
    private String recipientName;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(nullable = false, length = OutboxContent.SUBJECT_MAXLENGTH, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAXLENGTH)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "message_id", nullable = false, length = 250, updatable = false)
    private String messageId;

    @Column(name = "resent_from", updatable = false)
    private Long resentFrom;

    protected OutboxMessage() {}

    OutboxMessage(
            OutboxContent content,
            String topic,
            Recipient recipient,
            String messageId,
            Instant createdAt,
            Long resentFrom) {
        this.content = content;
        this.topic = Outbox.clip(topic, TOPIC_MAXLENGTH);
        this.recipientEmail = recipient.email().trim();
        this.recipientName =
                recipient.name() == null ? null : Outbox.clip(recipient.name().trim(), 200);
        this.personId = recipient.personId();
        this.subject = content.getSubject();
        this.status = OutboxStatus.QUEUED;
        this.nextAttemptAt = createdAt;
        this.createdAt = createdAt;
        this.messageId = messageId;
        this.resentFrom = resentFrom;
    }

    public Recipient recipient() {
        return new Recipient(recipientEmail, recipientName, personId);
    }

    @Override
    public Long getId() {
        return id;
    }

    public OutboxContent getContent() {
        return content;
    }

    public String getTopic() {
        return topic;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getSubject() {
        return subject;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    /** The {@code Message-ID} header, fixed when the row is written: a duplicate delivery is recognisable. */
    public String getMessageId() {
        return messageId;
    }

    /** The message this one repeats, when it was resent from the outbox page. */
    public Long getResentFrom() {
        return resentFrom;
    }

    @Override
    public String auditLabel() {
        return recipientEmail + ": " + subject;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("topic", topic);
        state.put("recipientEmail", recipientEmail);
        state.put("subject", subject);
        state.put("status", status == null ? null : status.name());
        state.put("resentFrom", resentFrom);
        return state;
    }
}
