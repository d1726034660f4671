package mx.costjalisco.gms.workplan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;
import mx.costjalisco.gms.workplan.boundary.ActivityDraft;
import mx.costjalisco.gms.workplan.boundary.SpanDraft;
import mx.costjalisco.gms.workplan.boundary.TargetDraft;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.boundary.WorkPlanService;
import mx.costjalisco.gms.workplan.control.Target;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.ActivityState;
import mx.costjalisco.gms.workplan.entity.AutoCount;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * {@code workplan/edit/activity.xhtml}: the manager writes an activity — title, actions, who is responsible, its
 * periods (one or several spans), objective, expected evidence, note, budget, status — and its targets. After the
 * GMS approved the plan, each save asks for the reason and becomes a revision.
 */
@Named
@ViewScoped
public class ActivityEditBacking implements Serializable {

    @Inject
    private WorkPlanService service;

    @Inject
    private WorkPlanReads reads;

    @Inject
    private Messages messages;

    private Long id;
    private Integer year;
    private WorkPlan plan;
    private Activity activity;
    private ActivityDraft draft;
    private TargetDraft target;
    private String reason;
    private String withdrawReason;
    private List<Institution> institutions;

    public void load() {
        if (id != null) {
            activity = reads.activity(id).orElse(null);
            if (activity == null) {
                Pages.notFound();
                return;
            }
            plan = activity.getPlan();
            if (draft == null || !id.equals(draft.getId())) {
                draft = ActivityDraft.of(activity);
            }
        } else {
            plan = year == null ? null : reads.plan(year).orElse(null);
            if (plan == null) {
                Pages.notFound();
                return;
            }
            if (draft == null) {
                draft = new ActivityDraft();
                draft.setPlanId(plan.getId());
                draft.getSpans().add(new SpanDraft());
            }
        }
        if (target == null && activity != null) {
            newTarget();
        }
        institutions = service.institutions();
    }

    public String save() {
        try {
            Activity saved = service.save(draft, reason);
            messages.info("workplan.activitySaved", saved.getNumeral());
            messages.keepForRedirect();
            return "/workplan/edit/activity?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleException refused) {
            messages.error("activityForm", refused);
            return null;
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
            draft = null;
            load();
            return null;
        }
    }

    public void addSpan() {
        draft.getSpans().add(new SpanDraft());
    }

    public void addTargetSpan() {
        target.getSpans().add(new SpanDraft());
    }

    public void editTarget(Long targetId) {
        activity.getTargets().stream()
                .filter(t -> t.getId().equals(targetId))
                .findFirst()
                .ifPresent(t -> target = TargetDraft.of(t));
    }

    public void newTarget() {
        target = new TargetDraft();
        target.setActivityId(activity.getId());
    }

    public void saveTarget() {
        try {
            PlanTarget saved = service.save(target, reason);
            messages.info("workplan.targetSaved", saved.getDescription());
            activity = reads.activity(id).orElseThrow();
            newTarget();
            reason = null;
        } catch (BusinessRuleException refused) {
            messages.error("targetForm", refused);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
            activity = reads.activity(id).orElseThrow();
            newTarget();
        }
    }

    public void withdrawTarget(Long targetId) {
        try {
            service.withdrawTarget(targetId, withdrawReason);
            messages.info("workplan.targetWithdrawn");
            activity = reads.activity(id).orElseThrow();
            withdrawReason = null;
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
    }

    public String withdrawActivity() {
        try {
            service.withdrawActivity(id, withdrawReason);
            messages.info("workplan.activityWithdrawn", activity.getNumeral());
            messages.keepForRedirect();
            return "/workplan/edit/plan?faces-redirect=true&year=" + plan.getYear();
        } catch (BusinessRuleException refused) {
            messages.error("withdrawActivityForm", refused);
            return null;
        }
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public ActivityState[] getStates() {
        return ActivityState.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Target.Kind[] getKinds() {
        return Target.Kind.values();
    }

    public Target.Aggregation[] getAggregations() {
        return Target.Aggregation.values();
    }

    @Inject
    private mx.costjalisco.gms.disclosure.boundary.DisclosureReads disclosure;

    /** The publishing entities a per-entity count can be limited to. */
    public java.util.List<mx.costjalisco.gms.disclosure.entity.PublishingEntity> getPublishingEntities() {
        return disclosure.entities();
    }

    public AutoCount[] getAutoCounts() {
        return AutoCount.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public WorkPlan getPlan() {
        return plan;
    }

    public Activity getActivity() {
        return activity;
    }

    public ActivityDraft getDraft() {
        return draft;
    }

    public TargetDraft getTarget() {
        return target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }
}
