package mx.costjalisco.gms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import mx.costjalisco.gms.platform.config.TimeConfiguration;

/**
 * Dates and times as people read them, in the page's language and the GMS's time zone:
 * {@code #{fmt.date(institution.joinedOn)}} gives "4 nov 2019" in Spanish, "Nov 4, 2019" in English.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    private TimeConfiguration time;

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public String longDate(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = time.zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(instant.atZone(zone));
    }

    /** A local date-time of the GMS (a meeting's start), e.g. "18 may 2023, 9:00". */
    public String localDateTime(LocalDateTime at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(at);
    }

    /** A file size people read: "820 KB", "3.4 MB". */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The label of an enum constant in the page's language. */
    public String label(Enum<?> constant) {
        return Bundle.label(locale(), constant);
    }

    /** A message of the bundle with one argument, in the page's language: {@code #{fmt.text('key', value)}}. */
    public String text(String key, Object argument) {
        return Bundle.text(locale(), key, argument == null ? "" : String.valueOf(argument));
    }

    /** A message with two arguments. */
    public String text2(String key, Object first, Object second) {
        return Bundle.text(
                locale(),
                key,
                first == null ? "" : String.valueOf(first),
                second == null ? "" : String.valueOf(second));
    }

    /**
     * Codes of an outside codelist in the page's language, e.g. {@code #{fmt.codes('oc4ids.projectSector',
     * p.sector)}}: "Transporte, Transporte por carretera"; codes the bundle does not name as published.
     */
    public String codes(String prefix, String codes) {
        return Bundle.codes(locale(), prefix, codes);
    }

    /** A label by its key in the page's language (e.g. {@code IdsPoint.Phase.PREPARATION}). */
    public String key(String key) {
        return Bundle.text(locale(), key);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : LocaleBacking.SPANISH;
    }
}
