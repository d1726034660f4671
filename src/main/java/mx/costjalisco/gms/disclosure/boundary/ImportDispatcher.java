package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import mx.costjalisco.gms.disclosure.control.DisclosureSettings;
import mx.costjalisco.gms.disclosure.control.ImportRefused;
import mx.costjalisco.gms.disclosure.control.ImportRunner;

/**
 * Runs imports in the background once they are recorded, so no page waits for a download or for a large package:
 * the page shows the import running and then its report. Jobs of one request run one after the other.
 */
@ApplicationScoped
class ImportDispatcher {

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ImportRunner runner;

    @Inject
    private DisclosureSettings settings;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportRequested requested) {
        try {
            executor.execute(() -> requested.jobs().forEach(this::run));
        } catch (RejectedExecutionException e) {
            requested
                    .jobs()
                    .forEach(job -> runner.refuse(job.importId(), new ImportRefused(e, "disclosure.import.failed")));
        }
    }

    private void run(ImportRequested.Job job) {
        if (job.url() != null) {
            try {
                settings.fetcher().fetch(job.url(), job.file());
            } catch (ImportRefused refused) {
                runner.refuse(job.importId(), refused);
                ProjectImports.deleteQuietly(job.file());
                return;
            } catch (RuntimeException e) {
                runner.refuse(job.importId(), new ImportRefused(e, "disclosure.fetch.unreachable", job.url()));
                ProjectImports.deleteQuietly(job.file());
                return;
            }
        }
        runner.run(job.importId(), job.file());
    }
}
