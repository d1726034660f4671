package mx.costjalisco.gms.platform.api;

import java.util.List;

/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * A text field that starts like a spreadsheet formula (=, +, -, @) is prefixed with an apostrophe so opening the
 * file in a spreadsheet never runs it.
 */
public final class Csv {

    /** For {@code @Produces}: CSV in UTF-8, chosen when the client asks for it (JSON stays the default). */
    public static final String PRODUCES = "text/csv;charset=UTF-8;qs=0.5";

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        row((Object[]) header);
    }

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields[i]));
        }
        text.append("\r\n");
        return this;
    }

    public Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String field = value.toString();
        if (value instanceof CharSequence && !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        if (field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
