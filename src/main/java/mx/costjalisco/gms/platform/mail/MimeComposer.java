package mx.costjalisco.gms.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * Builds the message as mail clients expect it:
 *
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8
 *     text/html; charset=UTF-8                          (when there is HTML)
 *     text/calendar; charset=UTF-8; method=REQUEST      (when there is an invitation: Outlook reads this one)
 *   attachments…
 *   invite.ics, application/ics                          (the same invitation as a file, for the other clients)
 * </pre>
 *
 * The {@code Message-ID} is the outbox row's, so a message that went out twice is recognisable as one.
 */
public final class MimeComposer {

    static final String INVITE_FILE = "invite.ics";

    private MimeComposer() {}

    public static MimeMessage compose(
            Session session, MailContent content, Recipient to, InternetAddress from, String messageId, Instant date)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, address(to));
        message.setSubject(content.subject(), "UTF-8");
        message.setSentDate(Date.from(date));
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies loop back

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text() == null ? "" : content.text(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        if (content.html() != null && !content.html().isBlank()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(content.html(), "UTF-8", "html");
            alternative.addBodyPart(html);
        }
        String method = method(content);
        if (content.hasCalendar()) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    content.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method)));
            alternative.addBodyPart(calendar);
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (MailAttachment attachment : content.attachments()) {
            mixed.addBodyPart(attachment(attachment.fileName(), attachment.contentType(), attachment.content()));
        }
        if (content.hasCalendar()) {
            mixed.addBodyPart(attachment(
                    INVITE_FILE,
                    "application/ics; method=" + method,
                    content.calendar().getBytes(StandardCharsets.UTF_8)));
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static String method(MailContent content) {
        String method = content.calendarMethod();
        return method == null || method.isBlank() ? "REQUEST" : method.trim().toUpperCase(Locale.ROOT);
    }

    private static InternetAddress address(Recipient to) throws MessagingException {
        InternetAddress address = new InternetAddress(to.email(), true);
        if (to.name() != null && !to.name().isBlank()) {
            try {
                address.setPersonal(to.name(), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("UTF-8 is always supported", e);
            }
        }
        return address;
    }

    private static MimeBodyPart attachment(String fileName, String contentType, byte[] bytes)
            throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, contentType)));
        part.setFileName(fileName);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    /** A message whose Message-ID is the outbox row's, not a new one at each {@code saveChanges()}. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
