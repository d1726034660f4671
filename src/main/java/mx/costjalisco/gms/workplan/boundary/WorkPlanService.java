package mx.costjalisco.gms.workplan.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.workplan.control.PlanEditor;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * The manager's side of the plan (Gerencia CoST): writes the year's plan or starts it as a copy of last year's,
 * its activities and targets, and records the GMS's approval; after approval every change carries its reason and
 * becomes a revision.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class WorkPlanService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanEditor editor;

    @Resource
    private SessionContext session;

    public WorkPlan create(int year, String title) {
        return editor.create(year, title, caller());
    }

    public WorkPlan copy(int fromYear, int toYear) {
        return editor.copy(fromYear, toYear, caller());
    }

    public void saveHeader(Long planId, long version, String title, String general, String specific, String reason) {
        editor.saveHeader(plan(planId), version, title, general, specific, reason);
    }

    public Activity save(ActivityDraft draft, String reason) {
        return editor.save(draft, reason);
    }

    public PlanTarget save(TargetDraft draft, String reason) {
        return editor.save(draft, reason);
    }

    public void withdrawActivity(Long activityId, String reason) {
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        editor.withdraw(activity, reason);
    }

    public void withdrawTarget(Long targetId, String reason) {
        PlanTarget target = targetId == null ? null : em.find(PlanTarget.class, targetId);
        if (target == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        editor.withdraw(target, reason);
    }

    public void approve(Long planId, Long meetingId, String agreement) {
        editor.approve(plan(planId), meetingId, agreement);
    }

    /** The sessions a plan can have been approved in: ordinary and extraordinary sessions held, newest first. */
    public List<Meeting> approvalSessions() {
        return em.createQuery(
                        "SELECT m FROM Meeting m WHERE m.status = :held AND m.kind <> :liaison"
                                + " ORDER BY m.startsAt DESC",
                        Meeting.class)
                .setParameter("held", MeetingStatus.HELD)
                .setParameter("liaison", MeetingKind.LIAISON)
                .getResultList();
    }

    /** The institutions that can be named responsible: the GMS's current members and observers. */
    public List<mx.costjalisco.gms.member.entity.Institution> institutions() {
        return em.createQuery(
                        "SELECT i FROM Institution i WHERE i.leftOn IS NULL ORDER BY i.name",
                        mx.costjalisco.gms.member.entity.Institution.class)
                .getResultList();
    }

    private WorkPlan plan(Long id) {
        WorkPlan plan = id == null ? null : em.find(WorkPlan.class, id);
        if (plan == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        return plan;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
