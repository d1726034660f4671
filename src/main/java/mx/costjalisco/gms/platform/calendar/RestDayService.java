package mx.costjalisco.gms.platform.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The business-day calendar as the GMS keeps it: the law's rest days (computed), the state days it observes, and the
 * days the secretary declares. Everyone may ask it; only the secretary and the administrator change it.
 */
@Stateless
@PermitAll
public class RestDayService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The calendar as it stands now; cheap enough to build per request (two small queries). */
    public BusinessCalendar calendar() {
        return new BusinessCalendar(
                observedStateDays(),
                declaredDays().stream().map(DeclaredRestDay::toRestDay).toList());
    }

    public Set<StateRestDay> observedStateDays() {
        Set<StateRestDay> observed = EnumSet.noneOf(StateRestDay.class);
        observed.addAll(StateRestDay.defaults());
        for (StateRestDaySetting setting : em.createQuery(
                        "SELECT s FROM StateRestDaySetting s", StateRestDaySetting.class)
                .getResultList()) {
            if (setting.isObserved()) {
                observed.add(setting.getCode());
            } else {
                observed.remove(setting.getCode());
            }
        }
        return observed;
    }

    public List<DeclaredRestDay> declaredDays() {
        return em.createNamedQuery(DeclaredRestDay.FIND_ACTIVE, DeclaredRestDay.class)
                .getResultList();
    }

    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    public DeclaredRestDay declare(LocalDate day, String description) {
        if (day == null) {
            throw BusinessRuleException.onField("day", "restDay.dayRequired");
        }
        checkDescription(description);
        boolean taken = declaredDays().stream().anyMatch(d -> d.getDay().equals(day));
        if (taken) {
            throw BusinessRuleException.onField("day", "restDay.alreadyDeclared", day);
        }
        DeclaredRestDay declared = new DeclaredRestDay(day, description.strip());
        em.persist(declared);
        audit.created(declared);
        return declared;
    }

    /** Declares every day from {@code first} to {@code last} (both included), weekends left out. */
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    public int declareSpan(LocalDate first, LocalDate last, String description) {
        checkDescription(description);
        if (first == null || last == null || last.isBefore(first)) {
            throw BusinessRuleException.onField("last", "period.endsBeforeStart");
        }
        if (first.plusDays(62).isBefore(last)) {
            throw BusinessRuleException.onField("last", "restDay.spanTooLong");
        }
        Set<LocalDate> taken =
                Set.copyOf(declaredDays().stream().map(DeclaredRestDay::getDay).toList());
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5 && !taken.contains(day)) {
                DeclaredRestDay declared = new DeclaredRestDay(day, description.strip());
                em.persist(declared);
                audit.created(declared);
                count++;
            }
        }
        return count;
    }

    private static void checkDescription(String description) {
        if (description == null || description.isBlank()) {
            throw BusinessRuleException.onField("description", "restDays.descriptionRequired");
        }
        if (description.strip().length() > DeclaredRestDay.DESCRIPTION_MAXLENGTH) {
            throw BusinessRuleException.onField("description", "form.tooLong");
        }
    }

    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    public void withdraw(Long id, long version) {
        DeclaredRestDay day = Records.current(em, DeclaredRestDay.class, id, version);
        Map<String, Object> before = day.auditState();
        day.withdraw(clock.instant());
        Records.flush(em, day);
        audit.changed(day, AuditAction.ENDED, before);
    }

    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    public void observe(StateRestDay code, boolean observed) {
        StateRestDaySetting setting = em.createQuery(
                        "SELECT s FROM StateRestDaySetting s WHERE s.code = :code", StateRestDaySetting.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (setting == null) {
            setting = new StateRestDaySetting(code, observed);
            em.persist(setting);
            audit.created(setting);
            return;
        }
        Map<String, Object> before = setting.auditState();
        setting.observe(observed);
        audit.updated(setting, before);
    }
}
