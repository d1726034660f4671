package mx.costjalisco.gms.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due messages every {@code gms.mail.poll-seconds}, starting shortly after start-up so that messages left
 * by a restart (or queued while the SMTP server was away) go out. The timer is not persistent: each instance runs its
 * own, and the claim keeps them from sending a message twice. A round still running when the next is due lets that
 * one pass.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MailSettings settings;

    @Inject
    private MailSender sender;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (!settings.isSendingEnabled()) {
            LOG.info("Mail sending is off (no GMS_SMTP_HOST): messages stay in the outbox");
            return;
        }
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(Math.min(interval, 5_000), interval, new TimerConfig("outbox", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sender.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; the next one tries again", e);
        } finally {
            running.set(false);
        }
    }
}
