package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The progress of a whole work plan: how many targets and activities have each status, and the share of targets done.
 *
 * @param activities the progress of each activity, in the plan's order
 */
public record PlanProgress(List<ActivityProgress> activities) {

    public PlanProgress {
        activities = List.copyOf(activities);
    }

    /** How many of the plan's targets, across all activities, have each status. */
    public Map<TargetStatus, Integer> targetCounts() {
        return StatusCounts.of(targets().stream().map(Progress::status).toList());
    }

    /** How many activities have each (rolled-up) status. */
    public Map<TargetStatus, Integer> activityCounts() {
        return StatusCounts.of(activities.stream().map(ActivityProgress::status).toList());
    }

    public int targetCount() {
        return targets().size();
    }

    /** Targets done divided by all targets, 0 to 1; 0 for a plan without targets. */
    public BigDecimal doneShare() {
        int total = targetCount();
        return total == 0
                ? BigDecimal.ZERO.setScale(Ratio.SCALE)
                : Ratio.of(targetCounts().get(TargetStatus.DONE), total);
    }

    private List<Progress> targets() {
        return activities.stream()
                .flatMap(activity -> activity.targets().stream())
                .toList();
    }
}
