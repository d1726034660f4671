package mx.costjalisco.gms.platform.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The user-visible texts ({@code i18n/messages*.properties}): Spanish (es-MX) is the base bundle, English beside it.
 * Dates given as arguments are written out in the reader's language ("4 de noviembre de 2019").
 */
public final class Bundle {

    public static final String NAME = "mx.costjalisco.gms.i18n.messages";

    /** The language of the GMS's records: texts the system writes into them (e.g. "Sustituido por …") use it. */
    public static final Locale RECORD_LOCALE = Locale.forLanguageTag("es-MX");

    private Bundle() {}

    /** The text for a key, formatted with arguments; the key itself, marked, when it is missing. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(NAME, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof LocalDate date
                    ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale)
                            .format(date)
                    : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * Codes of an outside codelist (several joined by ", ") named in the bundle under {@code prefix.code}, joined the
     * same way; a code the bundle does not name stays as it is (a publisher's own code is still worth reading).
     */
    public static String codes(Locale locale, String prefix, String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(NAME, locale);
        StringJoiner shown = new StringJoiner(", ");
        for (String code : codes.split(",\\s*")) {
            String key = prefix + "." + code.strip();
            shown.add(bundle.containsKey(key) ? bundle.getString(key) : code.strip());
        }
        return shown.toString();
    }

    /** The label of an enum constant, kept in the bundle as {@code EnumClass.CONSTANT}. */
    public static String label(Locale locale, Enum<?> constant) {
        return constant == null
                ? ""
                : text(locale, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
