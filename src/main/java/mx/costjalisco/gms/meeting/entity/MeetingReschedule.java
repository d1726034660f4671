package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/** One move of a meeting's date, time or place, kept so its history can be read. Written once. */
@Entity
@Table(name = "meeting_reschedule")
public class MeetingReschedule implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "from_starts_at", nullable = false, updatable = false)
    private LocalDateTime fromStartsAt;

    @Column(name = "to_starts_at", nullable = false, updatable = false)
    private LocalDateTime toStartsAt;

    @Column(name = "from_place", updatable = false)
    private String fromPlace;

    @Column(name = "to_place", updatable = false)
    private String toPlace;

    @Column(updatable = false)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected MeetingReschedule() {}

    public MeetingReschedule(
            Meeting meeting,
            LocalDateTime fromStartsAt,
            String fromPlace,
            String reason,
            Instant changedAt,
            String changedBy) {
        this.meeting = meeting;
        this.fromStartsAt = fromStartsAt;
        this.toStartsAt = meeting.getStartsAt();
        this.fromPlace = fromPlace;
        this.toPlace = meeting.getPlace();
        this.reason = reason;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDateTime getFromStartsAt() {
        return fromStartsAt;
    }

    public LocalDateTime getToStartsAt() {
        return toStartsAt;
    }

    public String getFromPlace() {
        return fromPlace;
    }

    public String getToPlace() {
        return toPlace;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
