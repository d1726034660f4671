package mx.costjalisco.gms.workplan.control;

import java.util.List;
import java.util.Map;

/**
 * The progress of one activity of the work plan, rolled up from its targets' progress:
 *
 * <ul>
 *   <li><b>DONE</b> only when every target is done;
 *   <li><b>NOT_STARTED</b> only when no target has begun (and when the activity has no targets yet);
 *   <li>otherwise the worst status among its targets under way — LATE over AT_RISK over ON_TRACK — so one late target
 *       makes the activity late; an activity with targets done and others not begun, none running, is ON_TRACK.
 * </ul>
 *
 * @param targets the progress of each target, in the activity's order
 */
public record ActivityProgress(List<Progress> targets) {

    public ActivityProgress {
        targets = List.copyOf(targets);
    }

    public TargetStatus status() {
        Map<TargetStatus, Integer> counts = counts();
        int total = targets.size();
        if (total > 0 && counts.get(TargetStatus.DONE) == total) {
            return TargetStatus.DONE;
        }
        if (counts.get(TargetStatus.NOT_STARTED) == total) {
            return TargetStatus.NOT_STARTED;
        }
        if (counts.get(TargetStatus.LATE) > 0) {
            return TargetStatus.LATE;
        }
        if (counts.get(TargetStatus.AT_RISK) > 0) {
            return TargetStatus.AT_RISK;
        }
        return TargetStatus.ON_TRACK;
    }

    /** How many of the activity's targets have each status. */
    public Map<TargetStatus, Integer> counts() {
        return StatusCounts.of(targets.stream().map(Progress::status).toList());
    }
}
