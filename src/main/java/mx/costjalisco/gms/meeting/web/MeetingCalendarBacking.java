package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.Notice;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.entity.CalendarApproval;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.LocaleBacking;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code meetings/calendar.xhtml}: the year's sessions and liaison meetings with their number, notice deadline and
 * flags — a date that is not a business day, a quarter without an ordinary session — and the GMS's approval of the
 * calendar.
 */
@Named
@ViewScoped
public class MeetingCalendarBacking implements Serializable {

    /** A meeting as the calendar lists it. */
    public record Row(Meeting meeting, String name, String when, Notice notice, boolean late) {

        // Faces' EL 5 reads JavaBean getters, not record accessors

        public Meeting getMeeting() {
            return meeting;
        }

        public String getName() {
            return name;
        }

        public String getWhen() {
            return when;
        }

        public Notice getNotice() {
            return notice;
        }

        public boolean isLate() {
            return late;
        }
    }

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

    private Integer year;
    private List<Row> rows;
    private List<Integer> quartersWithoutOrdinary;
    private CalendarApproval approval;
    /** Sessions of this year and the previous one, where a calendar is usually approved. */
    private List<Meeting> approvingSessions;

    private LocalDate approvedOn;
    private Long approvedInMeetingId;
    private String agreement;

    public void load() {
        if (year == null || year < 2015 || year > 2100) {
            year = LocalDate.now(clock).getYear();
        }
        Locale locale = localeBacking.getLocale();
        rows = new ArrayList<>();
        var calendar = notices.calendar();
        for (Meeting meeting : meetings.ofYear(year)) {
            Notice notice = notices.notice(meeting, calendar);
            boolean late = meeting.getStatus() == MeetingStatus.PLANNED && notice.isPassed();
            rows.add(new Row(
                    meeting, MeetingTexts.name(meeting, locale), MeetingTexts.when(meeting, locale), notice, late));
        }
        quartersWithoutOrdinary = IntStream.rangeClosed(1, 4)
                .filter(quarter -> rows.stream()
                        .map(Row::meeting)
                        .noneMatch(m -> m.getKind() == MeetingKind.ORDINARY
                                && m.getStatus() != MeetingStatus.CANCELLED
                                && (m.getStartsAt().getMonthValue() - 1) / 3 + 1 == quarter))
                .boxed()
                .toList();
        List<Meeting> sessions = new ArrayList<>(meetings.ofYear(year - 1));
        rows.forEach(row -> sessions.add(row.meeting()));
        approvingSessions = sessions.stream().filter(Meeting::isSession).toList();
        approval = meetings.approvalOf(year).orElse(null);
        if (approval != null) {
            approvedOn = approval.getApprovedOn();
            approvedInMeetingId =
                    approval.getMeeting() == null ? null : approval.getMeeting().getId();
            agreement = approval.getAgreement();
        }
    }

    public void approve() {
        try {
            meetings.approveCalendar(year, approvedOn, approvedInMeetingId, agreement);
            messages.info("calendar.approvalSaved", year);
            load();
        } catch (BusinessRuleException refused) {
            messages.error("approvalForm", refused);
        }
    }

    public List<Meeting> getApprovingSessions() {
        return approvingSessions;
    }

    public String quarterWarning(int quarter) {
        return messages.text("calendar.quarterWithoutOrdinary", quarter, year);
    }

    public String name(Meeting meeting) {
        return MeetingTexts.name(meeting, localeBacking.getLocale());
    }

    public String restDayReason(Notice notice) {
        return notice.restDayReason(localeBacking.getLocale());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(2022, now + 1).boxed().toList();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Integer> getQuartersWithoutOrdinary() {
        return quartersWithoutOrdinary;
    }

    public CalendarApproval getApproval() {
        return approval;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public Long getApprovedInMeetingId() {
        return approvedInMeetingId;
    }

    public void setApprovedInMeetingId(Long approvedInMeetingId) {
        this.approvedInMeetingId = approvedInMeetingId;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }
}
