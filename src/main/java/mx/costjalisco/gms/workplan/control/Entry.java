package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress entry of a target: on {@code date}, {@code value} more people trained, agreements signed, or receivers
 * reached so far (for a target that takes the latest figure). A milestone's entry says done (1) or not done (0), so a
 * milestone reopened after being marked done is recorded, not erased.
 *
 * <p>An entry counts from its date on: one dated in the future is ignored until that day. A withdrawn entry (recorded
 * by mistake, kept for the audit trail) never counts.
 *
 * @param date the day the progress happened
 * @param value zero or more
 * @param withdrawn whether the entry was withdrawn
 */
public record Entry(LocalDate date, BigDecimal value, boolean withdrawn) {

    public Entry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A progress entry cannot be negative: " + value);
        }
    }

    public static Entry of(LocalDate date, BigDecimal value) {
        return new Entry(date, value, false);
    }

    public static Entry of(LocalDate date, long value) {
        return of(date, BigDecimal.valueOf(value));
    }

    /** A milestone reached on {@code date}. */
    public static Entry done(LocalDate date) {
        return of(date, BigDecimal.ONE);
    }

    /** A milestone found not reached (or reopened) on {@code date}. */
    public static Entry notDone(LocalDate date) {
        return of(date, BigDecimal.ZERO);
    }

    /** The same entry, withdrawn. */
    public Entry withdraw() {
        return new Entry(date, value, true);
    }

    /** Whether the entry counts for the progress as of the end of {@code day}. */
    public boolean countsBy(LocalDate day) {
        return !withdrawn && !date.isAfter(day);
    }
}
