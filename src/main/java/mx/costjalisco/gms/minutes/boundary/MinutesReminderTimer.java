package mx.costjalisco.gms.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;

/**
 * Reminds the institutions present that have neither approved nor observed the version in circulation, the configured
 * business days before its review deadline; once per version. Runs hourly on every instance; each minutes is reminded
 * in a transaction of its own ({@link MinutesReminders}), so one failing never holds back the others, and the
 * version's record makes only one instance's reminder commit.
 */
@Singleton
@PermitAll
public class MinutesReminderTimer {

    private static final Logger LOG = Logger.getLogger(MinutesReminderTimer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesReminders reminders;

    @Schedule(hour = "*", minute = "20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDueReminders() {
        List<Long> inReview = em.createQuery("SELECT m.id FROM Minutes m WHERE m.status = :status", Long.class)
                .setParameter("status", MinutesStatus.IN_REVIEW)
                .getResultList();
        for (Long id : inReview) {
            try {
                reminders.remindIfDue(id);
            } catch (EJBException failed) {
                // another instance sent it first (its mark won), or something failed: nothing of this one committed
                LOG.log(Level.INFO, "Reminder of minutes " + id + " not sent by this instance", failed);
            }
        }
    }

    /** Due from the reminder day until the deadline itself, once, and not for a version issued after that day. */
    public static boolean isDue(
            boolean sent, LocalDate issuedOn, LocalDate deadline, LocalDate reminderDay, LocalDate today) {
        return !sent && issuedOn.isBefore(reminderDay) && !today.isBefore(reminderDay) && !today.isAfter(deadline);
    }
}
