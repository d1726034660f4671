package mx.costjalisco.gms.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reading the mails the application sent, as a recipient's program would: subject, addressee, parts, text. */
final class Mails {

    private Mails() {}

    static Predicate<MimeMessage> subjectIs(String subject) {
        return message -> subject.equals(subject(message));
    }

    static Predicate<MimeMessage> subjectStartingWith(String start) {
        return message -> subject(message).startsWith(start);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The address the message went to (each message has one recipient). */
    static String addressee(MimeMessage message) {
        return to(message).getAddress();
    }

    /** The names of the people the messages went to. */
    static Set<String> recipientNames(List<MimeMessage> messages) {
        Set<String> names = new HashSet<>();
        for (MimeMessage message : messages) {
            names.add(to(message).getPersonal());
        }
        return names;
    }

    /** The message and every part inside it, depth first. */
    static List<Part> parts(Part part) throws Exception {
        List<Part> all = new ArrayList<>();
        all.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        }
        return all;
    }

    /** The plain-text part. */
    static String text(MimeMessage message) throws Exception {
        for (Part part : parts(message)) {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text/plain part");
    }

    /** The first attached PDF. */
    static byte[] pdfAttachment(MimeMessage message) throws Exception {
        for (Part part : parts(message)) {
            if (part.isMimeType("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static InternetAddress to(MimeMessage message) {
        try {
            return (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
