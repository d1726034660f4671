package mx.costjalisco.gms.minutes.control;

import static mx.costjalisco.gms.platform.mail.Html.escape;

import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The body of a minutes notice — review request, new version, reminder, approval, minuta — as plain text and as HTML
 * with the same content: what happened, the facts (minutes, version, deadline), an optional block of detail (what
 * changed, the secretary's note) and the link to the minutes' page, which leads there after sign-in.
 *
 * @param facts label → value pairs
 * @param detailTitle heading of the detail block, or null for none
 * @param detail the detail, plain text with line breaks
 */
public record MinutesMail(
        Locale locale,
        String intro,
        List<Fact> facts,
        String detailTitle,
        String detail,
        String linkText,
        String link) {

    public record Fact(String label, String value) {}

    public MinutesMail {
        facts = List.copyOf(facts);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(Bundle.text(locale, "mail.greeting")).append("\n\n");
        text.append(intro).append("\n\n");
        for (Fact fact : facts) {
            text.append(fact.label()).append(": ").append(fact.value()).append('\n');
        }
        if (detailTitle != null && detail != null && !detail.isBlank()) {
            text.append('\n')
                    .append(detailTitle)
                    .append(":\n")
                    .append(detail.strip())
                    .append('\n');
        }
        text.append('\n').append(linkText).append('\n').append(link).append("\n\n");
        text.append(Bundle.text(locale, "mail.signature")).append('\n');
        return text.toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(intro))
                .append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;"
                        + "line-height:1.5;max-width:640px\">");
        html.append("<p>").append(escape(Bundle.text(locale, "mail.greeting"))).append("</p>");
        html.append("<p>").append(escape(intro)).append("</p>");
        html.append("<table role=\"presentation\" style=\"border-collapse:collapse\">");
        for (Fact fact : facts) {
            html.append("<tr><th scope=\"row\" style=\"text-align:left;padding:2px 12px 2px 0\">")
                    .append(escape(fact.label()))
                    .append("</th><td>")
                    .append(escape(fact.value()))
                    .append("</td></tr>");
        }
        html.append("</table>");
        if (detailTitle != null && detail != null && !detail.isBlank()) {
            html.append("<h2 style=\"font-size:1.1em\">")
                    .append(escape(detailTitle))
                    .append("</h2><div style=\"white-space:pre-wrap;font-family:monospace\">")
                    .append(escape(detail.strip()))
                    .append("</div>");
        }
        html.append("<p><a href=\"")
                .append(escape(link))
                .append("\">")
                .append(escape(linkText))
                .append("</a></p>");
        html.append("<p>").append(escape(Bundle.text(locale, "mail.signature"))).append("</p>");
        html.append("</body></html>");
        return html.toString();
    }
}
