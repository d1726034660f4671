package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;

/**
 * Sends each convened meeting's reminder the configured number of business days before it. Runs hourly on every
 * instance; the meeting's version makes only one instance's reminder commit.
 */
@Singleton
@PermitAll
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notices notices;

    @Inject
    private MeetingRules rules;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "5", persistent = false)
    public void sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> convened = em.createQuery(
                        "SELECT m FROM Meeting m WHERE m.status = :status AND m.reminderSentAt IS NULL"
                                + " AND m.startsAt > :now",
                        Meeting.class)
                .setParameter("status", MeetingStatus.CONVENED)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
        for (Meeting meeting : convened) {
            LocalDate reminderDay =
                    notices.calendar().businessDaysBefore(meeting.getDay(), rules.reminderBusinessDays());
            LocalDate convenedOn =
                    meeting.getConvenedAt().atZone(clock.getZone()).toLocalDate();
            if (ConvocationService.reminderDue(meeting, convenedOn, today, reminderDay)) {
                try {
                    meeting.reminderSent(clock.instant());
                    em.flush();
                    notices.reminder(meeting);
                } catch (OptimisticLockException anotherInstanceSentIt) {
                    LOG.log(Level.FINE, "Reminder of meeting {0} sent by another instance", meeting.getId());
                    return;
                }
            }
        }
    }
}
