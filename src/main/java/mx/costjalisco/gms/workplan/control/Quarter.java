package mx.costjalisco.gms.workplan.control;

import java.time.LocalDate;

/**
 * A quarter of a plan's year, which the quarterly report covers: its progress as of the quarter's last day and the
 * entries dated within it.
 *
 * @param year the plan's year
 * @param number 1 (January – March) to 4 (October – December)
 */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4: " + number);
        }
    }

    public static Quarter of(int year, int number) {
        return new Quarter(year, number);
    }

    /** The quarter {@code day} falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The quarter's last day: the day its report is computed as of. */
    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }
}
