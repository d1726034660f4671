package mx.costjalisco.gms.platform.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code meetings/edit/rest-days.xhtml}: the business-day calendar of a year as the GMS keeps it — the law's rest days,
 * the state days it observes, and the days the secretary declares — and changing it.
 */
@Named
@ViewScoped
public class RestDaysBacking implements Serializable {

    @Inject
    private RestDayService service;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Integer year;
    private List<Row> rows;
    private List<StateDay> stateDays;

    private LocalDate first;
    private LocalDate last;
    private String description;

    /** A rest day of the year, and the declared record behind it when the secretary declared it. */
    public record Row(RestDay day, DeclaredRestDay declared) implements Serializable {

        public boolean isWeekend() {
            return day.date().getDayOfWeek() == DayOfWeek.SATURDAY || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    /** A state rest day, whether the GMS observes it, and when it falls in the year shown. */
    public static class StateDay implements Serializable {

        private final StateRestDay code;
        private final LocalDate on;
        private boolean observed;

        StateDay(StateRestDay code, LocalDate on, boolean observed) {
            this.code = code;
            this.on = on;
            this.observed = observed;
        }

        public StateRestDay getCode() {
            return code;
        }

        public LocalDate getOn() {
            return on;
        }

        public boolean isObserved() {
            return observed;
        }

        public void setObserved(boolean observed) {
            this.observed = observed;
        }
    }

    public void load() {
        if (year == null || year < 2000 || year > 2100) {
            year = LocalDate.now(clock).getYear();
        }
        refresh();
    }

    private void refresh() {
        BusinessCalendar calendar = service.calendar();
        Map<LocalDate, DeclaredRestDay> declared = service.declaredDays().stream()
                .collect(Collectors.toMap(DeclaredRestDay::getDay, Function.identity(), (a, b) -> a));
        rows = new ArrayList<>();
        for (RestDay day : calendar.restDays(year)) {
            rows.add(new Row(day, day.isDeclared() ? declared.get(day.date()) : null));
        }
        Set<StateRestDay> observed = calendar.observedStateDays();
        stateDays = new ArrayList<>();
        for (StateRestDay code : StateRestDay.values()) {
            stateDays.add(new StateDay(code, code.on(year).orElse(null), observed.contains(code)));
        }
    }

    public void observe(StateDay day) {
        service.observe(day.getCode(), day.isObserved());
        messages.info(
                day.isObserved() ? "restDays.observed" : "restDays.notObserved",
                messages.text("StateRestDay." + day.getCode().name()));
        refresh();
    }

    public void declare() {
        try {
            if (last == null || last.equals(first)) {
                service.declare(first, description);
                messages.info("restDays.declaredOne", first);
            } else {
                int count = service.declareSpan(first, last, description);
                messages.info("restDays.declaredSpan", count);
            }
            first = null;
            last = null;
            description = null;
            refresh();
        } catch (BusinessRuleException refused) {
            messages.error("declareForm", refused);
        }
    }

    public void withdraw(DeclaredRestDay day) {
        try {
            service.withdraw(day.getId(), day.getVersion());
            messages.info("restDays.withdrawn", day.getDay());
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error(null, refused);
        }
        refresh();
    }

    /** The name of a rest day: the law's, or the secretary's words for a declared one. */
    public String reasonOf(RestDay day) {
        return day.reason(messages.locale());
    }

    /** "lunes 6 de febrero de 2023": the weekday shows at a glance which rest days fall on a weekend. */
    public String fullDate(LocalDate day) {
        return DateTimeFormatter.ofPattern(messages.text("format.fullDate"), messages.locale())
                .format(day);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<StateDay> getStateDays() {
        return stateDays;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
