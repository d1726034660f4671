package mx.costjalisco.gms.account.control;

import static mx.costjalisco.gms.platform.mail.Html.escape;

import java.util.List;
import mx.costjalisco.gms.platform.mail.MailContent;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The mails that carry a password link, in Spanish (the GMS's language) from the bundle: the invitation to a new
 * account and the reset of a forgotten password. Each is plain text and the same text as HTML, with the link.
 */
public final class AccountMail {

    private AccountMail() {}

    public static MailContent invitation(String name, String email, String link, long hours) {
        return compose("mail.invitation", name, email, link, hours);
    }

    public static MailContent reset(String name, String email, String link, long hours) {
        return compose("mail.reset", name, email, link, hours);
    }

    private static MailContent compose(String prefix, String name, String email, String link, long hours) {
        String subject = Bundle.text(Bundle.RECORD_LOCALE, prefix + ".subject");
        String text = Bundle.text(Bundle.RECORD_LOCALE, prefix + ".text", name, link, Long.toString(hours), email);
        return new MailContent(subject, text, html(text, link), List.of(), null, null);
    }

    /** The text as HTML paragraphs, everything escaped, the link clickable. */
    static String html(String text, String link) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"es-MX\"><body>");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String escaped = escape(paragraph.strip()).replace("\n", "<br>");
            String escapedLink = escape(link);
            html.append("<p>")
                    .append(escaped.replace(escapedLink, "<a href=\"" + escapedLink + "\">" + escapedLink + "</a>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
