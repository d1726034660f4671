package mx.costjalisco.gms.platform.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a notice says, stored once for all its recipients' rows. Written once, never changed. */
@Entity
@Table(name = "outbox_content")
public class OutboxContent {

    public static final int SUBJECT_MAXLENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = SUBJECT_MAXLENGTH)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String text;

    @Lob
    @Column(name = "html_body")
    private String html;

    @Lob
    @Column(name = "calendar")
    private String calendar;

    @Column(name = "calendar_method", length = 20)
    private String calendarMethod;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "content", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxContent() {}

    OutboxContent(MailContent content, Instant createdAt) {
        this.subject = Outbox.clip(content.subject(), SUBJECT_MAXLENGTH);
        this.text = content.text();
        this.html = content.html();
        this.calendar = content.hasCalendar() ? content.calendar() : null;
        this.calendarMethod = content.hasCalendar() ? content.calendarMethod() : null;
        this.createdAt = createdAt;
        int order = 0;
        for (MailAttachment attachment : content.attachments()) {
            attachments.add(new OutboxAttachment(this, order++, attachment));
        }
    }

    /** The content as it is sent. */
    public MailContent toMailContent() {
        return new MailContent(
                subject,
                text,
                html,
                attachments.stream().map(OutboxAttachment::toMailAttachment).toList(),
                calendar,
                calendarMethod);
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getCalendarMethod() {
        return calendarMethod;
    }

    public List<OutboxAttachment> getAttachments() {
        return attachments;
    }
}
