package mx.costjalisco.gms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The message as mail clients read it: parts, content types, charsets, the invitation's method, the headers. */
class MimeComposerTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String ICS =
            "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Sesión ordinaria\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    /** Composes, writes and parses back, as the receiving side sees it. */
    private static MimeMessage roundTrip(MailContent content) throws Exception {
        InternetAddress from = new InternetAddress("gms@cost.example");
        from.setPersonal("Grupo Multisectorial de CoST Jalisco", "UTF-8");
        MimeMessage composed = MimeComposer.compose(
                SESSION,
                content,
                new Recipient("ana@prueba.example", "Ana María Núñez", 7L),
                from,
                "<gms.fixed-id@cost.example>",
                Instant.parse("2023-05-10T15:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        composed.writeTo(out);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }

    private static String type(Part part) throws Exception {
        return new ContentType(part.getContentType()).getBaseType();
    }

    @Test
    void anInvitationIsMixedWithTextHtmlAndCalendarAlternativesAndTheFilesAttached() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
        MimeMessage message = roundTrip(new MailContent(
                "Convocatoria: sesión ordinaria",
                "Texto con acentos: áéíóú ñ ¿?",
                "<p>Texto con acentos: áéíóú ñ ¿?</p>",
                List.of(new MailAttachment("convocatoria.pdf", "application/pdf", pdf)),
                ICS,
                "REQUEST"));

        assertEquals("multipart/mixed", type(message));
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertEquals(3, mixed.getCount(), "body, the PDF, the .ics file");

        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertEquals("multipart/alternative", type(mixed.getBodyPart(0)));
        assertEquals(3, alternative.getCount());
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        BodyPart calendar = alternative.getBodyPart(2);
        assertEquals("text/plain", type(text));
        assertEquals("UTF-8", new ContentType(text.getContentType()).getParameter("charset"));
        assertEquals("Texto con acentos: áéíóú ñ ¿?", text.getContent());
        assertEquals("text/html", type(html));
        assertEquals("UTF-8", new ContentType(html.getContentType()).getParameter("charset"));
        ContentType calendarType = new ContentType(calendar.getContentType());
        assertEquals("text/calendar", calendarType.getBaseType());
        assertEquals("REQUEST", calendarType.getParameter("method"));
        assertEquals("UTF-8", calendarType.getParameter("charset"));
        assertEquals(ICS, read(calendar));

        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals("application/pdf", type(attachment));
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("convocatoria.pdf", attachment.getFileName());
        assertArrayEquals(pdf, readBytes(attachment));

        BodyPart ics = mixed.getBodyPart(2);
        assertEquals("application/ics", type(ics));
        assertEquals("invite.ics", ics.getFileName());
        assertEquals(Part.ATTACHMENT, ics.getDisposition());
        assertEquals(ICS, read(ics));
    }

    @Test
    void aCancellationCarriesTheCancelMethod() throws Exception {
        MimeMessage message = roundTrip(new MailContent("Cancelación", "Se cancela.", null, List.of(), ICS, "cancel"));
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertEquals(2, alternative.getCount(), "text and calendar, no HTML");
        assertEquals("CANCEL", new ContentType(alternative.getBodyPart(1).getContentType()).getParameter("method"));
    }

    @Test
    void plainMailHasOnlyTheTextAlternatives() throws Exception {
        MimeMessage message = roundTrip(MailContent.of("Aviso", "Hola", "<p>Hola</p>"));
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertEquals(1, mixed.getCount());
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertEquals(2, alternative.getCount());
    }

    @Test
    void theHeadersCarryNamesAndSubjectInUtf8AndTheRowsMessageId() throws Exception {
        MimeMessage message = roundTrip(MailContent.of("Invitación: sesión año 2023", "Hola", null));
        assertEquals("<gms.fixed-id@cost.example>", message.getMessageID());
        assertEquals("Invitación: sesión año 2023", message.getSubject());
        assertTrue(
                message.getHeader("Subject")[0].startsWith("=?UTF-8?"), "encoded: " + message.getHeader("Subject")[0]);
        InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertEquals("ana@prueba.example", to.getAddress());
        assertEquals("Ana María Núñez", to.getPersonal());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("Grupo Multisectorial de CoST Jalisco", from.getPersonal());
        assertEquals(
                Instant.parse("2023-05-10T15:00:00Z"), message.getSentDate().toInstant());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted")[0]);
    }

    private static String read(Part part) throws Exception {
        return new String(readBytes(part), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
