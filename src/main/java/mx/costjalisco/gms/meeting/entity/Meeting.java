package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * A GMS session or a liaison meeting. Its number counts the meetings of its kind in its year ("2ª sesión ordinaria
 * 2023"); its times are local to the GMS (America/Mexico_City). A liaison meeting may prepare one session; a second
 * call is made for a session that lacked quorum (art. 20). A session recorded after it happened, for the record, is
 * marked as such and sends no convocation.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(
        name = Meeting.FIND_BY_YEAR,
        query = "SELECT m FROM Meeting m WHERE m.year = :year ORDER BY m.startsAt, m.id")
@NamedQuery(
        name = Meeting.FIND_BETWEEN,
        query = "SELECT m FROM Meeting m WHERE m.startsAt >= :from AND m.startsAt < :to ORDER BY m.startsAt, m.id")
@NamedQuery(
        name = Meeting.MAX_NUMBER,
        query = "SELECT MAX(m.number) FROM Meeting m WHERE m.kind = :kind AND m.year = :year")
public class Meeting extends BaseEntity implements Auditable {

    public static final String FIND_BY_YEAR = "Meeting.findByYear";
    public static final String FIND_BETWEEN = "Meeting.findBetween";
    public static final String MAX_NUMBER = "Meeting.maxNumber";
    public static final int PLACE_MAXLENGTH = 300;
    public static final int VIDEO_URL_MAXLENGTH = 500;
    public static final int JUSTIFICATION_MAXLENGTH = 2000;
    public static final int REASON_MAXLENGTH = 1000;
    public static final int NOTES_MAXLENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    @NotNull
    private MeetingKind kind;

    @Column(name = "meeting_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    @Column(name = "starts_at", nullable = false)
    @NotNull
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    @NotNull
    private LocalDateTime endsAt;

    @Column(length = PLACE_MAXLENGTH)
    @Size(max = PLACE_MAXLENGTH)
    private String place;

    @Column(name = "video_url", length = VIDEO_URL_MAXLENGTH)
    @Size(max = VIDEO_URL_MAXLENGTH)
    private String videoUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prepares_id")
    private Meeting prepares;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "second_call_of_id")
    private Meeting secondCallOf;

    @Column(name = "recorded_afterwards", nullable = false)
    private boolean recordedAfterwards;

    @Column(name = "convened_at")
    @Convert(converter = InstantConverter.class)
    private Instant convenedAt;

    @Column(name = "late_justification", length = JUSTIFICATION_MAXLENGTH)
    @Size(max = JUSTIFICATION_MAXLENGTH)
    private String lateJustification;

    @Column(name = "reminder_sent_at")
    @Convert(converter = InstantConverter.class)
    private Instant reminderSentAt;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "cancelled_at")
    @Convert(converter = InstantConverter.class)
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = REASON_MAXLENGTH)
    @Size(max = REASON_MAXLENGTH)
    private String cancelReason;

    @Column(name = "quorum_failed", nullable = false)
    private boolean quorumFailed;

    @Column(name = "quorum_note", length = REASON_MAXLENGTH)
    @Size(max = REASON_MAXLENGTH)
    private String quorumNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chaired_by_id")
    private Person chairedBy;

    @Column(length = NOTES_MAXLENGTH)
    @Size(max = NOTES_MAXLENGTH)
    private String notes;

    protected Meeting() {}

    public Meeting(MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.year = startsAt.getYear();
    }

    /** Gives the meeting its place in the year's count of its kind; set once, when it is scheduled. */
    public void numberAs(int number) {
        this.number = number;
    }

    public LocalDate getDay() {
        return startsAt.toLocalDate();
    }

    public boolean isSession() {
        return kind.isSession();
    }

    public boolean isOpen() {
        return status == MeetingStatus.PLANNED || status == MeetingStatus.CONVENED;
    }

    /** Moves the meeting; a convened one's calendar event gets a higher sequence so clients update it. */
    public void moveTo(LocalDateTime newStart, LocalDateTime newEnd, String newPlace, String newVideoUrl) {
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.place = newPlace;
        this.videoUrl = newVideoUrl;
        this.icalSequence++;
    }

    public void convene(Instant at, String justification) {
        this.status = MeetingStatus.CONVENED;
        this.convenedAt = at;
        this.lateJustification = justification;
    }

    public void cancel(Instant at, String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelledAt = at;
        this.cancelReason = reason;
        this.icalSequence++;
    }

    public void markHeld() {
        this.status = MeetingStatus.HELD;
    }

    public void recordQuorumFailure(String note) {
        this.quorumFailed = true;
        this.quorumNote = note;
        this.status = MeetingStatus.HELD;
    }

    public void reminderSent(Instant at) {
        this.reminderSentAt = at;
    }

    /** The UID of the meeting's calendar event: stable for its whole life, so updates replace the same event. */
    public String calendarUid(String host) {
        return "gms-meeting-" + getId() + "@" + host;
    }

    @Override
    public String auditLabel() {
        return Bundle.text(Bundle.RECORD_LOCALE, "meeting.name." + kind.name(), number, year, startsAt.toLocalDate());
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("number", number);
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("place", place);
        state.put("videoUrl", videoUrl);
        state.put("status", status);
        state.put("prepares", prepares == null ? null : prepares.auditLabel());
        state.put("recordedAfterwards", recordedAfterwards);
        state.put("lateJustification", lateJustification);
        state.put("cancelReason", cancelReason);
        state.put("quorumFailed", quorumFailed);
        state.put("quorumNote", quorumNote);
        state.put("chairedBy", chairedBy == null ? null : chairedBy.getFullName());
        state.put("notes", notes);
        return state;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Meeting getPrepares() {
        return prepares;
    }

    public void setPrepares(Meeting prepares) {
        this.prepares = prepares;
    }

    public Meeting getSecondCallOf() {
        return secondCallOf;
    }

    public void setSecondCallOf(Meeting secondCallOf) {
        this.secondCallOf = secondCallOf;
    }

    public boolean isRecordedAfterwards() {
        return recordedAfterwards;
    }

    public void setRecordedAfterwards(boolean recordedAfterwards) {
        this.recordedAfterwards = recordedAfterwards;
    }

    public Instant getConvenedAt() {
        return convenedAt;
    }

    public String getLateJustification() {
        return lateJustification;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isQuorumFailed() {
        return quorumFailed;
    }

    public String getQuorumNote() {
        return quorumNote;
    }

    public Person getChairedBy() {
        return chairedBy;
    }

    public void setChairedBy(Person chairedBy) {
        this.chairedBy = chairedBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
