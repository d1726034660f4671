package mx.costjalisco.gms.platform.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads why a delivery failed. A 5xx reply about the message or its recipient (e.g. "550 5.1.1 user unknown") is
 * permanent: trying again cannot help, so the message is marked FAILED at once. Everything else — the server is
 * unreachable, busy (4xx), or refuses our own credentials (a configuration error the administrator will fix) — is
 * tried again later.
 */
public final class SmtpFailure {

    private static final Pattern PERMANENT_REPLY = Pattern.compile("^\\s*5\\d\\d[ -].*", Pattern.DOTALL);

    private SmtpFailure() {}

    public static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                return false;
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SendFailedException refused
                    && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t.getMessage() != null
                    && PERMANENT_REPLY.matcher(t.getMessage()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, for the outbox page: the messages of the whole chain of causes, each once. */
    public static String describe(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 5; t = next(t)) {
            String message = t.getMessage();
            parts.add(
                    message == null || message.isBlank()
                            ? t.getClass().getSimpleName()
                            : message.trim().replaceAll("\\s+", " "));
        }
        return Outbox.clip(String.join(" — ", parts), OutboxMessage.ERROR_MAXLENGTH);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
