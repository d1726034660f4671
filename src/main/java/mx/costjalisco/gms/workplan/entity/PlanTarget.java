package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;
import mx.costjalisco.gms.workplan.control.Target;

/**
 * A target (meta, KPI) of an activity, as the plan words it ("15 personas (enlaces del GMS)"): a quantity with a unit
 * or a milestone, over its own period or, without spans of its own, over its activity's. A target that counts itself
 * ({@link AutoCount}) takes its progress from the system's records.
 */
@Entity
@Table(name = "work_target")
public class PlanTarget extends BaseEntity implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Target.Kind kind;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal goal;

    @Column(length = 80)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Target.Aggregation aggregation;

    @Enumerated(EnumType.STRING)
    @Column(name = "auto_count", length = 30)
    private AutoCount autoCount;

    /** The one publishing entity a per-entity count counts; none: every entity. */
    @jakarta.persistence.ManyToOne
    @jakarta.persistence.JoinColumn(name = "auto_entity_id")
    private mx.costjalisco.gms.disclosure.entity.PublishingEntity autoEntity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_target_span", joinColumns = @JoinColumn(name = "target_id"))
    @OrderColumn(name = "position")
    private List<TargetSpan> spans = new ArrayList<>();

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    protected PlanTarget() {}

    public PlanTarget(Activity activity, int position) {
        this.activity = activity;
        this.position = position;
    }

    /** Sets what the target is; the caller has checked it (see {@code TargetRules}). */
    public void define(
            String description,
            Target.Kind kind,
            BigDecimal goal,
            String unit,
            Target.Aggregation aggregation,
            AutoCount autoCount,
            List<TargetSpan> spans) {
        this.description = description;
        this.kind = kind;
        this.goal = goal;
        this.unit = unit;
        this.aggregation = aggregation;
        this.autoCount = autoCount;
        this.spans = new ArrayList<>(spans);
    }

    /** The entity a per-entity count is limited to (null: every entity, or not such a count). */
    public void countEntity(mx.costjalisco.gms.disclosure.entity.PublishingEntity entity) {
        this.autoEntity = autoCount != null && autoCount.perEntity() ? entity : null;
    }

    public mx.costjalisco.gms.disclosure.entity.PublishingEntity getAutoEntity() {
        return autoEntity;
    }

    public boolean isMilestone() {
        return kind == Target.Kind.MILESTONE;
    }

    public boolean isCounted() {
        return autoCount != null;
    }

    public List<TargetSpan> getSortedSpans() {
        return spans.stream().sorted(Comparator.comparing(TargetSpan::getFirst)).toList();
    }

    public Activity getActivity() {
        return activity;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getDescription() {
        return description;
    }

    public Target.Kind getKind() {
        return kind;
    }

    public BigDecimal getGoal() {
        return goal;
    }

    public String getUnit() {
        return unit;
    }

    public Target.Aggregation getAggregation() {
        return aggregation;
    }

    public AutoCount getAutoCount() {
        return autoCount;
    }

    public List<TargetSpan> getSpans() {
        return spans;
    }

    /** Takes it out of the plan with the reason (the GMS's decision, a mistake); it stays in the record. */
    public void withdraw(Instant at, String reason) {
        this.withdrawnAt = at;
        this.withdrawReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    @Override
    public String auditLabel() {
        return activity.getNumeral() + ". " + description + " ("
                + activity.getPlan().getYear() + ")";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("activity", activity.getNumeral());
        state.put("position", position);
        state.put("description", description);
        state.put("kind", kind);
        state.put("goal", goal == null ? null : goal.stripTrailingZeros().toPlainString());
        state.put("unit", unit);
        state.put("aggregation", aggregation);
        state.put("autoCount", autoCount);
        state.put("autoEntity", autoEntity == null ? null : autoEntity.getName());
        state.put("spans", getSortedSpans().stream().map(TargetSpan::toString).collect(Collectors.joining("; ")));
        state.put("withdrawReason", withdrawReason);
        return state;
    }
}
