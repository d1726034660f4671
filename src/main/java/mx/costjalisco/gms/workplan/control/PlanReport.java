package mx.costjalisco.gms.workplan.control;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * A work plan's progress as of a day — the one computation that the dashboard, the quarterly PDF, the CSV and XLSX
 * exports and {@code /api/v1/workplans/YYYY} all show.
 */
public record PlanReport(WorkPlan plan, LocalDate asOf, List<ActivityReport> activities) {

    public PlanReport {
        activities = List.copyOf(activities);
    }

    public PlanProgress progress() {
        return new PlanProgress(
                activities.stream().map(ActivityReport::progress).toList());
    }

    /** The same report with only the activities that pass {@code filter}; its totals are theirs. */
    public PlanReport only(Predicate<ActivityReport> filter) {
        return new PlanReport(plan, asOf, activities.stream().filter(filter).toList());
    }

    public List<TargetReport> targets() {
        return activities.stream().flatMap(a -> a.targets().stream()).toList();
    }
}
