package mx.costjalisco.gms.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Period;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/** Member institutions: registering one, editing it, and ending its membership. */
@Stateless
@RolesAllowed(Roles.SECRETARY)
public class InstitutionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<Institution> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Institution.class, id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Appointment> appointmentsOf(Long institutionId) {
        return em.createNamedQuery(Appointment.FIND_BY_INSTITUTION, Appointment.class)
                .setParameter("institutionId", institutionId)
                .getResultList();
    }

    /** Registers an institution; a non-public one gets a two-year first term unless another end is given. */
    public Institution create(Institution draft) {
        check(draft, null);
        if (draft.getTermEndsOn() == null) {
            draft.setTermEndsOn(Institution.defaultTermEnd(draft.getSector(), draft.getJoinedOn()));
        }
        em.persist(draft);
        audit.created(draft);
        return draft;
    }

    /**
     * Saves an edited copy. Refused with a {@code ConcurrentChangeException} when someone saved the institution after
     * the copy was read: the user then sees the new values instead of overwriting them.
     */
    public Institution update(Institution edited) {
        Institution current = Records.current(em, Institution.class, edited.getId(), edited.getVersion());
        check(edited, current.getId());
        Map<String, Object> before = current.auditState();
        current.updateFrom(edited);
        Records.flush(em, current);
        audit.updated(current, before);
        return current;
    }

    /**
     * Ends the membership on {@code lastDay}; the institution's current appointments end with it. The institution
     * stays in the registry's history.
     */
    public Institution leave(Long id, long version, LocalDate lastDay, String reason) {
        Institution institution = Records.current(em, Institution.class, id, version);
        if (institution.getLeftOn() != null) {
            throw new BusinessRuleException("institution.alreadyLeft");
        }
        institution.checkCanEnd(lastDay, "leftOn");
        Map<String, Object> before = institution.auditState();
        institution.leave(lastDay, reason);
        for (Appointment appointment : appointmentsOf(id)) {
            if (appointment.getEndsOn() == null) {
                Map<String, Object> was = appointment.auditState();
                appointment.end(
                        lastDay.isBefore(appointment.getStartsOn()) ? appointment.getStartsOn() : lastDay, reason);
                audit.changed(appointment, AuditAction.ENDED, was);
            }
        }
        Records.flush(em, institution);
        audit.changed(institution, AuditAction.ENDED, before);
        return institution;
    }

    private void check(Institution institution, Long id) {
        if (Period.isReversed(institution.getJoinedOn(), institution.getTermEndsOn())) {
            throw BusinessRuleException.onField("termEndsOn", "period.endsBeforeStart");
        }
        long sameName = em.createQuery(
                        "SELECT COUNT(i) FROM Institution i WHERE LOWER(i.name) = LOWER(:name) AND i.leftOn IS NULL"
                                + " AND i.id <> :id",
                        Long.class)
                .setParameter("name", institution.getName())
                .setParameter("id", id == null ? -1L : id)
                .getSingleResult();
        if (sameName > 0) {
            throw BusinessRuleException.onField("name", "institution.duplicateName", institution.getName());
        }
    }
}
