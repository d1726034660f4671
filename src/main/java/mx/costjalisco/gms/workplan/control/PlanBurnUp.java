package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole plan's burn-up: for each month of the plan's year, the average share of their goal the targets had reached
 * by the month's end (each capped at its goal, so one target far ahead does not hide others behind) beside the average
 * share of their periods elapsed — the line the plan would follow if every target kept pace with time.
 *
 * @param month the month
 * @param actual average share reached, 0 to 1; null for months after the report's day
 * @param ideal average share of the targets' time elapsed, 0 to 1
 */
public record PlanBurnUp(YearMonth month, BigDecimal actual, BigDecimal ideal) {

    public static List<PlanBurnUp> series(PlanReport report) {
        List<TargetReport> targets = report.targets();
        List<PlanBurnUp> points = new ArrayList<>();
        YearMonth current = YearMonth.from(report.asOf());
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(report.plan().getYear(), m);
            LocalDate end = month.atEndOfMonth();
            LocalDate day = month.equals(current) ? report.asOf() : end;
            BigDecimal actual = BigDecimal.ZERO;
            BigDecimal ideal = BigDecimal.ZERO;
            for (TargetReport target : targets) {
                Target definition = target.definition();
                BigDecimal share = Ratio.of(definition.value(target.entries(), day), definition.goal());
                actual = actual.add(share.min(BigDecimal.ONE));
                ideal = ideal.add(definition.period().elapsedFraction(end));
            }
            int count = Math.max(1, targets.size());
            points.add(new PlanBurnUp(
                    month,
                    month.isAfter(current) ? null : actual.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_EVEN),
                    ideal.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_EVEN)));
        }
        return List.copyOf(points);
    }
}
