package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.ProjectReads;
import mx.costjalisco.gms.disclosure.control.ImportReport;
import mx.costjalisco.gms.disclosure.entity.DisclosureImport;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code disclosure/import.xhtml?id=}: one import's report — running (the page polls), applied with its counts, the
 * feed's deviations, the invalid projects with their reasons and the unmatched publishers, or refused and why.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    @Inject
    private ProjectReads reads;

    @Inject
    private Messages messages;

    private Long id;
    private DisclosureImport run;
    private ImportReport.Content report;

    public void load() {
        run = reads.importRun(id).orElse(null);
        report = run == null ? null : reads.report(run);
    }

    /** The poll: read the import again until it is no longer running. */
    public void refresh() {
        load();
    }

    /** The refusal in words, with its arguments. */
    public String getRefusal() {
        if (run == null || run.getRefusalKey() == null) {
            return null;
        }
        String detail = run.getRefusalDetail();
        Object[] arguments = detail == null || detail.isEmpty() ? new Object[0] : detail.split("\u001f", -1);
        return messages.text(run.getRefusalKey(), arguments);
    }

    /** A warning in words: its code's sentence, with how often it occurred. */
    public String warning(ImportReport.Warning warning) {
        return messages.text("disclosure.warning." + warning.code(), String.valueOf(warning.count()));
    }

    /** An example of a warning, as its parts joined. */
    public String example(List<String> parts) {
        return String.join(" · ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /**
     * A problem's message in the page's language: one of the application's own (a bundle key), or the validator's
     * sentence (Spanish; English where it was kept — reports of earlier imports have Spanish only).
     */
    public String problem(ImportReport.Problem problem) {
        String message = problem.message();
        if (message != null && message.startsWith("#")) {
            return messages.text(message.substring(1));
        }
        boolean english = "en".equals(messages.locale().getLanguage());
        return english && problem.english() != null ? problem.english() : message;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DisclosureImport getRun() {
        return run;
    }

    public ImportReport.Content getReport() {
        return report;
    }
}
