package mx.costjalisco.gms.member.entity;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * A person holding a role for an institution — titular, suplente, enlace or enlace de comunicación — from a first day
 * to an optional last day. A new holder of a role ends the previous one's period; nothing is deleted.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(
        name = Appointment.FIND_BY_INSTITUTION,
        query = "SELECT a FROM Appointment a JOIN FETCH a.person WHERE a.institution.id = :institutionId"
                + " ORDER BY a.startsOn DESC")
@NamedQuery(
        name = Appointment.FIND_BY_PERSON,
        query = "SELECT a FROM Appointment a JOIN FETCH a.institution WHERE a.person.id = :personId"
                + " ORDER BY a.startsOn DESC")
@NamedQuery(
        name = Appointment.FIND_CURRENT_OF_INSTITUTIONS,
        query = "SELECT a FROM Appointment a JOIN FETCH a.person WHERE a.institution.id IN :institutionIds"
                + " AND a.startsOn <= :day AND (a.endsOn IS NULL OR a.endsOn >= :day)")
@NamedQuery(
        name = Appointment.FIND_CURRENT_IN_ROLE,
        query = "SELECT a FROM Appointment a WHERE a.institution.id = :institutionId AND a.role = :role"
                + " AND a.endsOn IS NULL")
public class Appointment extends BaseEntity implements Tenure {

    public static final String FIND_BY_INSTITUTION = "Appointment.findByInstitution";
    public static final String FIND_BY_PERSON = "Appointment.findByPerson";
    public static final String FIND_CURRENT_OF_INSTITUTIONS = "Appointment.findCurrentOfInstitutions";
    public static final String FIND_CURRENT_IN_ROLE = "Appointment.findCurrentInRole";
    public static final int REASON_MAXLENGTH = 500;
    public static final int NOTES_MAXLENGTH = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    @NotNull
    private AppointmentRole role;

    @Column(name = "starts_on", nullable = false)
    @NotNull
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "end_reason", length = REASON_MAXLENGTH)
    @Size(max = REASON_MAXLENGTH)
    private String endReason;

    @Column(length = NOTES_MAXLENGTH)
    @Size(max = NOTES_MAXLENGTH)
    private String notes;

    protected Appointment() {}

    public Appointment(Institution institution, Person person, AppointmentRole role, LocalDate startsOn) {
        this.institution = institution;
        this.person = person;
        this.role = role;
        this.startsOn = startsOn;
    }

    @Override
    public void end(LocalDate lastDay, String reason) {
        this.endsOn = lastDay;
        this.endReason = reason;
    }

    @Override
    public String auditLabel() {
        return person.getFullName() + " — " + Bundle.label(Bundle.RECORD_LOCALE, role) + " — "
                + institution.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institution", institution.auditLabel());
        state.put("person", person.getFullName());
        state.put("role", role);
        state.put("startsOn", startsOn);
        state.put("endsOn", endsOn);
        state.put("endReason", endReason);
        state.put("notes", notes);
        return state;
    }

    public Institution getInstitution() {
        return institution;
    }

    @Override
    public Person getPerson() {
        return person;
    }

    public AppointmentRole getRole() {
        return role;
    }

    @Override
    public LocalDate getStartsOn() {
        return startsOn;
    }

    @Override
    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Institution.trim(notes);
    }
}
