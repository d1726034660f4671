package mx.costjalisco.gms.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are business days (<i>días hábiles</i>), and the deadlines counted in them.
 *
 * <p>A business day is a Monday to Friday that is none of: a federal rest day, an observed state rest day, a day the
 * secretary declared non-working. The convocation rule reads "at least five business days before the session": at
 * least five whole business days must lie between the day it is sent and the session day, neither counted, so a
 * session on Thursday 18 May 2023 must be convened on Wednesday 10 May 2023 at the latest.
 *
 * <p>Immutable and safe to share between threads. The rest days of a year are computed the first time a day of that
 * year is asked about, then kept.
 */
public final class BusinessCalendar {

    private final Set<StateRestDay> observedStateDays;
    private final Map<Integer, List<RestDay>> declaredByYear;
    private final Map<Integer, NavigableMap<LocalDate, RestDay>> restDaysByYear = new ConcurrentHashMap<>();

    /**
     * @param observedStateDays the Jalisco rest days to skip, e.g. {@link StateRestDay#defaults()}
     * @param declaredDays the days the secretary declared non-working, each of origin {@link RestDay.Origin#DECLARED}
     */
    public BusinessCalendar(Set<StateRestDay> observedStateDays, Collection<RestDay> declaredDays) {
        this.observedStateDays = observedStateDays.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(StateRestDay.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(observedStateDays));
        Map<Integer, List<RestDay>> byYear = new HashMap<>();
        for (RestDay day : declaredDays) {
            if (!day.isDeclared()) {
                // Law-given days come from the rules and the observed set; taking them here would let a state day the
                // secretary switched off come back in.
                throw new IllegalArgumentException("Not a declared day: " + day);
            }
            byYear.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>())
                    .add(day);
        }
        byYear.replaceAll((year, days) -> List.copyOf(days));
        this.declaredByYear = Map.copyOf(byYear);
    }

    /** A calendar with the federal rest days only, for institutions outside the state government. */
    public static BusinessCalendar federalOnly() {
        return new BusinessCalendar(Set.of(), List.of());
    }

    /** The state rest days this calendar observes. */
    public Set<StateRestDay> observedStateDays() {
        return observedStateDays;
    }

    /** Whether {@code day} is a Monday to Friday that is not a rest day. */
    public boolean isBusinessDay(LocalDate day) {
        return !isWeekend(day) && !restDaysOf(day.getYear()).containsKey(day);
    }

    /**
     * The rest day on {@code day}, or empty for a business day or a plain weekend day. When several sources name the
     * same day, the federal day wins over the state day, and the state day over a declared one: the law's reason is
     * the one to show.
     */
    public Optional<RestDay> restDay(LocalDate day) {
        return Optional.ofNullable(restDaysOf(day.getYear()).get(day));
    }

    /**
     * Every rest day of {@code year} (federal, observed state, declared), sorted by date, one per date as
     * {@link #restDay(LocalDate)} reports it; days that fall on a weekend are included.
     */
    public List<RestDay> restDays(int year) {
        return List.copyOf(restDaysOf(year).values());
    }

    /**
     * The last day a notice can be sent so that at least {@code wholeBusinessDays} business days lie strictly between
     * it and {@code sessionDay}: the business day just before the {@code wholeBusinessDays}-th business day before the
     * session. The result is itself a business day, since a notice sent on a rest day would reach closed offices.
     */
    public LocalDate latestNoticeDay(LocalDate sessionDay, int wholeBusinessDays) {
        if (wholeBusinessDays < 0) {
            throw new IllegalArgumentException("A notice period cannot be negative: " + wholeBusinessDays);
        }
        return businessDaysBefore(sessionDay, wholeBusinessDays + 1);
    }

    /** How many business days lie strictly between {@code from} and {@code to}, neither counted; 0 if none. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The {@code n}-th business day before {@code day} (1 is the previous business day), e.g. for a reminder. */
    public LocalDate businessDaysBefore(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Count at least one business day back, not " + n);
        }
        LocalDate found = day;
        for (int i = 0; i < n; i++) {
            found = previousBusinessDay(found);
        }
        return found;
    }

    /** The first business day strictly after {@code day}. */
    public LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The last business day strictly before {@code day}. */
    public LocalDate previousBusinessDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!isBusinessDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    private NavigableMap<LocalDate, RestDay> restDaysOf(int year) {
        return restDaysByYear.computeIfAbsent(year, this::computeRestDays);
    }

    private NavigableMap<LocalDate, RestDay> computeRestDays(int year) {
        NavigableMap<LocalDate, RestDay> days = new TreeMap<>();
        // Inserted by precedence, so the first source to name a day keeps it.
        MexicanHolidays.federal(year).forEach(day -> days.putIfAbsent(day.date(), day));
        MexicanHolidays.state(year, observedStateDays).forEach(day -> days.putIfAbsent(day.date(), day));
        declaredByYear.getOrDefault(year, List.of()).forEach(day -> days.putIfAbsent(day.date(), day));
        return Collections.unmodifiableNavigableMap(days);
    }
}
