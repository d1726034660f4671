package mx.costjalisco.gms.workplan.control;

import java.util.List;
import mx.costjalisco.gms.workplan.entity.PlanTarget;

/**
 * A target as the dashboard, the report, the exports and the API show it: the stored target, its definition for the
 * computation, the entries that made its value (typed, or counted from the system's records), its progress and its
 * burn-up by month.
 */
public record TargetReport(
        PlanTarget target, Target definition, List<Entry> entries, Progress progress, List<BurnUpPoint> burnUp) {

    public TargetReport {
        entries = List.copyOf(entries);
        burnUp = List.copyOf(burnUp);
    }
}
