package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.meeting.control.AbsenceWatch;
import mx.costjalisco.gms.meeting.control.AttendancePdf;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.QuorumRule;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.AttendanceStatus;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * Attendance per institution and the quorum it makes (art. 20). The list shows every institution that was a member
 * (or observer) on the meeting's day with its titular and suplente of that day; saving it marks the meeting as held.
 */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class AttendanceService {

    /** Consecutive unexcused absences that raise the flag (art. 14 c). */
    public static final int ABSENCE_THRESHOLD = 3;

    /** One line of the attendance list: the institution, who could represent it, and what was recorded. */
    public record Line(
            Institution institution,
            Person primary,
            Person alternate,
            AttendanceStatus status,
            Person attendedBy,
            boolean substituteNotified,
            String note) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InstitutionSearch institutions;

    @Inject
    private MeetingRules rules;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The attendance list of a meeting: recorded lines, and unrecorded ones (status null) for the others. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Line> listOf(Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        Map<Long, Attendance> recorded = new HashMap<>();
        for (Attendance attendance : recordedOf(meetingId)) {
            recorded.put(attendance.getInstitution().getId(), attendance);
        }
        List<Institution> members = new ArrayList<>(institutions.currentOn(meeting.getDay()));
        recorded.values().stream()
                .map(Attendance::getInstitution)
                .filter(i -> !members.contains(i))
                .forEach(members::add);
        members.sort(Comparator.comparing(Institution::getSector).thenComparing(Institution::getName));
        Map<Long, List<Appointment>> appointments = institutions.currentAppointments(
                members.stream().map(Institution::getId).toList(), meeting.getDay());
        List<Line> lines = new ArrayList<>();
        for (Institution institution : members) {
            List<Appointment> held = appointments.getOrDefault(institution.getId(), List.of());
            Attendance attendance = recorded.get(institution.getId());
            lines.add(new Line(
                    institution,
                    holder(held, AppointmentRole.PRIMARY),
                    holder(held, AppointmentRole.ALTERNATE),
                    attendance == null ? null : attendance.getStatus(),
                    attendance == null ? null : attendance.getPerson(),
                    attendance != null && attendance.isSubstituteNotified(),
                    attendance == null ? null : attendance.getNote()));
        }
        return lines;
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Attendance> recordedOf(Long meetingId) {
        return em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", meetingId)
                .getResultList();
    }

    /** The quorum the given statuses make; observers count for nothing, unrecorded institutions as absent. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public QuorumRule.Result quorum(List<Line> lines) {
        return rules.quorum()
                .evaluate(lines.stream()
                        .filter(line -> !line.institution().isObserver())
                        .map(line -> new QuorumRule.Seat(
                                line.institution().getSector(),
                                line.status() != null && line.status().isPresent()))
                        .toList());
    }

    /**
     * Saves the attendance list. Allowed from the meeting's start (or for a meeting recorded afterwards); the first
     * save marks the meeting as held. The person present is the titular or the suplente of that day.
     */
    public QuorumRule.Result record(Long meetingId, long version, List<Line> lines) {
        Meeting meeting = Records.current(em, Meeting.class, meetingId, version);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        if (!meeting.isRecordedAfterwards()
                && LocalDateTime.now(clock).isBefore(meeting.getStartsAt().minusHours(1))) {
            throw new BusinessRuleException("attendance.tooEarly");
        }
        Map<Long, Attendance> recorded = new LinkedHashMap<>();
        for (Attendance attendance : recordedOf(meetingId)) {
            recorded.put(attendance.getInstitution().getId(), attendance);
        }
        for (Line line : lines) {
            if (line.status() == null) {
                continue;
            }
            if (line.note() != null && line.note().length() > Attendance.NOTE_MAXLENGTH) {
                throw new BusinessRuleException("form.tooLong");
            }
            Person person = switch (line.status()) {
                case PRIMARY_PRESENT -> line.primary();
                case ALTERNATE_PRESENT -> line.alternate();
                default -> null;
            };
            if (line.status().isPresent() && person == null) {
                throw new BusinessRuleException(
                        "attendance.nobodyInRole", line.institution().getName());
            }
            Person managed = person == null ? null : em.find(Person.class, person.getId());
            Attendance attendance = recorded.get(line.institution().getId());
            if (attendance == null) {
                attendance = new Attendance(
                        meeting, em.find(Institution.class, line.institution().getId()), line.status());
                attendance.record(
                        line.status(), managed, line.substituteNotified(), MeetingService.blankToNull(line.note()));
                em.persist(attendance);
                audit.created(attendance);
            } else {
                Map<String, Object> before = attendance.auditState();
                attendance.record(
                        line.status(), managed, line.substituteNotified(), MeetingService.blankToNull(line.note()));
                audit.updated(attendance, before);
            }
        }
        if (meeting.getStatus() != MeetingStatus.HELD) {
            Map<String, Object> before = meeting.auditState();
            meeting.markHeld();
            em.flush();
            audit.updated(meeting, before);
        }
        return quorum(listOf(meetingId));
    }

    /** Institutions with three or more unexcused absences in a row, up to the latest held session (art. 14 c). */
    public List<AbsenceWatch.Flag> absenceFlags() {
        return AbsenceWatch.flags(
                em.createNamedQuery(Attendance.FIND_OF_HELD_SESSIONS, Attendance.class)
                        .getResultList(),
                ABSENCE_THRESHOLD);
    }

    /** The attendance list for signatures, as a PDF. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public byte[] attendancePdf(Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        List<AttendancePdf.Row> rows = listOf(meetingId).stream()
                .map(line -> new AttendancePdf.Row(line.institution(), line.primary(), line.alternate()))
                .toList();
        return AttendancePdf.render(meeting, rows, java.time.ZonedDateTime.now(clock));
    }

    private static Person holder(List<Appointment> held, AppointmentRole role) {
        return held.stream()
                .filter(a -> a.getRole() == role)
                .map(Appointment::getPerson)
                .findFirst()
                .orElse(null);
    }
}
