package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an activity or a target is carried out: one or more spans of whole days. The 2023 plan has periods such as "26
 * de enero 2023", "Marzo 2023", "Julio – diciembre", and "Febrero, Junio y Noviembre"; time between the spans does not
 * count, so a campaign run in February, June and November has used a third of its time at the end of February and no
 * more until June begins.
 *
 * <p>The spans are kept sorted, with overlapping or adjacent ones merged, so a day is never counted twice. A day counts
 * as elapsed once it has begun: on the only day of a one-day period the whole period has elapsed.
 *
 * <p>Named apart from {@code platform.persistence.Period}, the open-ended first-to-last day of a membership or an
 * office: a plan's period is closed and may have gaps.
 *
 * @param spans the spans, sorted and merged; at least one
 */
public record PlanPeriod(List<Span> spans) {

    /**
     * Consecutive days, both ends included.
     *
     * @param first the first day
     * @param last the last day; the same as {@code first} for a single day
     */
    public record Span(LocalDate first, LocalDate last) {

        public Span {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("A span cannot end (" + last + ") before it starts (" + first + ")");
            }
        }

        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }

        /** Days of this span up to and including {@code day}. */
        long daysElapsed(LocalDate day) {
            if (day.isBefore(first)) {
                return 0;
            }
            LocalDate end = day.isBefore(last) ? day : last;
            return ChronoUnit.DAYS.between(first, end) + 1;
        }
    }

    public PlanPeriod {
        Objects.requireNonNull(spans, "spans");
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("A period needs at least one span");
        }
        spans = merged(spans);
    }

    public static PlanPeriod day(LocalDate day) {
        return between(day, day);
    }

    public static PlanPeriod day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    /** From {@code first} to {@code last}, both included. */
    public static PlanPeriod between(LocalDate first, LocalDate last) {
        return new PlanPeriod(List.of(new Span(first, last)));
    }

    /** A whole calendar month, e.g. {@code month(2023, 3)} for "Marzo 2023". */
    public static PlanPeriod month(int year, int month) {
        return months(year, month, month);
    }

    /** Whole months of one year, e.g. {@code months(2023, 7, 12)} for "Julio – diciembre": 1 July to 31 December. */
    public static PlanPeriod months(int year, int firstMonth, int lastMonth) {
        if (lastMonth < firstMonth) {
            throw new IllegalArgumentException("A span of months cannot end (month " + lastMonth
                    + ") before it starts (month " + firstMonth + ")");
        }
        return between(
                YearMonth.of(year, firstMonth).atDay(1),
                YearMonth.of(year, lastMonth).atEndOfMonth());
    }

    /** All the days of the given periods, e.g. "Febrero, Junio y Noviembre" as the union of three months. */
    public static PlanPeriod union(PlanPeriod... parts) {
        return new PlanPeriod(
                Arrays.stream(parts).flatMap(part -> part.spans().stream()).toList());
    }

    public LocalDate first() {
        return spans.get(0).first();
    }

    public LocalDate last() {
        return spans.get(spans.size() - 1).last();
    }

    /** Days inside the spans; days between them do not count. */
    public long totalDays() {
        return spans.stream().mapToLong(Span::days).sum();
    }

    /** Days inside the spans up to and including {@code today}. */
    public long daysElapsed(LocalDate today) {
        return spans.stream().mapToLong(span -> span.daysElapsed(today)).sum();
    }

    /** Whether the day lies inside one of the spans (it adds an elapsed day). */
    public boolean covers(LocalDate day) {
        return daysElapsed(day) > daysElapsed(day.minusDays(1));
    }

    public boolean hasBegun(LocalDate today) {
        return !today.isBefore(first());
    }

    /** Whether the last day has passed; on the last day the period is still running. */
    public boolean isOver(LocalDate today) {
        return today.isAfter(last());
    }

    /** The share of the period's days elapsed by the end of {@code today}: 0 before it begins, 1 from its last day. */
    public BigDecimal elapsedFraction(LocalDate today) {
        return Ratio.of(daysElapsed(today), totalDays());
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.forEach(span -> Objects.requireNonNull(span, "span"));
        sorted.sort(Comparator.comparing(Span::first));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0
                    && !span.first().isAfter(merged.get(lastIndex).last().plusDays(1))) {
                Span previous = merged.get(lastIndex);
                LocalDate end = span.last().isAfter(previous.last()) ? span.last() : previous.last();
                merged.set(lastIndex, new Span(previous.first(), end));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }
}
