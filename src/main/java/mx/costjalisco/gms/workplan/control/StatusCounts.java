package mx.costjalisco.gms.workplan.control;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many targets (or activities) have each status; every status is present, zero when none has it. */
final class StatusCounts {

    private StatusCounts() {}

    static Map<TargetStatus, Integer> of(Collection<TargetStatus> statuses) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus status : TargetStatus.values()) {
            counts.put(status, 0);
        }
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
