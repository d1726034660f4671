package mx.costjalisco.gms.workplan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.audit.FieldChange;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.workplan.boundary.ActivityDraft;
import mx.costjalisco.gms.workplan.boundary.SpanDraft;
import mx.costjalisco.gms.workplan.boundary.TargetDraft;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.DaySpan;
import mx.costjalisco.gms.workplan.entity.PlanChange;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.TargetSpan;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * Writes the plan: checks what the manager typed and refuses it whole with a Spanish message (nothing half-saved),
 * then applies it, audits it, and — once the GMS approved the plan — records the change as a numbered revision with its
 * reason. Shared by the manager's service and the demo loader; runs in the caller's transaction.
 */
@ApplicationScoped
public class PlanEditor {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 500;
    public static final int TEXT_MAX = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public WorkPlan create(int year, String title, String actor) {
        return create(year, title, actor, null);
    }

    private WorkPlan create(int year, String title, String actor, Integer copiedFromYear) {
        if (year < 2000 || year > 2100) {
            throw BusinessRuleException.onField("year", "workplan.badYear");
        }
        if (find(year).isPresent()) {
            throw BusinessRuleException.onField("year", "workplan.yearExists", String.valueOf(year));
        }
        WorkPlan plan = new WorkPlan(year, required(title, "title", TITLE_MAX), copiedFromYear, clock.instant(), actor);
        em.persist(plan);
        audit.created(plan);
        return plan;
    }

    public Optional<WorkPlan> find(int year) {
        return em.createNamedQuery(WorkPlan.FIND_BY_YEAR, WorkPlan.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /**
     * A new draft plan for {@code toYear} with the activities and targets of {@code fromYear}'s, every date moved by
     * the difference in years; no progress, evidence or approval is copied.
     */
    public WorkPlan copy(int fromYear, int toYear, String actor) {
        WorkPlan source = find(fromYear)
                .orElseThrow(
                        () -> BusinessRuleException.onField("year", "workplan.noPlanToCopy", String.valueOf(fromYear)));
        WorkPlan plan = create(
                toYear, source.getTitle().replace(String.valueOf(fromYear), String.valueOf(toYear)), actor, fromYear);
        em.flush();
        int years = toYear - fromYear;
        plan.setGeneralObjective(source.getGeneralObjective());
        plan.setSpecificObjectives(source.getSpecificObjectives());
        for (Activity from :
                activities(source).stream().filter(a -> !a.isWithdrawn()).toList()) {
            Activity to = new Activity(
                    plan,
                    from.getPosition(),
                    from.getTitle(),
                    from.getResponsible(),
                    from.getPeriodLabel().replace(String.valueOf(fromYear), String.valueOf(toYear)));
            to.setActions(from.getActions());
            to.setManagerResponsible(from.isManagerResponsible());
            to.setMembersResponsible(from.isMembersResponsible());
            to.setMembersSector(from.getMembersSector());
            to.setInstitutions(from.getInstitutions());
            to.setSpans(from.getSortedSpans().stream()
                    .map(s -> new DaySpan(
                            s.getFirst().plusYears(years),
                            s.getLast().plusYears(years),
                            s.getLabel() == null
                                    ? null
                                    : s.getLabel().replace(String.valueOf(fromYear), String.valueOf(toYear))))
                    .toList());
            to.setObjective(from.getObjective());
            to.setExpectedEvidence(from.getExpectedEvidence());
            to.setNote(from.getNote());
            to.setBudget(from.getBudget());
            em.persist(to);
            for (PlanTarget target : from.getActiveTargets()) {
                PlanTarget copy = new PlanTarget(to, target.getPosition());
                copy.define(
                        target.getDescription(),
                        target.getKind(),
                        target.getGoal(),
                        target.getUnit(),
                        target.getAggregation(),
                        target.getAutoCount(),
                        target.getSortedSpans().stream()
                                .map(s -> new TargetSpan(
                                        s.getFirst().plusYears(years),
                                        s.getLast().plusYears(years)))
                                .toList());
                em.persist(copy);
                to.getTargets().add(copy);
            }
            audit.created(to);
        }
        return plan;
    }

    public List<Activity> activities(WorkPlan plan) {
        return em.createNamedQuery(Activity.FIND_BY_PLAN, Activity.class)
                .setParameter("planId", plan.getId())
                .getResultList();
    }

    public void saveHeader(WorkPlan plan, long version, String title, String general, String specific, String reason) {
        checkVersion("WorkPlan", plan.getId(), plan.getVersion(), version);
        Map<String, Object> before = plan.auditState();
        plan.setTitle(required(title, "title", TITLE_MAX));
        plan.setGeneralObjective(optional(general, "generalObjective", TEXT_MAX));
        plan.setSpecificObjectives(optional(specific, "specificObjectives", TEXT_MAX));
        revise(plan, plan.auditLabel(), before, plan.auditState(), reason);
        audit.updated(plan, before);
    }

    /** Adds or changes an activity; refused whole when anything in it is wrong. */
    public Activity save(ActivityDraft draft, String reason) {
        WorkPlan plan = em.find(WorkPlan.class, draft.getPlanId(), LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        String title = required(draft.getTitle(), "title", TITLE_MAX);
        String responsible = required(draft.getResponsible(), "responsible", DESCRIPTION_MAX);
        String periodLabel = required(draft.getPeriodLabel(), "periodLabel", DESCRIPTION_MAX);
        List<DaySpan> spans = new ArrayList<>();
        for (SpanDraft span : draft.getSpans()) {
            if (span.getFirst() == null && span.getLast() == null && blank(span.getLabel())) {
                continue; // an empty row of the form
            }
            checkSpan(span.getFirst(), span.getLast(), "spans");
            spans.add(new DaySpan(span.getFirst(), span.getLast(), optional(span.getLabel(), "spans", 300)));
        }
        if (spans.isEmpty()) {
            throw BusinessRuleException.onField("spans", "workplan.noSpans");
        }
        if (draft.getBudget() != null && draft.getBudget().signum() < 0) {
            throw BusinessRuleException.onField("budget", "workplan.negativeBudget");
        }
        for (Activity other : activities(plan)) {
            if (!other.getId().equals(draft.getId()) && other.getTitle().equalsIgnoreCase(title)) {
                throw BusinessRuleException.onField("title", "workplan.titleTaken", other.getNumeral());
            }
        }
        List<Institution> institutions = draft.getInstitutionIds().stream()
                .map(id -> Optional.ofNullable(em.find(Institution.class, id))
                        .orElseThrow(() -> BusinessRuleException.onField("institutions", "workplan.noInstitution")))
                .toList();
        Activity activity;
        Map<String, Object> before;
        if (draft.getId() == null) {
            activity = new Activity(plan, activities(plan).size() + 1, title, responsible, periodLabel);
            before = null;
        } else {
            activity = em.find(Activity.class, draft.getId());
            if (activity == null || !activity.getPlan().equals(plan)) {
                throw new BusinessRuleException("workplan.notFound");
            }
            checkVersion("Activity", activity.getId(), activity.getVersion(), draft.getVersion());
            before = activity.auditState();
            activity.setTitle(title);
            activity.setResponsible(responsible);
            activity.setPeriodLabel(periodLabel);
        }
        activity.setActions(optional(draft.getActions(), "actions", 8000));
        activity.setManagerResponsible(draft.isManagerResponsible());
        activity.setMembersResponsible(draft.isMembersResponsible());
        activity.setMembersSector(draft.isMembersResponsible() ? draft.getMembersSector() : null);
        activity.setInstitutions(institutions);
        activity.setSpans(spans);
        activity.setObjective(optional(draft.getObjective(), "objective", TEXT_MAX));
        activity.setExpectedEvidence(optional(draft.getExpectedEvidence(), "expectedEvidence", TEXT_MAX));
        activity.setNote(optional(draft.getNote(), "note", TEXT_MAX));
        activity.setBudget(draft.getBudget());
        activity.setState(Objects.requireNonNullElse(draft.getState(), activity.getState()));
        activity.setInternalNote(optional(draft.getInternalNote(), "internalNote", TEXT_MAX));
        if (before == null) {
            em.persist(activity);
            revise(plan, activity.getNumeral() + ". " + title, Map.of(), activity.auditState(), reason);
            audit.created(activity);
        } else {
            revise(plan, activity.getNumeral() + ". " + title, before, activity.auditState(), reason);
            audit.updated(activity, before);
        }
        return activity;
    }

    /** Adds or changes a target; a quantity needs a goal above zero and a unit, a milestone has neither. */
    public PlanTarget save(TargetDraft draft, String reason) {
        Activity activity = em.find(Activity.class, draft.getActivityId());
        if (activity == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        WorkPlan plan = em.find(WorkPlan.class, activity.getPlan().getId(), LockModeType.PESSIMISTIC_WRITE);
        String description = required(draft.getDescription(), "description", DESCRIPTION_MAX);
        if (draft.getKind() == null) {
            throw BusinessRuleException.onField("kind", "workplan.noKind");
        }
        BigDecimal goal;
        String unit;
        Target.Aggregation aggregation;
        if (draft.getKind() == Target.Kind.MILESTONE) {
            goal = BigDecimal.ONE;
            unit = null;
            aggregation = Target.Aggregation.LATEST;
            if (draft.getAutoCount() != null) {
                throw BusinessRuleException.onField("autoCount", "workplan.milestoneCounted");
            }
        } else {
            if (draft.getGoal() == null) {
                throw BusinessRuleException.onField("goal", "workplan.noGoal");
            }
            if (draft.getGoal().signum() <= 0) {
                throw BusinessRuleException.onField("goal", "workplan.goalNotPositive");
            }
            if (draft.getGoal().scale() > 2
                    && draft.getGoal().stripTrailingZeros().scale() > 2) {
                throw BusinessRuleException.onField("goal", "workplan.tooManyDecimals");
            }
            goal = draft.getGoal();
            unit = required(draft.getUnit(), "unit", 80, "workplan.noUnit");
            aggregation = draft.getAutoCount() != null
                    ? (draft.getAutoCount().isMeasure() ? Target.Aggregation.LATEST : Target.Aggregation.SUM)
                    : Objects.requireNonNullElse(draft.getAggregation(), Target.Aggregation.SUM);
        }
        List<TargetSpan> spans = new ArrayList<>();
        for (SpanDraft span : draft.getSpans()) {
            if (span.getFirst() == null && span.getLast() == null) {
                continue;
            }
            checkSpan(span.getFirst(), span.getLast(), "spans");
            spans.add(new TargetSpan(span.getFirst(), span.getLast()));
        }
        PlanTarget target;
        Map<String, Object> before;
        if (draft.getId() == null) {
            target = new PlanTarget(activity, activity.getTargets().size() + 1);
            before = null;
        } else {
            target = em.find(PlanTarget.class, draft.getId());
            if (target == null || !target.getActivity().equals(activity)) {
                throw new BusinessRuleException("workplan.notFound");
            }
            checkVersion("PlanTarget", target.getId(), target.getVersion(), draft.getVersion());
            long entries = em.createQuery(
                            "SELECT COUNT(e) FROM ProgressEntry e WHERE e.target.id = :id AND e.withdrawnAt IS NULL",
                            Long.class)
                    .setParameter("id", target.getId())
                    .getSingleResult();
            if (entries > 0 && draft.getKind() != target.getKind()) {
                throw BusinessRuleException.onField("kind", "workplan.kindLocked", entries);
            }
            if (entries > 0 && draft.getAutoCount() != null && !target.isCounted()) {
                throw BusinessRuleException.onField("autoCount", "workplan.countedHasEntries", entries);
            }
            before = target.auditState();
        }
        target.define(description, draft.getKind(), goal, unit, aggregation, draft.getAutoCount(), spans);
        target.countEntity(
                draft.getAutoEntityId() == null
                        ? null
                        : em.find(
                                mx.costjalisco.gms.disclosure.entity.PublishingEntity.class, draft.getAutoEntityId()));
        if (before == null) {
            em.persist(target);
            activity.getTargets().add(target);
            revise(plan, activity.getNumeral() + ". " + description, Map.of(), target.auditState(), reason);
            audit.created(target);
        } else {
            revise(plan, activity.getNumeral() + ". " + description, before, target.auditState(), reason);
            audit.updated(target, before);
        }
        return target;
    }

    /** Takes an activity out of the plan, with its reason; it stays in the record, struck through. */
    public void withdraw(Activity activity, String reason) {
        WorkPlan plan = em.find(WorkPlan.class, activity.getPlan().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (activity.isWithdrawn()) {
            throw new BusinessRuleException("workplan.alreadyWithdrawn");
        }
        String why = required(reason, "withdrawReason", 1000, "workplan.reasonRequired");
        Map<String, Object> before = activity.auditState();
        activity.withdraw(clock.instant(), why);
        revise(plan, activity.getNumeral() + ". " + activity.getTitle(), before, activity.auditState(), why);
        audit.updated(activity, before);
    }

    /** Takes a target out of the plan, with its reason; its entries stay, no longer counting. */
    public void withdraw(PlanTarget target, String reason) {
        WorkPlan plan = em.find(WorkPlan.class, target.getActivity().getPlan().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (target.isWithdrawn()) {
            throw new BusinessRuleException("workplan.alreadyWithdrawn");
        }
        String why = required(reason, "withdrawReason", 1000, "workplan.reasonRequired");
        Map<String, Object> before = target.auditState();
        target.withdraw(clock.instant(), why);
        revise(
                plan,
                target.getActivity().getNumeral() + ". " + target.getDescription(),
                before,
                target.auditState(),
                why);
        audit.updated(target, before);
    }

    /** Records the GMS's approval of the plan: a held session, its day, and the agreement. */
    public void approve(WorkPlan plan, Long meetingId, String agreement) {
        if (plan.isApproved()) {
            throw new BusinessRuleException("workplan.alreadyApproved");
        }
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw BusinessRuleException.onField("meeting", "workplan.noMeeting");
        }
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw BusinessRuleException.onField("meeting", "workplan.meetingNotHeld");
        }
        Map<String, Object> before = plan.auditState();
        plan.approve(
                meeting.getStartsAt().toLocalDate(),
                meeting,
                required(agreement, "agreement", 300, "workplan.noAgreement"));
        audit.updated(plan, before);
    }

    /** After approval every change needs its reason and becomes a revision with what changed. */
    private void revise(
            WorkPlan plan, String what, Map<String, Object> before, Map<String, Object> after, String reason) {
        if (!plan.isApproved()) {
            return;
        }
        List<FieldChange> changes = FieldChange.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        if (blank(reason)) {
            throw BusinessRuleException.onField("reason", "workplan.reasonRequired");
        }
        String summary = what + ": "
                + changes.stream()
                        .map(c -> c.field() + " «" + (c.before() == null ? "—" : c.before()) + "» → «"
                                + (c.after() == null ? "—" : c.after()) + "»")
                        .collect(Collectors.joining("; "));
        int revision = plan.nextRevision();
        em.persist(new PlanChange(plan, revision, clock.instant(), currentActor(), reason.strip(), summary));
    }

    @Inject
    private jakarta.security.enterprise.SecurityContext security;

    private String currentActor() {
        try {
            var principal = security.getCallerPrincipal();
            return principal == null ? AuditLog.SYSTEM : principal.getName();
        } catch (IllegalStateException noCaller) {
            return AuditLog.SYSTEM;
        }
    }

    static void checkSpan(LocalDate first, LocalDate last, String field) {
        if (first == null || last == null) {
            throw BusinessRuleException.onField(field, "workplan.spanIncomplete");
        }
        if (last.isBefore(first)) {
            throw BusinessRuleException.onField(field, "workplan.spanBackwards", first, last);
        }
    }

    private static void checkVersion(String type, Long id, long stored, long seen) {
        if (stored != seen) {
            throw new ConcurrentChangeException(type, id);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public static String required(String text, String field, int max) {
        return required(text, field, max, "workplan.required");
    }

    /** The text stripped, or a refusal on {@code field}: {@code key} when blank, too long beyond {@code max}. */
    public static String required(String text, String field, int max, String key) {
        if (blank(text)) {
            throw BusinessRuleException.onField(field, key);
        }
        String value = text.strip();
        if (value.length() > max) {
            throw BusinessRuleException.onField(field, "workplan.tooLong", max);
        }
        return value;
    }

    /** The text stripped, null when blank, or a refusal on {@code field} when longer than {@code max}. */
    public static String optional(String text, String field, int max) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw BusinessRuleException.onField(field, "workplan.tooLong", max);
        }
        return value;
    }
}
