package mx.costjalisco.gms.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;

/**
 * The schedule form's values: what the secretary types to plan a meeting or move one. Optionally, for a session, the
 * liaison meeting that prepares it.
 */
public class MeetingDraft implements Serializable {

    private MeetingKind kind = MeetingKind.ORDINARY;
    private LocalDate day;
    private LocalTime startTime = LocalTime.of(9, 0);
    private LocalTime endTime = LocalTime.of(11, 0);
    private String place;
    private String videoUrl;
    private Long preparesId;
    private boolean recordedAfterwards;
    private String notes;
    private String reason;
    private String justification;
    private LocalDate liaisonDay;
    private LocalTime liaisonTime = LocalTime.of(10, 0);

    public static MeetingDraft of(Meeting meeting) {
        MeetingDraft draft = new MeetingDraft();
        draft.kind = meeting.getKind();
        draft.day = meeting.getDay();
        draft.startTime = meeting.getStartsAt().toLocalTime();
        draft.endTime = meeting.getEndsAt().toLocalTime();
        draft.place = meeting.getPlace();
        draft.videoUrl = meeting.getVideoUrl();
        draft.preparesId =
                meeting.getPrepares() == null ? null : meeting.getPrepares().getId();
        draft.recordedAfterwards = meeting.isRecordedAfterwards();
        draft.notes = meeting.getNotes();
        return draft;
    }

    public LocalDateTime startsAt() {
        return day == null || startTime == null ? null : day.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return day == null || endTime == null ? null : day.atTime(endTime);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
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

    public Long getPreparesId() {
        return preparesId;
    }

    public void setPreparesId(Long preparesId) {
        this.preparesId = preparesId;
    }

    public boolean isRecordedAfterwards() {
        return recordedAfterwards;
    }

    public void setRecordedAfterwards(boolean recordedAfterwards) {
        this.recordedAfterwards = recordedAfterwards;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public LocalDate getLiaisonDay() {
        return liaisonDay;
    }

    public void setLiaisonDay(LocalDate liaisonDay) {
        this.liaisonDay = liaisonDay;
    }

    public LocalTime getLiaisonTime() {
        return liaisonTime;
    }

    public void setLiaisonTime(LocalTime liaisonTime) {
        this.liaisonTime = liaisonTime;
    }
}
