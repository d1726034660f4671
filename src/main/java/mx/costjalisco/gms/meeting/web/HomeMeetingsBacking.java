package mx.costjalisco.gms.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.AttendanceService;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.boundary.ResolutionService;
import mx.costjalisco.gms.meeting.control.AbsenceWatch;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.entity.FollowUpAction;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The meetings' part of the home page: the next meetings for everyone; for the secretary, the follow-up actions past
 * their date and the institutions with three unexcused absences in a row (art. 14 c).
 */
@Named
@RequestScoped
public class HomeMeetingsBacking {

    /** How many upcoming meetings the home page lists. */
    static final int UPCOMING = 3;

    @Inject
    private MeetingService meetings;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private AttendanceService attendance;

    @Inject
    private Notices notices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private List<Meeting> upcoming;
    private List<FollowUpAction> overdue;
    private List<AbsenceWatch.Flag> absences;

    public List<Meeting> getUpcoming() {
        if (upcoming == null) {
            LocalDateTime now = LocalDateTime.now(clock);
            List<Meeting> candidates = new ArrayList<>(meetings.ofYear(now.getYear()));
            candidates.addAll(meetings.ofYear(now.getYear() + 1));
            upcoming = candidates.stream()
                    .filter(Meeting::isOpen)
                    .filter(m -> m.getEndsAt().isAfter(now))
                    .sorted(Comparator.comparing(Meeting::getStartsAt))
                    .limit(UPCOMING)
                    .toList();
        }
        return upcoming;
    }

    public String nameOf(Meeting meeting) {
        return MeetingLabels.name(meeting);
    }

    public String whenOf(Meeting meeting) {
        return MeetingLabels.when(meeting);
    }

    /** The last day to send the convocation (art. 18), while it has not gone out. */
    public LocalDate deadlineOf(Meeting meeting) {
        return meeting.getStatus() == MeetingStatus.PLANNED ? notices.deadline(meeting.getDay()) : null;
    }

    public boolean isDeadlinePassed(Meeting meeting) {
        LocalDate deadline = deadlineOf(meeting);
        return deadline != null && LocalDate.now(clock).isAfter(deadline);
    }

    /** Whether the person keeps the record: the secretary and the administrator see what needs following up. */
    public boolean isKeeper() {
        return currentUser.has(Roles.SECRETARY) || currentUser.has(Roles.ADMIN);
    }

    public List<FollowUpAction> getOverdue() {
        if (overdue == null) {
            overdue = isKeeper() ? resolutions.overdueActions() : List.of();
        }
        return overdue;
    }

    public long daysOverdue(FollowUpAction action) {
        return ChronoUnit.DAYS.between(action.getDueOn(), LocalDate.now(clock));
    }

    public List<AbsenceWatch.Flag> getAbsences() {
        if (absences == null) {
            absences = isKeeper() ? attendance.absenceFlags() : List.of();
        }
        return absences;
    }
}
