package mx.costjalisco.gms.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * A day on which the GMS's member institutions do not work, and why.
 *
 * @param date the day; a rest day may fall on a weekend, since Mexico does not move a holiday to a working day
 * @param origin who made it a rest day
 * @param reasonKey the bundle key of its name: {@code restDay.newYear}, {@code restDay.state.may5}, …; {@value
 *     #DECLARED_KEY} for a declared day
 * @param description the secretary's words for a declared day ("Semana Santa"); {@code null} for federal and state
 *     days, whose name comes from the bundle
 */
public record RestDay(LocalDate date, Origin origin, String reasonKey, String description) {

    /** The reason key of every day the secretary declares; the day's {@link #description()} says why. */
    public static final String DECLARED_KEY = "restDay.declared";

    /** Who made a day a rest day. When two sources name the same day, the earlier constant wins. */
    public enum Origin {
        /** Ley Federal del Trabajo art. 74: binds every employer. */
        FEDERAL,
        /** Ley para los Servidores Públicos del Estado de Jalisco y sus Municipios art. 38: state offices close. */
        STATE,
        /** Declared by the secretary for one year: Holy Week, year-end vacations. */
        DECLARED
    }

    public RestDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }

    /** A day the secretary declares non-working, with the reason shown to members. */
    public static RestDay declared(LocalDate date, String description) {
        return new RestDay(date, Origin.DECLARED, DECLARED_KEY, description);
    }

    /**
     * Every day from {@code first} to {@code last}, both included, declared non-working for the same reason. Weekend
     * days in the range are included: the secretary declared the whole stretch, and a calendar shows it unbroken.
     */
    public static List<RestDay> declared(LocalDate first, LocalDate last, String description) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The range ends on " + last + ", before it starts on " + first);
        }
        List<RestDay> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(declared(day, description));
        }
        return List.copyOf(days);
    }

    /** Why the day is not worked, as people read it: the secretary's words for a declared day, else the law's. */
    public String reason(Locale locale) {
        return description != null ? description : Bundle.text(locale, reasonKey);
    }

    /** Whether this day was declared by the secretary rather than given by law. */
    public boolean isDeclared() {
        return origin == Origin.DECLARED;
    }
}
