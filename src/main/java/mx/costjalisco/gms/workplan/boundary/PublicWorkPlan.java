package mx.costjalisco.gms.workplan.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.web.Bundle;
import mx.costjalisco.gms.workplan.control.ActivityReport;
import mx.costjalisco.gms.workplan.control.PlanReport;
import mx.costjalisco.gms.workplan.control.TargetReport;
import mx.costjalisco.gms.workplan.control.TargetStatus;
import mx.costjalisco.gms.workplan.control.WorkPlanProgress;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.WorkPlan;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work plan as anyone sees it (transparency): approved plans only, their activities, targets and progress as
 * computed by {@link WorkPlanProgress}, the public notes of progress entries, and the evidence the manager published.
 * Internal notes, budgets' working notes, unpublished or withdrawn evidence and who recorded what never leave.
 */
@Stateless
@PermitAll
public class PublicWorkPlan {

    /** A published plan as of a day. */
    public record PublishedPlan(
            int year,
            String title,
            String generalObjective,
            List<String> specificObjectives,
            LocalDate approvedOn,
            String approvalSession,
            String approvalAgreement,
            int revision,
            LocalDate asOf,
            Summary summary,
            List<PublishedActivity> activities)
            implements Serializable {}

    /** How many targets and activities have each status, and the share of targets done (0 to 1). */
    public record Summary(
            int targets,
            Map<String, Integer> targetsByStatus,
            int activities,
            Map<String, Integer> activitiesByStatus,
            BigDecimal doneShare)
            implements Serializable {}

    public record PublishedActivity(
            String number,
            String title,
            List<String> actions,
            String responsible,
            String period,
            List<PublishedSpan> periodSpans,
            String objective,
            List<String> expectedEvidence,
            String note,
            BigDecimal budget,
            String state,
            String status,
            List<PublishedTarget> targets,
            List<PublishedEvidence> evidence)
            implements Serializable {}

    public record PublishedSpan(LocalDate first, LocalDate last, String label) implements Serializable {}

    public record PublishedTarget(
            Long id,
            String description,
            String kind,
            BigDecimal goal,
            String unit,
            String aggregation,
            String countedFrom,
            LocalDate periodFirst,
            LocalDate periodLast,
            BigDecimal value,
            BigDecimal achieved,
            BigDecimal expected,
            String status,
            String reason,
            List<PublishedEntry> entries)
            implements Serializable {}

    public record PublishedEntry(LocalDate date, BigDecimal value, String note) implements Serializable {}

    public record PublishedEvidence(
            Long id,
            String fileName,
            String evidenceType,
            String description,
            String contentType,
            long sizeBytes,
            String sha256,
            String url)
            implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkPlanProgress progress;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    /** The years with an approved plan, newest first. */
    public List<Integer> years() {
        return em.createQuery(
                        "SELECT p.year FROM WorkPlan p WHERE p.status = mx.costjalisco.gms.workplan.entity.WorkPlanStatus.APPROVED"
                                + " ORDER BY p.year DESC",
                        Integer.class)
                .getResultList();
    }

    public Optional<PublishedPlan> published(int year, LocalDate asOf) {
        Optional<WorkPlan> plan = em.createNamedQuery(WorkPlan.FIND_BY_YEAR, WorkPlan.class)
                .setParameter("year", year)
                .getResultStream()
                .filter(WorkPlan::isApproved)
                .findFirst();
        return plan.map(p -> {
            List<ProgressEntry> entries = progress.entries(p);
            return toPublished(
                    progress.report(
                            p, asOf == null ? WorkPlanReads.defaultAsOf(year, LocalDate.now(clock)) : asOf, entries),
                    entries);
        });
    }

    /** A published evidence file of an approved plan, never a withdrawn or unpublished one. */
    public Optional<Evidence> publishedEvidence(Long id) {
        Evidence evidence = id == null ? null : em.find(Evidence.class, id);
        if (evidence == null
                || !evidence.isPublished()
                || evidence.isWithdrawn()
                || !evidence.getActivity().getPlan().isApproved()) {
            return Optional.empty();
        }
        return Optional.of(evidence);
    }

    public byte[] read(String sha256) {
        return files.read(sha256);
    }

    /** The report in its public shape: the same numbers, without what is internal. */
    private PublishedPlan toPublished(PlanReport report, List<ProgressEntry> planEntries) {
        WorkPlan plan = report.plan();
        Map<Long, List<PublishedEntry>> entries = publicEntries(planEntries);
        Map<Long, List<PublishedEvidence>> evidence = publishedEvidence(plan);
        List<PublishedActivity> activities = new ArrayList<>();
        for (ActivityReport a : report.activities()) {
            Activity activity = a.activity();
            List<PublishedTarget> targets = new ArrayList<>();
            for (TargetReport t : a.targets()) {
                var target = t.target();
                var period = t.definition().period();
                targets.add(new PublishedTarget(
                        target.getId(),
                        target.getDescription(),
                        target.getKind().name(),
                        target.isMilestone() ? null : plain(target.getGoal()),
                        target.getUnit(),
                        target.getAggregation().name(),
                        target.getAutoCount() == null
                                ? null
                                : target.getAutoCount().name(),
                        period.first(),
                        period.last(),
                        plain(t.progress().value()),
                        t.progress().achieved(),
                        t.progress().expected(),
                        t.progress().status().name(),
                        t.progress().reason().name(),
                        target.isCounted() ? List.of() : entries.getOrDefault(target.getId(), List.of())));
            }
            activities.add(new PublishedActivity(
                    activity.getNumeral(),
                    activity.getTitle(),
                    activity.getActionList(),
                    activity.getResponsible(),
                    activity.getPeriodLabel(),
                    activity.getSortedSpans().stream()
                            .map(s -> new PublishedSpan(s.getFirst(), s.getLast(), s.getLabel()))
                            .toList(),
                    activity.getObjective(),
                    activity.getExpectedEvidenceList(),
                    activity.getNote(),
                    activity.getBudget(),
                    activity.getState().name(),
                    a.status().name(),
                    targets,
                    evidence.getOrDefault(activity.getId(), List.of())));
        }
        var totals = report.progress();
        return new PublishedPlan(
                plan.getYear(),
                plan.getTitle(),
                plan.getGeneralObjective(),
                mx.costjalisco.gms.workplan.entity.Lines.of(plan.getSpecificObjectives()),
                plan.getApprovedOn(),
                plan.getApprovalMeeting() == null
                        ? null
                        : MeetingTexts.name(plan.getApprovalMeeting(), Bundle.RECORD_LOCALE),
                plan.getApprovalAgreement(),
                plan.getRevision(),
                report.asOf(),
                new Summary(
                        totals.targetCount(),
                        names(totals.targetCounts()),
                        report.activities().size(),
                        names(totals.activityCounts()),
                        totals.doneShare()),
                activities);
    }

    private static Map<Long, List<PublishedEntry>> publicEntries(List<ProgressEntry> planEntries) {
        Map<Long, List<PublishedEntry>> byTarget = new HashMap<>();
        planEntries.stream()
                .filter(e -> !e.isWithdrawn())
                .forEach(e -> byTarget.computeIfAbsent(e.getTarget().getId(), id -> new ArrayList<>())
                        .add(new PublishedEntry(e.getDate(), plain(e.getAmount()), e.getNote())));
        return byTarget;
    }

    private Map<Long, List<PublishedEvidence>> publishedEvidence(WorkPlan plan) {
        Map<Long, List<PublishedEvidence>> byActivity = new HashMap<>();
        em.createNamedQuery(Evidence.FIND_BY_PLAN, Evidence.class)
                .setParameter("planId", plan.getId())
                .getResultStream()
                .filter(e -> e.isPublished() && !e.isWithdrawn())
                .forEach(e -> byActivity
                        .computeIfAbsent(e.getActivity().getId(), id -> new ArrayList<>())
                        .add(new PublishedEvidence(
                                e.getId(),
                                e.getFileName(),
                                e.getEvidenceType(),
                                e.getDescription(),
                                e.getContentType(),
                                e.getSize(),
                                e.getSha256(),
                                publicUrl.replaceAll("/+$", "") + "/public/workplan/evidence/" + e.getId())));
        return byActivity;
    }

    private static Map<String, Integer> names(Map<TargetStatus, Integer> counts) {
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        counts.forEach((status, count) -> named.put(status.name(), count));
        return named;
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
