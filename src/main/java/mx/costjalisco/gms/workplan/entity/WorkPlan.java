package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * The GMS's work plan for one year (Reglamento art. 30): its objectives, its activities ({@link Activity}), and the
 * GMS's approval — the session, the day, the agreement. Once approved, every change is a numbered revision
 * ({@link PlanChange}).
 */
@Entity
@Table(name = "work_plan")
@NamedQuery(name = WorkPlan.FIND_BY_YEAR, query = "SELECT p FROM WorkPlan p WHERE p.year = :year")
@NamedQuery(name = WorkPlan.FIND_ALL, query = "SELECT p FROM WorkPlan p ORDER BY p.year DESC")
public class WorkPlan extends BaseEntity implements Auditable {

    public static final String FIND_BY_YEAR = "WorkPlan.findByYear";
    public static final String FIND_ALL = "WorkPlan.findAll";

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "general_objective", length = 4000)
    private String generalObjective;

    /** One objective per line. */
    @Column(name = "specific_objectives", length = 4000)
    private String specificObjectives;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkPlanStatus status = WorkPlanStatus.DRAFT;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @ManyToOne
    @JoinColumn(name = "approval_meeting_id")
    private Meeting approvalMeeting;

    @Column(name = "approval_agreement", length = 300)
    private String approvalAgreement;

    @Column(nullable = false)
    private int revision;

    @Column(name = "copied_from_year", updatable = false)
    private Integer copiedFromYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected WorkPlan() {}

    public WorkPlan(int year, String title, Integer copiedFromYear, Instant createdAt, String createdBy) {
        this.year = year;
        this.title = title;
        this.copiedFromYear = copiedFromYear;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Records the GMS's approval: from now on every change is a revision. */
    public void approve(LocalDate on, Meeting meeting, String agreement) {
        this.status = WorkPlanStatus.APPROVED;
        this.approvedOn = on;
        this.approvalMeeting = meeting;
        this.approvalAgreement = agreement;
    }

    /** The next revision number, taken by a change after approval. */
    public int nextRevision() {
        return ++revision;
    }

    public boolean isApproved() {
        return status == WorkPlanStatus.APPROVED;
    }

    public int getYear() {
        return year;
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

    public WorkPlanStatus getStatus() {
        return status;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Meeting getApprovalMeeting() {
        return approvalMeeting;
    }

    public String getApprovalAgreement() {
        return approvalAgreement;
    }

    public int getRevision() {
        return revision;
    }

    public Integer getCopiedFromYear() {
        return copiedFromYear;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String auditLabel() {
        return "Plan de trabajo " + year;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("title", title);
        state.put("generalObjective", generalObjective);
        state.put("specificObjectives", specificObjectives);
        state.put("status", status);
        state.put("approvedOn", approvedOn);
        state.put("approvalMeeting", approvalMeeting == null ? null : approvalMeeting.auditLabel());
        state.put("approvalAgreement", approvalAgreement);
        state.put("revision", revision);
        return state;
    }
}
