package mx.costjalisco.gms.workplan.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.workplan.control.PlanReport;
import mx.costjalisco.gms.workplan.control.WorkPlanProgress;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanChange;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/** What everyone signed in reads of the work plan: plans, progress as of a day, entries, evidence and changes. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class WorkPlanReads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkPlanProgress progress;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    public List<WorkPlan> plans() {
        return em.createNamedQuery(WorkPlan.FIND_ALL, WorkPlan.class).getResultList();
    }

    public Optional<WorkPlan> plan(int year) {
        return em.createNamedQuery(WorkPlan.FIND_BY_YEAR, WorkPlan.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** The plan's progress as of {@code asOf}; null means the default day ({@link #defaultAsOf}). */
    public PlanReport report(WorkPlan plan, LocalDate asOf) {
        return report(plan, asOf, progress.entries(plan));
    }

    /** Today during the plan's year; its last day once the year is over; its first day before it begins. */
    public static LocalDate defaultAsOf(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
    }

    /** Every activity of a plan in its order, those withdrawn included. */
    public List<Activity> activities(Long planId) {
        return em.createNamedQuery(Activity.FIND_BY_PLAN, Activity.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    public Optional<Activity> activity(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Activity.class, id));
    }

    public List<ProgressEntry> entries(Long activityId) {
        return em.createNamedQuery(ProgressEntry.FIND_BY_ACTIVITY, ProgressEntry.class)
                .setParameter("activityId", activityId)
                .getResultList();
    }

    public List<Evidence> evidence(Long activityId) {
        return em.createNamedQuery(Evidence.FIND_BY_ACTIVITY, Evidence.class)
                .setParameter("activityId", activityId)
                .getResultList();
    }

    /** Every progress entry of a plan, withdrawn ones included, by date. */
    public List<ProgressEntry> planEntries(WorkPlan plan) {
        return progress.entries(plan);
    }

    /** The plan's progress as of {@code asOf} (null: the default day) from its entries already read. */
    public PlanReport report(WorkPlan plan, LocalDate asOf, List<ProgressEntry> entries) {
        return progress.report(plan, asOf == null ? defaultAsOf(plan.getYear(), LocalDate.now(clock)) : asOf, entries);
    }

    /** Every evidence file of a plan, withdrawn ones included. */
    public List<Evidence> planEvidence(Long planId) {
        return em.createNamedQuery(Evidence.FIND_BY_PLAN, Evidence.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    public List<PlanChange> changes(Long planId) {
        return em.createNamedQuery(PlanChange.FIND_BY_PLAN, PlanChange.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    public Optional<Evidence> evidenceFile(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Evidence.class, id));
    }

    public byte[] read(String sha256) {
        return files.read(sha256);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
