package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.AttendanceService;
import mx.costjalisco.gms.meeting.boundary.MeetingDraft;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.QuorumRule;
import mx.costjalisco.gms.meeting.entity.AttendanceStatus;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code meetings/edit/attendance.xhtml}: the secretary takes the attendance of a meeting, institution by institution,
 * and sees at once whether there is quorum (art. 20). Without quorum, she records the fact and the second call.
 */
@Named
@ViewScoped
public class AttendanceEditBacking implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private AttendanceService attendance;

    @Inject
    private MeetingRules rules;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long meetingId;
    private Meeting meeting;
    private List<Row> rows;
    private QuorumRule.Result quorum;

    private String quorumNote;
    private MeetingDraft secondCall;

    /** One institution's line as the form edits it. */
    public static class Row implements Serializable {

        private final Institution institution;
        private final Person primary;
        private final Person alternate;
        private AttendanceStatus status;
        private boolean substituteNotified;
        private String note;

        Row(AttendanceService.Line line) {
            this.institution = line.institution();
            this.primary = line.primary();
            this.alternate = line.alternate();
            this.status = line.status();
            this.substituteNotified = line.substituteNotified();
            this.note = line.note();
        }

        AttendanceService.Line toLine() {
            return new AttendanceService.Line(institution, primary, alternate, status, null, substituteNotified, note);
        }

        public boolean isAlternatePresent() {
            return status == AttendanceStatus.ALTERNATE_PRESENT;
        }

        public Institution getInstitution() {
            return institution;
        }

        public Person getPrimary() {
            return primary;
        }

        public Person getAlternate() {
            return alternate;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public boolean isSubstituteNotified() {
            return substituteNotified;
        }

        public void setSubstituteNotified(boolean substituteNotified) {
            this.substituteNotified = substituteNotified;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public void load() {
        meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            Pages.notFound();
            return;
        }
        rows = new ArrayList<>(
                attendance.listOf(meetingId).stream().map(Row::new).toList());
        recount();
        secondCall = MeetingDraft.of(meeting);
        LocalDate earliest = meeting.getDay().plusDays((rules.secondCallHours() + 23) / 24);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        secondCall.setDay(earliest.isBefore(tomorrow) ? tomorrow : earliest);
        secondCall.setRecordedAfterwards(false);
    }

    /** Counts again as soon as a status changes, before anything is saved. */
    public void recount() {
        quorum = attendance.quorum(rows.stream().map(Row::toLine).toList());
    }

    public void save() {
        try {
            quorum = attendance.record(
                    meetingId,
                    meeting.getVersion(),
                    rows.stream().map(Row::toLine).toList());
            meeting = meetings.find(meetingId).orElseThrow();
            messages.info(quorum.isMet() ? "attendanceEdit.savedWithQuorum" : "attendanceEdit.savedWithoutQuorum");
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("form", refused);
        }
    }

    /** Records that the session had no quorum and schedules its second call; then shows the second call. */
    public String recordQuorumFailure() {
        try {
            Meeting second = meetings.recordQuorumFailure(meetingId, meeting.getVersion(), quorumNote, secondCall);
            messages.info("attendanceEdit.quorumFailureRecorded");
            messages.keepForRedirect();
            return "/meetings/meeting?faces-redirect=true&id=" + second.getId();
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("quorumForm", refused);
        }
        return null;
    }

    /** The sectors in the list, public sector first, each once. */
    public List<Sector> getSectors() {
        return List.copyOf(new LinkedHashSet<>(
                rows.stream().map(r -> r.getInstitution().getSector()).toList()));
    }

    public List<Row> rowsOf(Sector sector) {
        return rows.stream()
                .filter(r -> r.getInstitution().getSector() == sector)
                .toList();
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    /** Whether the form still accepts changes: not for a cancelled meeting. */
    public boolean isEditable() {
        return meeting.getStatus() != MeetingStatus.CANCELLED;
    }

    /** The second call is offered for a session without quorum, once. */
    public boolean isSecondCallOffered() {
        return meeting.isSession()
                && !quorum.isMet()
                && !meeting.isQuorumFailed()
                && meeting.getStatus() != MeetingStatus.CANCELLED;
    }

    public int getToleranceMinutes() {
        return rules.toleranceMinutes();
    }

    public int getSecondCallHours() {
        return rules.secondCallHours();
    }

    public String getTitle() {
        return MeetingLabels.name(meeting);
    }

    public String getWhen() {
        return MeetingLabels.when(meeting);
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

    public QuorumRule.Result getQuorum() {
        return quorum;
    }

    public String getQuorumNote() {
        return quorumNote;
    }

    public void setQuorumNote(String quorumNote) {
        this.quorumNote = quorumNote;
    }

    public MeetingDraft getSecondCall() {
        return secondCall;
    }
}
