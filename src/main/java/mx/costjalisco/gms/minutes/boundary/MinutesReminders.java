package mx.costjalisco.gms.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** One minutes' review reminder, in a transaction of its own (called by {@link MinutesReminderTimer}). */
@Stateless
@PermitAll
public class MinutesReminders {

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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remindIfDue(Long minutesId) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        if (minutes == null || minutes.getStatus() != MinutesStatus.IN_REVIEW) {
            return;
        }
        MinutesVersion current = em.createNamedQuery(MinutesVersion.FIND_NUMBER, MinutesVersion.class)
                .setParameter("minutesId", minutes.getId())
                .setParameter("number", minutes.getCurrentNumber())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (current == null || current.getReviewDeadline() == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate reminderDay = businessDays
                .calendar()
                .businessDaysBefore(current.getReviewDeadline(), Math.max(1, rules.reminderBusinessDays()));
        LocalDate issuedOn = current.getIssuedAt().atZone(clock.getZone()).toLocalDate();
        if (!MinutesReminderTimer.isDue(
                current.getReminderSentAt() != null, issuedOn, current.getReviewDeadline(), reminderDay, today)) {
            return;
        }
        // another instance marking the same version first makes this flush fail: the transaction rolls back, no mail
        current.reminderSent(clock.instant());
        em.flush();
        notices.reminder(minutes, current, notices.representativesOf(silent(minutes, current)));
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
