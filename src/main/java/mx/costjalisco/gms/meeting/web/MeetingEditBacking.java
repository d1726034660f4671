package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.MeetingDraft;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.Notice;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.LocaleBacking;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code meetings/edit/meeting.xhtml}: schedules a meeting (with, for a session, its liaison meeting) or moves one.
 * As the date is typed the page shows the notice deadline and flags a rest day; moving a convened meeting sends the
 * update of its calendar event, and asks for a justification when the new date leaves too little notice.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private Notices notices;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private Clock clock;

    private Long meetingId;
    private Meeting meeting;
    private MeetingDraft draft;
    private Notice notice;

    public void load() {
        if (meetingId == null) {
            draft = new MeetingDraft();
            return;
        }
        meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            Pages.notFound();
            return;
        }
        draft = MeetingDraft.of(meeting);
        dayChanged();
    }

    /** Recomputes the notice deadline for the date being typed. */
    public void dayChanged() {
        notice = draft.getDay() == null
                ? null
                : Notice.of(notices.calendar(), draft.getDay(), notices.noticeBusinessDays(), LocalDate.now(clock));
    }

    public String save() {
        try {
            Meeting saved =
                    meeting == null ? meetings.schedule(draft) : meetings.move(meetingId, meeting.getVersion(), draft);
            messages.info(
                    meeting == null ? "meeting.scheduled" : "meeting.saved",
                    MeetingTexts.name(saved, localeBacking.getLocale()));
            messages.keepForRedirect();
            return "/meetings/meeting?faces-redirect=true&id=" + saved.getId();
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("form", refused);
        }
        return null;
    }

    public boolean isNew() {
        return meeting == null;
    }

    public boolean isConvened() {
        return meeting != null && meeting.getStatus() == MeetingStatus.CONVENED;
    }

    public boolean isLiaison() {
        return draft.getKind() == MeetingKind.LIAISON;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    /** The sessions a liaison meeting may prepare: this year's and next year's open ones. */
    public List<Meeting> getSessions() {
        int year = draft.getDay() == null
                ? LocalDate.now(clock).getYear()
                : draft.getDay().getYear();
        List<Meeting> sessions = new java.util.ArrayList<>(meetings.ofYear(year));
        sessions.addAll(meetings.ofYear(year + 1));
        return sessions.stream()
                .filter(m -> m.isSession() && m.getStatus() != MeetingStatus.CANCELLED)
                .toList();
    }

    public String name(Meeting session) {
        return MeetingTexts.name(session, localeBacking.getLocale()) + " — "
                + MeetingTexts.day(session, localeBacking.getLocale());
    }

    public String restDayReason() {
        return notice == null ? "" : notice.restDayReason(localeBacking.getLocale());
    }

    public String getTitle() {
        return meeting == null
                ? messages.text("meetingEdit.newTitle")
                : messages.text("meetingEdit.editTitle", MeetingTexts.name(meeting, localeBacking.getLocale()));
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MeetingDraft getDraft() {
        return draft;
    }

    public Notice getNotice() {
        return notice;
    }
}
