package mx.costjalisco.gms.workplan.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.workplan.control.Target;
import mx.costjalisco.gms.workplan.entity.AutoCount;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.TargetSpan;

/** A target as the manager writes it; {@code id} null for a new one. Without spans it runs over its activity's period. */
public class TargetDraft implements Serializable {

    private Long id;
    private Long activityId;
    private long version;
    private String description;
    private Target.Kind kind = Target.Kind.QUANTITY;
    private BigDecimal goal;
    private String unit;
    private Target.Aggregation aggregation = Target.Aggregation.SUM;
    private AutoCount autoCount;
    private Long autoEntityId;
    private List<SpanDraft> spans = new ArrayList<>();

    public TargetDraft() {}

    public static TargetDraft of(PlanTarget target) {
        TargetDraft draft = new TargetDraft();
        draft.id = target.getId();
        draft.activityId = target.getActivity().getId();
        draft.version = target.getVersion();
        draft.description = target.getDescription();
        draft.kind = target.getKind();
        draft.goal = target.isMilestone() ? null : target.getGoal();
        draft.unit = target.getUnit();
        draft.aggregation = target.getAggregation();
        draft.autoCount = target.getAutoCount();
        draft.autoEntityId =
                target.getAutoEntity() == null ? null : target.getAutoEntity().getId();
        for (TargetSpan span : target.getSortedSpans()) {
            draft.spans.add(new SpanDraft(span.getFirst(), span.getLast(), null));
        }
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Target.Kind getKind() {
        return kind;
    }

    public void setKind(Target.Kind kind) {
        this.kind = kind;
    }

    public BigDecimal getGoal() {
        return goal;
    }

    public void setGoal(BigDecimal goal) {
        this.goal = goal;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Target.Aggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(Target.Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public AutoCount getAutoCount() {
        return autoCount;
    }

    public Long getAutoEntityId() {
        return autoEntityId;
    }

    public void setAutoEntityId(Long autoEntityId) {
        this.autoEntityId = autoEntityId;
    }

    public void setAutoCount(AutoCount autoCount) {
        this.autoCount = autoCount;
    }

    public List<SpanDraft> getSpans() {
        return spans;
    }

    public void setSpans(List<SpanDraft> spans) {
        this.spans = spans;
    }
}
