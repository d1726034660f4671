package mx.costjalisco.gms.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Mexico's official rest days of one year, computed from the rules in force rather than kept as a list of dates.
 *
 * <p>Federal (Ley Federal del Trabajo art. 74): 1 January; the first Monday of February (Constitution Day); the
 * third Monday of March (Benito Juárez's birth); 1 May; 16 September; the third Monday of November (Revolution Day);
 * 1 October every six years when the federal executive changes hands (2024, 2030, …); 25 December.
 *
 * <p>Unlike many countries, Mexico does not move a fixed holiday that falls on a Saturday or Sunday to a working
 * day: 1 January 2023 was a Sunday and Monday 2 January 2023 was a normal working day. Generic holiday libraries get
 * this and the 1 October rule wrong, which is why the rules live here.
 *
 * <p>The rules are today's: the Monday holidays date from 2006 and the 1 October transmission from 2024 (the earlier
 * 1 December transmissions, the last in 2018, are not computed, since the system keeps no earlier sessions).
 */
public final class MexicanHolidays {

    /** The first year the federal executive changes hands on 1 October (constitutional reform of 2014). */
    public static final int FIRST_TRANSMISSION_YEAR = 2024;

    /** A federal term lasts six years, so the executive changes hands every six years. */
    private static final int TERM_YEARS = 6;

    private static final Comparator<RestDay> BY_DATE = Comparator.comparing(RestDay::date);

    private MexicanHolidays() {}

    /** The federal rest days of {@code year}, sorted by date, including those that fall on a weekend. */
    public static List<RestDay> federal(int year) {
        List<RestDay> days = new ArrayList<>(8);
        days.add(federal(LocalDate.of(year, Month.JANUARY, 1), "restDay.newYear"));
        days.add(federal(nthMonday(year, Month.FEBRUARY, 1), "restDay.constitution"));
        days.add(federal(nthMonday(year, Month.MARCH, 3), "restDay.benitoJuarez"));
        days.add(federal(LocalDate.of(year, Month.MAY, 1), "restDay.labour"));
        days.add(federal(LocalDate.of(year, Month.SEPTEMBER, 16), "restDay.independence"));
        if (isTransmissionYear(year)) {
            days.add(federal(LocalDate.of(year, Month.OCTOBER, 1), "restDay.transmission"));
        }
        days.add(federal(nthMonday(year, Month.NOVEMBER, 3), "restDay.revolution"));
        days.add(federal(LocalDate.of(year, Month.DECEMBER, 25), "restDay.christmas"));
        return List.copyOf(days);
    }

    /** The rest days of Jalisco's public servants in {@code year} among those {@code observed}, sorted by date. */
    public static List<RestDay> state(int year, Set<StateRestDay> observed) {
        List<RestDay> days = new ArrayList<>(observed.size());
        for (StateRestDay stateDay : observed) {
            stateDay.on(year)
                    .ifPresent(date -> days.add(new RestDay(date, RestDay.Origin.STATE, stateDay.reasonKey(), null)));
        }
        days.sort(BY_DATE);
        return List.copyOf(days);
    }

    /** Whether the federal executive changes hands on 1 October of {@code year}, making it a rest day. */
    public static boolean isTransmissionYear(int year) {
        return year >= FIRST_TRANSMISSION_YEAR && (year - FIRST_TRANSMISSION_YEAR) % TERM_YEARS == 0;
    }

    /** The {@code n}-th Monday of a month: the law places the movable holidays on a Monday to make long weekends. */
    static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    private static RestDay federal(LocalDate date, String reasonKey) {
        return new RestDay(date, RestDay.Origin.FEDERAL, reasonKey, null);
    }
}
