package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One month of a target's burn-up chart: what the entries came to by the month's end (by today, for the current month)
 * beside the ideal line — the goal spread evenly over the period's days, so it stays flat in months outside the period's
 * spans (between February, June and November).
 *
 * @param month the month
 * @param actual the target's value at the month's end or today; null for months after today's
 * @param ideal the goal times the share of the period elapsed at the month's end, to two decimals
 */
public record BurnUpPoint(YearMonth month, BigDecimal actual, BigDecimal ideal) {

    static final int IDEAL_SCALE = 2;

    public BurnUpPoint {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ideal, "ideal");
    }

    /** The points of every month from the period's first to its last, both included, as of the end of {@code today}. */
    public static List<BurnUpPoint> series(Target target, List<Entry> entries, LocalDate today) {
        PlanPeriod period = target.period();
        YearMonth current = YearMonth.from(today);
        List<BurnUpPoint> points = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.first());
                !month.isAfter(YearMonth.from(period.last()));
                month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            BigDecimal actual =
                    month.isAfter(current) ? null : target.value(entries, month.equals(current) ? today : end);
            BigDecimal ideal = target.goal()
                    .multiply(BigDecimal.valueOf(period.daysElapsed(end)))
                    .divide(BigDecimal.valueOf(period.totalDays()), IDEAL_SCALE, RoundingMode.HALF_EVEN);
            points.add(new BurnUpPoint(month, actual, ideal));
        }
        return List.copyOf(points);
    }
}
