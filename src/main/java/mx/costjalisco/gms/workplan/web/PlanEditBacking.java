package mx.costjalisco.gms.workplan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.boundary.WorkPlanService;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.PlanChange;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * {@code workplan/edit/plan.xhtml}: the manager starts the year's plan (empty, or as a copy of last year's), writes its
 * title and objectives, lists its activities, records the GMS's approval, and sees every change made since.
 */
@Named
@ViewScoped
public class PlanEditBacking implements Serializable {

    @Inject
    private WorkPlanService service;

    @Inject
    private WorkPlanReads reads;

    @Inject
    private Messages messages;

    private Integer year;
    private WorkPlan plan;
    private List<Activity> activities;
    private List<PlanChange> changes;
    private List<Meeting> sessions;

    private Integer newYear;
    private String newTitle;
    private Integer copyFrom;

    private String title;
    private String generalObjective;
    private String specificObjectives;
    private String reason;
    private long version;

    private Long meetingId;
    private String agreement;

    public void load() {
        plan = year == null ? null : reads.plan(year).orElse(null);
        sessions = service.approvalSessions();
        if (plan == null) {
            int next = year != null ? year : reads.today().getYear() + 1;
            newYear = newYear == null ? next : newYear;
            copyFrom = copyFrom == null
                    ? reads.plans().stream()
                            .map(WorkPlan::getYear)
                            .filter(y -> y < newYear)
                            .max(Integer::compare)
                            .orElse(null)
                    : copyFrom;
            return;
        }
        activities = reads.activities(plan.getId());
        changes = reads.changes(plan.getId());
        title = plan.getTitle();
        generalObjective = plan.getGeneralObjective();
        specificObjectives = plan.getSpecificObjectives();
        version = plan.getVersion();
        reason = null;
    }

    public String create() {
        try {
            WorkPlan created = service.create(newYear == null ? 0 : newYear, newTitle);
            messages.info("workplan.created", String.valueOf(created.getYear()));
            messages.keepForRedirect();
            return "/workplan/edit/plan?faces-redirect=true&year=" + created.getYear();
        } catch (BusinessRuleException refused) {
            messages.error("createForm", refused);
            return null;
        }
    }

    public String copy() {
        try {
            if (copyFrom == null) {
                messages.error("copyForm:copyFrom", "workplan.required");
                return null;
            }
            WorkPlan created = service.copy(copyFrom, newYear == null ? 0 : newYear);
            messages.info("workplan.copied", String.valueOf(copyFrom), String.valueOf(created.getYear()));
            messages.keepForRedirect();
            return "/workplan/edit/plan?faces-redirect=true&year=" + created.getYear();
        } catch (BusinessRuleException refused) {
            messages.error("copyForm", refused);
            return null;
        }
    }

    public void saveHeader() {
        try {
            service.saveHeader(plan.getId(), version, title, generalObjective, specificObjectives, reason);
            messages.info("workplan.saved");
            load();
        } catch (BusinessRuleException refused) {
            messages.error("headerForm", refused);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
            load();
        }
    }

    public void approve() {
        try {
            service.approve(plan.getId(), meetingId, agreement);
            messages.info("workplan.approvalRecorded");
            load();
        } catch (BusinessRuleException refused) {
            messages.error("approvalForm", refused);
        }
    }

    public String meetingName(Meeting meeting) {
        return MeetingTexts.name(meeting, messages.locale());
    }

    public List<WorkPlan> getPlans() {
        return reads.plans();
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

    public List<Activity> getActivities() {
        return activities;
    }

    public List<PlanChange> getChanges() {
        return changes;
    }

    public List<Meeting> getSessions() {
        return sessions;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public Integer getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(Integer copyFrom) {
        this.copyFrom = copyFrom;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGeneralObjective() {
        return generalObjective;
    }

    public void setGeneralObjective(String generalObjective) {
        this.generalObjective = generalObjective;
    }

    public String getSpecificObjectives() {
        return specificObjectives;
    }

    public void setSpecificObjectives(String specificObjectives) {
        this.specificObjectives = specificObjectives;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }
}
