package mx.costjalisco.gms.minutes.control;

import java.util.Locale;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Comparison;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Line;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Section;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Segment;
import mx.costjalisco.gms.platform.mail.Html;
import mx.costjalisco.gms.platform.web.Bundle;

/** Writes a {@link Comparison} for a page (HTML) and for an e-mail (plain text); see {@link MinutesDiff#html}. */
final class DiffRendering {

    /** The stylesheet's class for text only a screen reader speaks (gms.css). */
    private static final String SCREEN_READER_ONLY = "sr-only";

    private DiffRendering() {}

    static String html(Comparison comparison, Locale locale) {
        StringBuilder out = new StringBuilder("<div class=\"gms-diff\">");
        if (comparison.isEmpty()) {
            out.append("<p class=\"gms-diff-none\">")
                    .append(Html.escape(Bundle.text(locale, "minutesDiff.none")))
                    .append("</p>");
        }
        String inserted = screenReader(locale, "minutesDiff.inserted");
        String deleted = screenReader(locale, "minutesDiff.deleted");
        for (Section section : comparison.sections()) {
            out.append("<h3>")
                    .append(Html.escape(MinutesDiff.title(section, locale)))
                    .append("</h3><ul class=\"gms-diff-lines\">");
            for (Line line : section.lines()) {
                out.append("<li class=\"gms-diff-")
                        .append(line.kind().name().toLowerCase(Locale.ROOT))
                        .append("\">");
                if (line.kind() == MinutesDiff.Kind.SKIPPED) {
                    out.append(Html.escape(Bundle.text(locale, "minutesDiff.skipped", line.skipped())));
                }
                for (Segment segment : line.segments()) {
                    String text = Html.escape(segment.text());
                    switch (segment.op()) {
                        case SAME -> out.append(text);
                        case INSERTED ->
                            out.append("<ins>").append(inserted).append(text).append("</ins>");
                        case DELETED ->
                            out.append("<del>").append(deleted).append(text).append("</del>");
                    }
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        return out.append("</div>").toString();
    }

    private static String screenReader(Locale locale, String key) {
        return "<span class=\"" + SCREEN_READER_ONLY + "\">" + Html.escape(Bundle.text(locale, key)) + " </span>";
    }

    static String text(Comparison comparison, Locale locale) {
        if (comparison.isEmpty()) {
            return Bundle.text(locale, "minutesDiff.none") + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (Section section : comparison.sections()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(MinutesDiff.title(section, locale)).append('\n');
            for (Line line : section.lines()) {
                String body = switch (line.kind()) {
                    case ADDED -> "+ " + line.newerText();
                    case REMOVED -> "- " + line.olderText();
                    case UNCHANGED -> "  " + line.newerText();
                    case SKIPPED -> "  " + Bundle.text(locale, "minutesDiff.skipped", line.skipped());
                    case CHANGED -> "~ " + marked(line);
                };
                // A line break inside a paragraph keeps the paragraph's indent, so the markers stay in one column.
                out.append(body.replace("\n", "\n  ")).append('\n');
            }
        }
        return out.toString();
    }

    private static String marked(Line line) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : line.segments()) {
            switch (segment.op()) {
                case SAME -> text.append(segment.text());
                case DELETED -> text.append("[-").append(segment.text()).append("-]");
                case INSERTED -> text.append("{+").append(segment.text()).append("+}");
            }
        }
        return text.toString();
    }
}
