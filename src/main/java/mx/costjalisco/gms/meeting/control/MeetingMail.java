package mx.costjalisco.gms.meeting.control;

import static mx.costjalisco.gms.platform.mail.Html.escape;

import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The body of a meeting notice, as plain text and as HTML with the same content: what, when, where, why (for an
 * update or a cancellation), the agenda with each item's approximate duration (art. 18 d), and the link to the
 * meeting's page, which leads there after sign-in.
 */
public record MeetingMail(
        Locale locale, Meeting meeting, String intro, String reason, List<AgendaItem> agenda, String link) {

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(Bundle.text(locale, "mail.greeting")).append("\n\n");
        text.append(intro).append("\n\n");
        for (String[] fact : facts()) {
            text.append(fact[0]).append(": ").append(fact[1]).append('\n');
        }
        if (reason != null) {
            text.append('\n')
                    .append(Bundle.text(locale, "mail.reason"))
                    .append(": ")
                    .append(reason)
                    .append('\n');
        }
        if (!agenda.isEmpty()) {
            text.append('\n').append(Bundle.text(locale, "convocation.agenda")).append(":\n");
            int n = 1;
            for (AgendaItem item : agenda) {
                text.append(n++).append(". ").append(item.getTitle());
                if (item.getMinutes() > 0) {
                    text.append(" (")
                            .append(Bundle.text(locale, "agenda.minutes", item.getMinutes()))
                            .append(')');
                }
                text.append('\n');
            }
        }
        text.append('\n')
                .append(Bundle.text(locale, "mail.meetingLink"))
                .append('\n')
                .append(link)
                .append("\n\n");
        text.append(Bundle.text(locale, "mail.signature")).append('\n');
        return text.toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(MeetingTexts.name(meeting, locale)))
                .append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;"
                        + "line-height:1.5;max-width:640px\">");
        html.append("<p>").append(escape(Bundle.text(locale, "mail.greeting"))).append("</p>");
        html.append("<p>").append(escape(intro)).append("</p>");
        html.append("<table role=\"presentation\" style=\"border-collapse:collapse\">");
        for (String[] fact : facts()) {
            html.append("<tr><th scope=\"row\" style=\"text-align:left;padding:2px 12px 2px 0\">")
                    .append(escape(fact[0]))
                    .append("</th><td>")
                    .append(escape(fact[1]))
                    .append("</td></tr>");
        }
        html.append("</table>");
        if (reason != null) {
            html.append("<p><strong>")
                    .append(escape(Bundle.text(locale, "mail.reason")))
                    .append(":</strong> ")
                    .append(escape(reason))
                    .append("</p>");
        }
        if (!agenda.isEmpty()) {
            html.append("<h2 style=\"font-size:1.1em\">")
                    .append(escape(Bundle.text(locale, "convocation.agenda")))
                    .append("</h2><ol>");
            for (AgendaItem item : agenda) {
                html.append("<li>").append(escape(item.getTitle()));
                if (item.getMinutes() > 0) {
                    html.append(" <span style=\"color:#555\">(")
                            .append(escape(Bundle.text(locale, "agenda.minutes", item.getMinutes())))
                            .append(")</span>");
                }
                html.append("</li>");
            }
            html.append("</ol>");
        }
        html.append("<p><a href=\"")
                .append(escape(link))
                .append("\">")
                .append(escape(Bundle.text(locale, "mail.meetingLink")))
                .append("</a></p>");
        html.append("<p>").append(escape(Bundle.text(locale, "mail.signature"))).append("</p>");
        html.append("</body></html>");
        return html.toString();
    }

    private List<String[]> facts() {
        List<String[]> facts = new java.util.ArrayList<>();
        facts.add(new String[] {Bundle.text(locale, "meeting.session"), MeetingTexts.name(meeting, locale)});
        facts.add(new String[] {Bundle.text(locale, "meeting.kind"), Bundle.label(locale, meeting.getKind())});
        facts.add(new String[] {Bundle.text(locale, "meeting.date"), MeetingTexts.day(meeting, locale)});
        facts.add(new String[] {Bundle.text(locale, "meeting.time"), MeetingTexts.hours(meeting, locale)});
        if (meeting.getPlace() != null) {
            facts.add(new String[] {Bundle.text(locale, "meeting.place"), meeting.getPlace()});
        }
        if (meeting.getVideoUrl() != null) {
            facts.add(new String[] {Bundle.text(locale, "meeting.videoUrl"), meeting.getVideoUrl()});
        }
        return facts;
    }
}
