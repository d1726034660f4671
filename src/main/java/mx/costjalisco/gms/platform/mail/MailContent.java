package mx.costjalisco.gms.platform.mail;

import java.util.List;

/**
 * What to send: the same content to one or more recipients. The text is required (every client can show it); the
 * HTML is the rich alternative. A calendar invitation ({@code calendar}, iCalendar text) goes as the
 * {@code text/calendar} alternative Outlook needs and as an {@code invite.ics} attachment for the others, with its
 * {@code calendarMethod} ({@code REQUEST} or {@code CANCEL}).
 */
public record MailContent(
        String subject,
        String text,
        String html,
        List<MailAttachment> attachments,
        String calendar,
        String calendarMethod) {

    public MailContent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Plain text and HTML, no attachments, no invitation. */
    public static MailContent of(String subject, String text, String html) {
        return new MailContent(subject, text, html, List.of(), null, null);
    }

    public boolean hasCalendar() {
        return calendar != null && !calendar.isBlank();
    }
}
