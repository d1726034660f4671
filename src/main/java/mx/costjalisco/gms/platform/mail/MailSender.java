package mx.costjalisco.gms.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends outbox messages: claims each one, talks SMTP outside any transaction, and records the outcome — SENT, or back
 * to the queue with the server's error and a later attempt (see {@link Backoff}), or FAILED for good after
 * {@code gms.mail.max-attempts} or on a permanent refusal ({@link SmtpFailure}).
 */
@ApplicationScoped
public class MailSender {

    /** This JVM among the instances sharing the database: host, process, and a random part for restarts. */
    public static final String INSTANCE = instanceName();

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    private MailSettings settings;

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private Clock clock;

    /** Sends these messages if they are still due (another sender may have been quicker). */
    public void deliver(Collection<Long> ids) {
        if (!settings.isSendingEnabled()) {
            return;
        }
        for (Long id : ids) {
            deliverOne(id);
        }
    }

    /** Sends every message that is due now, batch after batch. */
    public void deliverDue() {
        if (!settings.isSendingEnabled()) {
            return;
        }
        for (int round = 0; round < 20; round++) {
            List<Long> due = delivery.due(clock.instant(), BATCH);
            due.forEach(this::deliverOne);
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    private void deliverOne(long id) {
        Instant now = clock.instant();
        Optional<OutboxDelivery.Claimed> claim = delivery.claim(id, INSTANCE, now, now.plus(settings.claimDuration()));
        if (claim.isEmpty()) {
            return;
        }
        OutboxDelivery.Claimed message = claim.get();
        try {
            MimeMessage mime = MimeComposer.compose(
                    settings.session(),
                    message.content(),
                    message.recipient(),
                    settings.from(),
                    message.messageId(),
                    now);
            if (settings.user().isPresent()) {
                Transport.send(mime, settings.user().get(), settings.password());
            } else {
                Transport.send(mime);
            }
            delivery.sent(id, INSTANCE, clock.instant());
        } catch (Exception e) {
            boolean permanent = SmtpFailure.isPermanent(e);
            Instant next = permanent || message.attempts() >= settings.maxAttempts()
                    ? null
                    : clock.instant().plus(settings.backoff().after(message.attempts()));
            String error = SmtpFailure.describe(e);
            LOG.log(
                    next == null ? Level.WARNING : Level.INFO,
                    () -> "Mail " + id + " to " + message.recipient().email() + " not sent (attempt "
                            + message.attempts() + (next == null ? ", given up" : ", next at " + next) + "): "
                            + error);
            delivery.failed(id, INSTANCE, error, next);
        }
    }

    private static String instanceName() {
        String jvm = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        String name = jvm + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
