package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A change made to a plan after the GMS approved it: the revision it makes, who made it, when, why, and what changed
 * (field by field, in words). The approved plan is revision 0.
 */
@Entity
@Table(name = "work_plan_change")
@NamedQuery(
        name = PlanChange.FIND_BY_PLAN,
        query = "SELECT c FROM PlanChange c WHERE c.plan.id = :planId ORDER BY c.revision DESC")
public class PlanChange extends BaseEntity {

    public static final String FIND_BY_PLAN = "PlanChange.findByPlan";

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private WorkPlan plan;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "changed_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(nullable = false, length = 8000, updatable = false)
    private String summary;

    protected PlanChange() {}

    public PlanChange(WorkPlan plan, int revision, Instant changedAt, String changedBy, String reason, String summary) {
        this.plan = plan;
        this.revision = revision;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.summary = summary.length() > 8000 ? summary.substring(0, 7999) + "…" : summary;
    }

    public WorkPlan getPlan() {
        return plan;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getSummary() {
        return summary;
    }
}
