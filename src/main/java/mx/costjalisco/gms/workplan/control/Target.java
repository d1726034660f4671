package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an activity of the work plan aims at: a quantity with a unit ("15 personas", "4 convenios", "3 millones de
 * receptores") or a milestone ("La versión 2 de la plataforma", "Reforma aplicada en Guadalajara"), within its period.
 *
 * <p>A quantity adds up its entries ({@link Aggregation#SUM}: people trained, agreements signed) or takes the latest
 * one ({@link Aggregation#LATEST}: a running count such as receivers reached, reported as the figure so far — the latest
 * figure wins even when it is lower than an earlier one). A milestone is counted as 1 when done and 0 when not: its
 * goal is 1, its latest entry says whether it is done, and it has no unit.
 *
 * @param kind a quantity or a milestone
 * @param goal more than zero; 1 for a milestone
 * @param unit of a quantity, e.g. "personas" (a key or word to show, not translated here); null for a milestone
 * @param aggregation how entries add up; {@link Aggregation#LATEST} for a milestone
 * @param period when the target is to be reached
 */
public record Target(Kind kind, BigDecimal goal, String unit, Aggregation aggregation, PlanPeriod period) {

    public enum Kind {
        QUANTITY,
        MILESTONE
    }

    public enum Aggregation {
        /** The sum of the entries. */
        SUM,
        /** The value of the latest entry (by date; among entries of the same day, the last given). */
        LATEST
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(period, "period");
        if (kind == Kind.QUANTITY) {
            if (goal.signum() <= 0) {
                throw new IllegalArgumentException("A target's goal must be more than zero: " + goal);
            }
            if (unit == null || unit.isBlank()) {
                throw new IllegalArgumentException("A quantity target needs a unit");
            }
        } else if (goal.compareTo(BigDecimal.ONE) != 0 || unit != null || aggregation != Aggregation.LATEST) {
            throw new IllegalArgumentException("A milestone has goal 1, no unit and takes its latest entry");
        }
    }

    public static Target quantity(BigDecimal goal, String unit, Aggregation aggregation, PlanPeriod period) {
        return new Target(Kind.QUANTITY, goal, unit, aggregation, period);
    }

    public static Target quantity(long goal, String unit, Aggregation aggregation, PlanPeriod period) {
        return quantity(BigDecimal.valueOf(goal), unit, aggregation, period);
    }

    public static Target milestone(PlanPeriod period) {
        return new Target(Kind.MILESTONE, BigDecimal.ONE, null, Aggregation.LATEST, period);
    }

    public boolean isMilestone() {
        return kind == Kind.MILESTONE;
    }

    /**
     * What the entries that count by the end of {@code day} come to: not withdrawn, dated on or before that day (entries
     * after the period's end count too). Zero when there are none.
     *
     * @throws IllegalArgumentException when a milestone has an entry other than done (1) or not done (0)
     */
    public BigDecimal value(List<Entry> entries, LocalDate day) {
        if (isMilestone()) {
            entries.stream()
                    .filter(entry ->
                            entry.value().signum() != 0 && entry.value().compareTo(BigDecimal.ONE) != 0)
                    .findAny()
                    .ifPresent(entry -> {
                        throw new IllegalArgumentException(
                                "A milestone's entry is done (1) or not done (0), not " + entry.value());
                    });
        }
        List<Entry> counted =
                entries.stream().filter(entry -> entry.countsBy(day)).toList();
        if (aggregation == Aggregation.SUM) {
            return counted.stream().map(Entry::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Entry latest = null;
        for (Entry entry : counted) {
            if (latest == null || !entry.date().isBefore(latest.date())) {
                latest = entry;
            }
        }
        return latest == null ? BigDecimal.ZERO : latest.value();
    }

    /** Whether the entries that count by the end of {@code day} reach the goal. */
    public boolean isReached(List<Entry> entries, LocalDate day) {
        return value(entries, day).compareTo(goal) >= 0;
    }
}
