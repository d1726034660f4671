package mx.costjalisco.gms.workplan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.disclosure.entity.AgreementStatus;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.AutoCount;
import mx.costjalisco.gms.workplan.entity.DaySpan;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.TargetSpan;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * Computes a plan's progress as of a day from what is stored: the typed entries of each target and, for targets that
 * count themselves, the sessions held, the minutes approved, the agreements signed and the entities joined within
 * their period. Two queries for the typed entries
 * and one per counted target, whatever the plan's size.
 */
@ApplicationScoped
public class WorkPlanProgress {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkPlanRules rules;

    @Inject
    private java.time.Clock clock;

    public PlanReport report(WorkPlan plan, LocalDate asOf) {
        return report(plan, asOf, entries(plan));
    }

    /** Every progress entry of the plan, withdrawn ones included, by date: one query. */
    public List<ProgressEntry> entries(WorkPlan plan) {
        return em.createNamedQuery(ProgressEntry.FIND_BY_PLAN, ProgressEntry.class)
                .setParameter("planId", plan.getId())
                .getResultList();
    }

    /**
     * The same, from the plan's {@link #entries} already read — for a caller that shows them too (the report's
     * entries of the quarter, the public notes), so they are read once.
     */
    public PlanReport report(WorkPlan plan, LocalDate asOf, List<ProgressEntry> planEntries) {
        List<Activity> activities = em.createNamedQuery(Activity.FIND_BY_PLAN, Activity.class)
                .setParameter("planId", plan.getId())
                .getResultList();
        Map<Long, List<Entry>> typed = new HashMap<>();
        for (ProgressEntry entry : planEntries) {
            typed.computeIfAbsent(entry.getTarget().getId(), id -> new ArrayList<>())
                    .add(new Entry(entry.getDate(), entry.getAmount(), entry.isWithdrawn()));
        }
        StatusRule rule = rules.statusRule();
        List<ActivityReport> reports = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.isWithdrawn()) {
                continue; // taken out of the plan: kept in the record, not in the progress
            }
            List<TargetReport> targets = new ArrayList<>();
            for (PlanTarget target : activity.getActiveTargets()) {
                Target definition = definition(target);
                List<Entry> entries = target.isCounted()
                        ? counted(target, definition.period())
                        : typed.getOrDefault(target.getId(), List.of());
                targets.add(new TargetReport(
                        target,
                        definition,
                        entries,
                        rule.evaluate(definition, entries, asOf),
                        BurnUpPoint.series(definition, entries, asOf)));
            }
            reports.add(new ActivityReport(
                    activity,
                    targets,
                    new ActivityProgress(
                            targets.stream().map(TargetReport::progress).toList())));
        }
        return new PlanReport(plan, asOf, reports);
    }

    /** The target for the computation: its own spans, or its activity's. */
    public static Target definition(PlanTarget target) {
        PlanPeriod period = periodOf(target);
        return target.isMilestone()
                ? Target.milestone(period)
                : Target.quantity(target.getGoal(), target.getUnit(), target.getAggregation(), period);
    }

    public static PlanPeriod periodOf(PlanTarget target) {
        List<PlanPeriod.Span> spans = target.getSpans().isEmpty()
                ? target.getActivity().getSpans().stream()
                        .map(WorkPlanProgress::span)
                        .toList()
                : target.getSpans().stream().map(WorkPlanProgress::span).toList();
        return new PlanPeriod(spans);
    }

    public static PlanPeriod periodOf(Activity activity) {
        return new PlanPeriod(
                activity.getSpans().stream().map(WorkPlanProgress::span).toList());
    }

    private static PlanPeriod.Span span(DaySpan span) {
        return new PlanPeriod.Span(span.getFirst(), span.getLast());
    }

    private static PlanPeriod.Span span(TargetSpan span) {
        return new PlanPeriod.Span(span.getFirst(), span.getLast());
    }

    /**
     * One entry of 1 on each day a counted event happened within the period's spans; for a measure, one entry per
     * measurement (the latest counts).
     */
    private List<Entry> counted(PlanTarget target, PlanPeriod period) {
        AutoCount count = target.getAutoCount();
        Long entityId =
                target.getAutoEntity() == null ? null : target.getAutoEntity().getId();
        if (count == AutoCount.IDS_COMPLETENESS) {
            return completeness(entityId, period);
        }
        List<LocalDate> days = switch (count) {
            case ORDINARY_SESSIONS_HELD ->
                em
                        .createQuery(
                                "SELECT m.startsAt FROM Meeting m WHERE m.kind = :kind AND m.status = :held"
                                        + " AND m.quorumFailed = FALSE AND m.startsAt >= :from AND m.startsAt < :until"
                                        + " ORDER BY m.startsAt",
                                LocalDateTime.class)
                        .setParameter("kind", MeetingKind.ORDINARY)
                        .setParameter("held", MeetingStatus.HELD)
                        .setParameter("from", period.first().atStartOfDay())
                        .setParameter("until", period.last().plusDays(1).atStartOfDay())
                        .getResultList()
                        .stream()
                        .map(LocalDateTime::toLocalDate)
                        .toList();
            case MINUTES_APPROVED ->
                em.createQuery(
                                "SELECT m.approvedOn FROM Minutes m WHERE m.document = 'ACTA' AND m.status IN :approved"
                                        + " AND m.approvedOn >= :from AND m.approvedOn <= :until ORDER BY m.approvedOn",
                                LocalDate.class)
                        .setParameter("approved", List.of(MinutesStatus.APPROVED, MinutesStatus.SENT))
                        .setParameter("from", period.first())
                        .setParameter("until", period.last())
                        .getResultList();
            case AGREEMENTS_SIGNED ->
                em.createQuery(
                                "SELECT a.signedOn FROM ParticipationAgreement a WHERE a.status IN :signed"
                                        + " AND a.signedOn >= :from AND a.signedOn <= :until ORDER BY a.signedOn",
                                LocalDate.class)
                        .setParameter("signed", List.of(AgreementStatus.SIGNED, AgreementStatus.EXPIRED))
                        .setParameter("from", period.first())
                        .setParameter("until", period.last())
                        .getResultList();
            case ENTITIES_JOINED ->
                em.createQuery(
                                "SELECT e.joinedOn FROM PublishingEntity e"
                                        + " WHERE e.joinedOn >= :from AND e.joinedOn <= :until ORDER BY e.joinedOn",
                                LocalDate.class)
                        .setParameter("from", period.first())
                        .setParameter("until", period.last())
                        .getResultList();
            case PROJECTS_PUBLISHED ->
                em.createQuery(
                                "SELECT p.firstSeenOn FROM DisclosedProject p WHERE p.entity IS NOT NULL"
                                        + " AND (:entityId IS NULL OR p.entity.id = :entityId)"
                                        + " AND p.firstSeenOn >= :from AND p.firstSeenOn <= :until"
                                        + " ORDER BY p.firstSeenOn",
                                LocalDate.class)
                        .setParameter("entityId", entityId)
                        .setParameter("from", period.first())
                        .setParameter("until", period.last())
                        .getResultList();
            case IDS_COMPLETENESS -> throw new IllegalStateException("a measure, not a count");
        };
        return days.stream()
                .filter(period::covers)
                .map(day -> Entry.of(day, BigDecimal.ONE))
                .toList();
    }

    /**
     * The IDS completeness measured after each import within the period: of the entity, or the average of the
     * entities' measures (each entity's projects weigh by their number), one entry per day (the day's last).
     */
    private List<Entry> completeness(Long entityId, PlanPeriod period) {
        java.time.ZoneId zone = clock.getZone();
        List<Object[]> rows = em.createQuery(
                        "SELECT s.takenAt, s.projects, s.completeness FROM DisclosureSnapshot s"
                                + " WHERE (:entityId IS NULL OR s.entityId = :entityId)"
                                + " AND s.takenAt >= :from AND s.takenAt < :until ORDER BY s.takenAt",
                        Object[].class)
                .setParameter("entityId", entityId)
                .setParameter("from", period.first().atStartOfDay(zone).toInstant())
                .setParameter(
                        "until", period.last().plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        java.util.TreeMap<java.time.Instant, BigDecimal[]> byMoment = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            BigDecimal projects = BigDecimal.valueOf(((Number) row[1]).longValue());
            BigDecimal[] sums = byMoment.computeIfAbsent(
                    (java.time.Instant) row[0], at -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(projects);
            sums[1] = sums[1].add(projects.multiply((BigDecimal) row[2]));
        }
        java.util.TreeMap<LocalDate, BigDecimal> byDay = new java.util.TreeMap<>();
        byMoment.forEach((at, sums) -> {
            if (sums[0].signum() > 0) {
                byDay.put(at.atZone(zone).toLocalDate(), sums[1].divide(sums[0], 1, java.math.RoundingMode.HALF_UP));
            }
        });
        return byDay.entrySet().stream()
                .filter(e -> period.covers(e.getKey()))
                .map(e -> Entry.of(e.getKey(), e.getValue()))
                .toList();
    }
}
