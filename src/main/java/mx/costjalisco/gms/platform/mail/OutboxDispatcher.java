package mx.costjalisco.gms.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Starts sending as soon as the transaction that wrote the messages commits, in another thread so the user's
 * request does not wait for SMTP. If it cannot (the instance is stopping), the timer sends them later.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MailSettings settings;

    @Inject
    private MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEnqueued event) {
        if (!settings.isSendingEnabled()) {
            return;
        }
        try {
            executor.execute(() -> sender.deliver(event.messageIds()));
        } catch (RejectedExecutionException e) {
            LOG.info(() -> "Mail " + event.messageIds() + " left for the outbox timer: " + e.getMessage());
        }
    }
}
