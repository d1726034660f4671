package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a target of the work plan is on track, at risk or late, judged by comparing the share of its goal achieved
 * with the share of its period elapsed (design: "a running target is on track, at risk or late by comparing progress
 * with elapsed time"). The rules, in order:
 *
 * <ol>
 *   <li><b>DONE</b> when the value reaches the goal, or the milestone is done — whatever the date, even before the
 *       period begins or after it ends (entries after the end count).
 *   <li><b>NOT_STARTED</b> before the period begins, when nothing has been done. A quantity with something already done
 *       is judged as running, with nothing of its time elapsed (so it is on track).
 *   <li><b>LATE</b> once the period is over and the goal was not reached.
 *   <li>While a quantity runs, with <i>achieved</i> = value / goal and <i>expected</i> = share of the period's days
 *       elapsed by the end of the day (today included): <b>ON_TRACK</b> when achieved ≥ expected − {@code tolerance};
 *       <b>AT_RISK</b> when achieved ≥ expected − {@code lateMargin}; otherwise <b>LATE</b>. A one-day period expects
 *       everything on its day.
 *   <li>While a milestone runs, not done: <b>ON_TRACK</b> until the last {@code milestoneRiskShare} of its period has
 *       begun, then <b>AT_RISK</b>.
 * </ol>
 *
 * <p>The defaults — 10 points of tolerance, 30 points to be late, the last quarter of a milestone's period at risk —
 * are a starting point; the thresholds are configuration.
 *
 * @param tolerance how far behind the time elapsed a quantity may be and still be on track, 0 to {@code lateMargin}
 * @param lateMargin how far behind a quantity may be and only be at risk, {@code tolerance} to 1
 * @param milestoneRiskShare the final share of a milestone's period in which, not done, it is at risk, 0 to 1
 */
public record StatusRule(BigDecimal tolerance, BigDecimal lateMargin, BigDecimal milestoneRiskShare) {

    public static final StatusRule DEFAULT =
            new StatusRule(new BigDecimal("0.10"), new BigDecimal("0.30"), new BigDecimal("0.25"));

    public StatusRule {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(lateMargin, "lateMargin");
        Objects.requireNonNull(milestoneRiskShare, "milestoneRiskShare");
        if (tolerance.signum() < 0 || lateMargin.compareTo(tolerance) < 0 || lateMargin.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 <= tolerance (" + tolerance
                    + ") <= late margin (" + lateMargin + ") <= 1");
        }
        if (milestoneRiskShare.signum() < 0 || milestoneRiskShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "A milestone's risk share must be between 0 and 1: " + milestoneRiskShare);
        }
    }

    /** The progress of {@code target} as of the end of {@code today}, from its {@code entries} (in recording order). */
    public Progress evaluate(Target target, List<Entry> entries, LocalDate today) {
        PlanPeriod period = target.period();
        BigDecimal value = target.value(entries, today);
        BigDecimal achieved = Ratio.of(value, target.goal());
        BigDecimal expected = period.elapsedFraction(today);
        TargetStatus status;
        Reason reason;
        if (value.compareTo(target.goal()) >= 0) {
            status = TargetStatus.DONE;
            reason = Reason.GOAL_REACHED;
        } else if (!period.hasBegun(today) && value.signum() == 0) {
            status = TargetStatus.NOT_STARTED;
            reason = Reason.PERIOD_NOT_BEGUN;
        } else if (period.isOver(today)) {
            status = TargetStatus.LATE;
            reason = Reason.PERIOD_OVER;
        } else if (target.isMilestone()) {
            boolean dueSoon = expected.compareTo(BigDecimal.ONE.subtract(milestoneRiskShare)) > 0;
            status = dueSoon ? TargetStatus.AT_RISK : TargetStatus.ON_TRACK;
            reason = dueSoon ? Reason.DUE_SOON : Reason.NOT_DUE_YET;
        } else if (achieved.compareTo(expected) >= 0) {
            status = TargetStatus.ON_TRACK;
            reason = Reason.AHEAD;
        } else if (achieved.compareTo(expected.subtract(tolerance)) >= 0) {
            status = TargetStatus.ON_TRACK;
            reason = Reason.WITHIN_TOLERANCE;
        } else if (achieved.compareTo(expected.subtract(lateMargin)) >= 0) {
            status = TargetStatus.AT_RISK;
            reason = Reason.BEHIND_TIME;
        } else {
            status = TargetStatus.LATE;
            reason = Reason.FAR_BEHIND_TIME;
        }
        return new Progress(value, target.goal(), achieved, expected, status, reason);
    }
}
