package mx.costjalisco.gms.platform.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A rest day of Jalisco's public servants beyond the federal ones (Ley para los Servidores Públicos del Estado de
 * Jalisco y sus Municipios, art. 38). State offices close on these days, so deadlines that involve the state's
 * member institutions skip them.
 *
 * <p>The secretary chooses which ones to observe, because the state calendar changes by reform: the anniversary of
 * the state (the second Monday of June) was added in 2023 and its repeal was proposed in 2025. Like the federal
 * days, a state day that falls on a weekend is not moved.
 */
public enum StateRestDay {
    /** Battle of Puebla. */
    MAY_5("restDay.state.may5", MonthDay.of(Month.MAY, 5)),
    /** Public Servant's Day in Jalisco. */
    SEPTEMBER_28("restDay.state.september28", MonthDay.of(Month.SEPTEMBER, 28)),
    /** Día de la Nación Pluricultural (formerly Día de la Raza). */
    OCTOBER_12("restDay.state.october12", MonthDay.of(Month.OCTOBER, 12)),
    /** Day of the Dead. */
    NOVEMBER_2("restDay.state.november2", MonthDay.of(Month.NOVEMBER, 2)),
    /**
     * Anniversary of the Free and Sovereign State of Jalisco (16 June 1823). The 2023 reform made its bicentenary,
     * Friday 16 June 2023, a rest day, and the second Monday of June every year after; before 2023 there is none.
     */
    SECOND_MONDAY_OF_JUNE("restDay.state.secondMondayOfJune", null) {
        @Override
        public Optional<LocalDate> on(int year) {
            if (year < FIRST_YEAR_OF_JALISCO_ANNIVERSARY) {
                return Optional.empty();
            }
            if (year == FIRST_YEAR_OF_JALISCO_ANNIVERSARY) {
                return Optional.of(LocalDate.of(year, Month.JUNE, 16));
            }
            return Optional.of(MexicanHolidays.nthMonday(year, Month.JUNE, 2));
        }
    };

    /** The year the reform that created the anniversary rest day took effect. */
    public static final int FIRST_YEAR_OF_JALISCO_ANNIVERSARY = 2023;

    private final String reasonKey;
    private final MonthDay fixedDay;

    StateRestDay(String reasonKey, MonthDay fixedDay) {
        this.reasonKey = reasonKey;
        this.fixedDay = fixedDay;
    }

    /** The day it falls on in {@code year}, or empty when the state did not rest on it that year. */
    public Optional<LocalDate> on(int year) {
        return Optional.of(fixedDay.atYear(year));
    }

    /** The bundle key of its name as a reason for resting, e.g. in a list of the year's rest days. */
    public String reasonKey() {
        return reasonKey;
    }

    /**
     * The state days observed unless the secretary says otherwise: all of them, since every one is law today; the
     * anniversary stays in until its repeal passes, and then the secretary switches it off.
     */
    public static Set<StateRestDay> defaults() {
        return Collections.unmodifiableSet(EnumSet.allOf(StateRestDay.class));
    }
}
