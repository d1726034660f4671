package mx.costjalisco.gms.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/** People of the registry. No two people share an e-mail address, since that is where their notices go. */
@Stateless
@RolesAllowed(Roles.SECRETARY)
public class PersonService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<Person> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Person.class, id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Appointment> appointmentsOf(Long personId) {
        return em.createNamedQuery(Appointment.FIND_BY_PERSON, Appointment.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    public Person create(Person draft) {
        checkEmail(draft.getEmail(), null);
        em.persist(draft);
        flush(draft);
        audit.created(draft);
        return draft;
    }

    /** Saves an edited copy; refused when someone saved the person after the copy was read. */
    public Person update(Person edited) {
        Person current = Records.current(em, Person.class, edited.getId(), edited.getVersion());
        checkEmail(edited.getEmail(), current.getId());
        Map<String, Object> before = current.auditState();
        current.updateFrom(edited);
        flush(current);
        audit.updated(current, before);
        return current;
    }

    private void checkEmail(String email, Long id) {
        boolean taken = em.createNamedQuery(Person.FIND_BY_EMAIL, Person.class)
                .setParameter("email", Person.normalizeEmail(email))
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(id));
        if (taken) {
            throw BusinessRuleException.onField("email", "person.duplicateEmail", email);
        }
    }

    private void flush(Person person) {
        try {
            Records.flush(em, person);
        } catch (PersistenceException e) {
            // the unique index caught an address registered at the same moment by someone else
            throw BusinessRuleException.onField("email", "person.duplicateEmail", person.getEmail());
        }
    }
}
