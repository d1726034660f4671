package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;

/**
 * How one institution attended one meeting, and who represented it. A substitute must have been notified at least 24
 * hours before (art. 20); the attendance records whether that happened.
 */
@Entity
@Table(name = "attendance")
@NamedQuery(
        name = Attendance.FIND_BY_MEETING,
        query = "SELECT a FROM Attendance a JOIN FETCH a.institution LEFT JOIN FETCH a.person"
                + " WHERE a.meeting.id = :meetingId")
@NamedQuery(
        name = Attendance.FIND_OF_HELD_SESSIONS,
        query = "SELECT a FROM Attendance a JOIN FETCH a.meeting m WHERE m.status = mx.costjalisco.gms.meeting.entity"
                + ".MeetingStatus.HELD AND m.kind <> mx.costjalisco.gms.meeting.entity.MeetingKind.LIAISON"
                + " AND m.quorumFailed = FALSE ORDER BY m.startsAt DESC")
public class Attendance extends BaseEntity implements Auditable {

    public static final String FIND_BY_MEETING = "Attendance.findByMeeting";
    public static final String FIND_OF_HELD_SESSIONS = "Attendance.findOfHeldSessions";
    public static final int NOTE_MAXLENGTH = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @NotNull
    private AttendanceStatus status;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "substitute_notified", nullable = false)
    private boolean substituteNotified;

    @Column(length = NOTE_MAXLENGTH)
    @Size(max = NOTE_MAXLENGTH)
    private String note;

    protected Attendance() {}

    public Attendance(Meeting meeting, Institution institution, AttendanceStatus status) {
        this.meeting = meeting;
        this.institution = institution;
        this.status = status;
    }

    public void record(AttendanceStatus status, Person person, boolean substituteNotified, String note) {
        this.status = status;
        this.person = status.isPresent() ? person : null;
        this.substituteNotified = status == AttendanceStatus.ALTERNATE_PRESENT && substituteNotified;
        this.note = note;
    }

    @Override
    public String auditLabel() {
        return institution.auditLabel() + " — " + meeting.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("person", person == null ? null : person.getFullName());
        state.put("substituteNotified", substituteNotified);
        state.put("note", note);
        return state;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Institution getInstitution() {
        return institution;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isSubstituteNotified() {
        return substituteNotified;
    }

    public String getNote() {
        return note;
    }
}
