package mx.costjalisco.gms.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.control.Succession;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.OfficeTerm;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/** The GMS's offices. One holder per office at a time; a new holder ends the previous term the day before. */
@Stateless
@RolesAllowed(Roles.SECRETARY)
public class OfficeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Succession succession;

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<OfficeTerm> history() {
        return em.createNamedQuery(OfficeTerm.FIND_ALL, OfficeTerm.class).getResultList();
    }

    /** Every office a person held or holds, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<OfficeTerm> termsOf(Long personId) {
        return em.createNamedQuery(OfficeTerm.FIND_BY_PERSON, OfficeTerm.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    public OfficeTerm assign(Office office, Long personId, Long institutionId, LocalDate startsOn, String approvedBy) {
        if (office == null) {
            throw BusinessRuleException.onField("office", "field.required");
        }
        if (startsOn == null) {
            throw BusinessRuleException.onField("startsOn", "field.required");
        }
        if (personId == null) {
            throw BusinessRuleException.onField("person", "field.required");
        }
        Person person = em.find(Person.class, personId);
        Institution institution = institutionId == null ? null : em.find(Institution.class, institutionId);
        if (person == null || (institutionId != null && institution == null)) {
            throw new BusinessRuleException("record.notFound");
        }
        for (OfficeTerm current : em.createNamedQuery(OfficeTerm.FIND_OPEN_OF_OFFICE, OfficeTerm.class)
                .setParameter("office", office)
                .getResultList()) {
            succession.handOver(current, person, startsOn, "office.alreadyHolds");
        }
        OfficeTerm term = new OfficeTerm(office, person, institution, startsOn, approvedBy);
        em.persist(term);
        audit.created(term);
        return term;
    }

    public OfficeTerm end(Long termId, long version, LocalDate lastDay, String reason) {
        OfficeTerm term = Records.current(em, OfficeTerm.class, termId, version);
        term.checkCanEnd(lastDay, "endsOn");
        Map<String, Object> before = term.auditState();
        term.end(lastDay, reason);
        audit.changed(term, AuditAction.ENDED, before);
        return term;
    }
}
