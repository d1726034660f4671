package mx.costjalisco.gms.workplan.control;

import java.util.List;
import mx.costjalisco.gms.workplan.entity.Activity;

/** An activity with its targets' reports and the status rolled up from them. */
public record ActivityReport(Activity activity, List<TargetReport> targets, ActivityProgress progress) {

    public ActivityReport {
        targets = List.copyOf(targets);
    }

    public TargetStatus status() {
        return progress.status();
    }
}
