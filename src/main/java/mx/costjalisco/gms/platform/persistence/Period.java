package mx.costjalisco.gms.platform.persistence;

import java.time.LocalDate;

/**
 * Something that holds from a first day to an optional last day, both included: a membership, an appointment, an
 * office. Ending it sets the last day; nothing is deleted, so history stays readable.
 */
public interface Period {

    LocalDate getStartsOn();

    /** The last day it holds, or {@code null} while it has no end. */
    LocalDate getEndsOn();

    default boolean isCurrentOn(LocalDate day) {
        return !getStartsOn().isAfter(day)
                && (getEndsOn() == null || !getEndsOn().isBefore(day));
    }

    /**
     * Refuses to end the period on {@code lastDay} when it has already ended, when no day is given, or when the day
     * is before its start; {@code field} names the form field that holds the day.
     */
    default void checkCanEnd(LocalDate lastDay, String field) {
        if (getEndsOn() != null) {
            throw new BusinessRuleException("period.alreadyEnded");
        }
        if (lastDay == null) {
            throw BusinessRuleException.onField(field, "field.required");
        }
        if (isReversed(getStartsOn(), lastDay)) {
            throw BusinessRuleException.onField(field, "period.endsBeforeStart");
        }
    }

    /** Whether the period ends before it starts: the one shape of period that is never valid. */
    static boolean isReversed(LocalDate startsOn, LocalDate endsOn) {
        return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
    }
}
