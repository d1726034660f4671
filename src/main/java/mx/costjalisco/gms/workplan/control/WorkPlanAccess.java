package mx.costjalisco.gms.workplan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.workplan.entity.Activity;

/**
 * Whose activities a liaison may record progress for: those of the institutions the signed-in person is a liaison
 * (enlace, or enlace de comunicación) of today, as the registry says.
 */
@ApplicationScoped
public class WorkPlanAccess {

    @PersistenceContext
    private EntityManager em;

    /** The institutions {@code email}'s person is a current liaison of. */
    public List<Institution> liaisonInstitutions(String email, LocalDate today) {
        Long personId = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .map(Account::getPersonId)
                .orElse(null);
        if (personId == null) {
            return List.of();
        }
        return em.createNamedQuery(Appointment.FIND_BY_PERSON, Appointment.class)
                .setParameter("personId", personId)
                .getResultStream()
                .filter(a -> EnumSet.of(AppointmentRole.LIAISON, AppointmentRole.COMMUNICATIONS_LIAISON)
                        .contains(a.getRole()))
                .filter(a -> a.isCurrentOn(today))
                .map(Appointment::getInstitution)
                .distinct()
                .toList();
    }

    /** The first of {@code institutions} responsible for {@code activity}, if any. */
    public static java.util.Optional<Institution> responsibleAmong(Activity activity, List<Institution> institutions) {
        return institutions.stream().filter(activity::isResponsible).findFirst();
    }
}
