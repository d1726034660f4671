package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a target has come on a given day, as {@link StatusRule#evaluate} computes it.
 *
 * @param value what the counted entries come to (the sum, or the latest figure); 0 or 1 for a milestone
 * @param goal the target's goal; 1 for a milestone
 * @param achievedRaw value divided by goal, uncapped: 1.05 when 105 of 100 people were trained
 * @param expected the share of the period elapsed, 0 to 1
 * @param status where the target stands
 * @param reason the rule that decided the status
 */
public record Progress(
        BigDecimal value,
        BigDecimal goal,
        BigDecimal achievedRaw,
        BigDecimal expected,
        TargetStatus status,
        Reason reason) {

    public Progress {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(achievedRaw, "achievedRaw");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** The share achieved for display, 0 to 1: a goal exceeded shows as reached, not beyond. */
    public BigDecimal achieved() {
        return achievedRaw.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE.setScale(Ratio.SCALE) : achievedRaw;
    }
}
