package mx.costjalisco.gms.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import mx.costjalisco.gms.member.control.Succession;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * Names people to an institution's roles. Each role has one holder at a time: naming a new one ends the previous
 * holder's period the day before, and both changes go to the audit trail.
 */
@Stateless
@RolesAllowed(Roles.SECRETARY)
public class AppointmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private PersonService people;

    @Inject
    private Succession succession;

    /** Names a person of the registry to a role of the institution from {@code startsOn}. */
    public Appointment appoint(
            Long institutionId, Long personId, AppointmentRole role, LocalDate startsOn, String notes) {
        if (personId == null) {
            throw BusinessRuleException.onField("person", "field.required");
        }
        Institution institution = em.find(Institution.class, institutionId);
        Person person = em.find(Person.class, personId);
        if (institution == null || person == null) {
            throw new BusinessRuleException("record.notFound");
        }
        return appoint(institution, person, role, startsOn, notes);
    }

    /** Registers a new person and names them to the role, in one step (and one transaction). */
    public Appointment appointNewPerson(
            Long institutionId, Person newPerson, AppointmentRole role, LocalDate startsOn, String notes) {
        Institution institution = em.find(Institution.class, institutionId);
        if (institution == null) {
            throw new BusinessRuleException("record.notFound");
        }
        return appoint(institution, people.create(newPerson), role, startsOn, notes);
    }

    private Appointment appoint(
            Institution institution, Person person, AppointmentRole role, LocalDate startsOn, String notes) {
        if (role == null) {
            throw BusinessRuleException.onField("role", "field.required");
        }
        if (startsOn == null) {
            throw BusinessRuleException.onField("startsOn", "field.required");
        }
        if (startsOn.isBefore(institution.getJoinedOn())) {
            throw BusinessRuleException.onField("startsOn", "appointment.beforeJoined", institution.getJoinedOn());
        }
        if (institution.getLeftOn() != null && startsOn.isAfter(institution.getLeftOn())) {
            throw BusinessRuleException.onField("startsOn", "appointment.afterLeft", institution.getLeftOn());
        }
        em.createNamedQuery(Appointment.FIND_CURRENT_IN_ROLE, Appointment.class)
                .setParameter("institutionId", institution.getId())
                .setParameter("role", role)
                .getResultStream()
                .findFirst()
                .ifPresent(current -> succession.handOver(current, person, startsOn, "appointment.alreadyHolds"));
        Appointment appointment = new Appointment(institution, person, role, startsOn);
        appointment.setNotes(notes);
        em.persist(appointment);
        audit.created(appointment);
        return appointment;
    }

    /** Ends an appointment on {@code lastDay}, the last day the person holds the role. */
    public Appointment end(Long appointmentId, long version, LocalDate lastDay, String reason) {
        Appointment appointment = Records.current(em, Appointment.class, appointmentId, version);
        appointment.checkCanEnd(lastDay, "endsOn");
        Map<String, Object> before = appointment.auditState();
        appointment.end(lastDay, reason);
        audit.changed(appointment, AuditAction.ENDED, before);
        return appointment;
    }
}
