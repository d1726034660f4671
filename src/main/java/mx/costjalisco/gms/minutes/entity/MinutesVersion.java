package mx.costjalisco.gms.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A version of the minutes as issued: the whole content in canonical JSON and its SHA-256. It is never changed
 * (only the mark that its reminder went out); a correction is a new version.
 */
@Entity
@Table(name = "minutes_version")
@NamedQuery(
        name = MinutesVersion.FIND_BY_MINUTES,
        query = "SELECT v FROM MinutesVersion v WHERE v.minutes.id = :minutesId ORDER BY v.number")
@NamedQuery(
        name = MinutesVersion.FIND_NUMBER,
        query = "SELECT v FROM MinutesVersion v WHERE v.minutes.id = :minutesId AND v.number = :number")
public class MinutesVersion extends BaseEntity {

    public static final String FIND_BY_MINUTES = "MinutesVersion.findByMinutes";
    public static final String FIND_NUMBER = "MinutesVersion.findNumber";
    public static final int NOTE_MAXLENGTH = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @Column(nullable = false, updatable = false)
    private int number;

    @Lob
    @Column(name = "content_json", nullable = false, updatable = false)
    private String contentJson;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @Column(name = "issued_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "review_deadline", updatable = false)
    private LocalDate reviewDeadline;

    /** Why the deadline is not the day asked for (it fell on a rest day), or null. */
    @Column(name = "deadline_moved", length = 300, updatable = false)
    private String deadlineMoved;

    @Column(name = "change_note", length = NOTE_MAXLENGTH, updatable = false)
    private String changeNote;

    @Column(name = "reminder_sent_at")
    @Convert(converter = InstantConverter.class)
    private Instant reminderSentAt;

    protected MinutesVersion() {}

    public MinutesVersion(
            Minutes minutes,
            int number,
            String contentJson,
            String contentSha256,
            Instant issuedAt,
            String issuedBy,
            LocalDate reviewDeadline,
            String deadlineMoved,
            String changeNote) {
        this.minutes = minutes;
        this.number = number;
        this.contentJson = contentJson;
        this.contentSha256 = contentSha256;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.reviewDeadline = reviewDeadline;
        this.deadlineMoved = deadlineMoved;
        this.changeNote = changeNote;
    }

    public void reminderSent(Instant at) {
        this.reminderSentAt = at;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public int getNumber() {
        return number;
    }

    public String getContentJson() {
        return contentJson;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public String getDeadlineMoved() {
        return deadlineMoved;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }
}
