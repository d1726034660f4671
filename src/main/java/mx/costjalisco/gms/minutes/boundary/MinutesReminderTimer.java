package mx.costjalisco.gms.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.minutes.control.MinutesDrafter;
import mx.costjalisco.gms.minutes.control.MinutesNotices;
import mx.costjalisco.gms.minutes.control.MinutesRules;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesApproval;
import mx.costjalisco.gms.minutes.entity.MinutesObservation;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.platform.calendar.BusinessDays;

/**
 * Reminds the institutions present that have neither approved nor observed the version in circulation, the configured
 * business days before its review deadline; once per version. Runs hourly on every instance; the version's record
 * makes only one instance's reminder commit.
 */
@Singleton
@PermitAll
public class MinutesReminderTimer {

    private static final Logger LOG = Logger.getLogger(MinutesReminderTimer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesDrafter drafter;

    @Inject
    private MinutesNotices notices;

    @Inject
    private MinutesRules rules;

    @Inject
    private BusinessDays businessDays;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "20", persistent = false)
    public void sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        List<Minutes> inReview = em.createQuery("SELECT m FROM Minutes m WHERE m.status = :status", Minutes.class)
                .setParameter("status", MinutesStatus.IN_REVIEW)
                .getResultList();
        for (Minutes minutes : inReview) {
            MinutesVersion current = em.createNamedQuery(MinutesVersion.FIND_NUMBER, MinutesVersion.class)
                    .setParameter("minutesId", minutes.getId())
                    .setParameter("number", minutes.getCurrentNumber())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (current == null || current.getReviewDeadline() == null) {
                continue;
            }
            LocalDate reminderDay = businessDays
                    .calendar()
                    .businessDaysBefore(current.getReviewDeadline(), Math.max(1, rules.reminderBusinessDays()));
            LocalDate issuedOn = current.getIssuedAt().atZone(clock.getZone()).toLocalDate();
            if (!isDue(
                    current.getReminderSentAt() != null, issuedOn, current.getReviewDeadline(), reminderDay, today)) {
                continue;
            }
            try {
                current.reminderSent(clock.instant());
                em.flush();
                notices.reminder(minutes, current, notices.representativesOf(silent(minutes, current)));
            } catch (OptimisticLockException anotherInstanceSentIt) {
                LOG.log(Level.FINE, "Reminder of minutes {0} sent by another instance", minutes.getId());
                return;
            }
        }
    }

    /** Due from the reminder day until the deadline itself, once, and not for a version issued after that day. */
    public static boolean isDue(
            boolean sent, LocalDate issuedOn, LocalDate deadline, LocalDate reminderDay, LocalDate today) {
        return !sent && issuedOn.isBefore(reminderDay) && !today.isBefore(reminderDay) && !today.isAfter(deadline);
    }

    /** The institutions present that have neither approved nor observed this version. */
    private List<Institution> silent(Minutes minutes, MinutesVersion version) {
        Set<Long> answered = new HashSet<>();
        em.createNamedQuery(MinutesApproval.FIND_BY_MINUTES, MinutesApproval.class)
                .setParameter("minutesId", minutes.getId())
                .getResultStream()
                .filter(a -> a.counts(version))
                .forEach(a -> answered.add(a.getInstitution().getId()));
        em.createNamedQuery(MinutesObservation.FIND_BY_MINUTES, MinutesObservation.class)
                .setParameter("minutesId", minutes.getId())
                .getResultStream()
                .filter(o -> o.getMinutesVersion().equals(version))
                .forEach(o -> answered.add(o.getInstitution().getId()));
        Map<Long, Institution> present = drafter.presentAt(minutes.getMeeting());
        return present.values().stream()
                .filter(i -> !answered.contains(i.getId()))
                .toList();
    }
}
