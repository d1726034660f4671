package mx.costjalisco.gms.workplan.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;
import mx.costjalisco.gms.workplan.boundary.ProgressDraft;
import mx.costjalisco.gms.workplan.boundary.ProgressService;
import mx.costjalisco.gms.workplan.boundary.Upload;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.control.ActivityReport;
import mx.costjalisco.gms.workplan.control.TargetReport;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;

/**
 * {@code workplan/activity.xhtml}: one activity — what it is, its targets with progress and burn-up, the progress
 * entries and the evidence — and, for the manager and the liaisons of a responsible institution, the forms to record
 * progress with evidence (from a desk, or a phone's camera), add evidence, withdraw, and publish.
 */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

    @Inject
    private WorkPlanReads reads;

    @Inject
    private ProgressService progressService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long id;
    private Activity activity;
    private transient ActivityReport report;
    private List<ProgressEntry> entries;
    private List<Evidence> evidence;

    @Inject
    private mx.costjalisco.gms.disclosure.boundary.ProjectLinks projectLinks;

    private java.util.Map<String, List<mx.costjalisco.gms.disclosure.entity.ProjectLink>> links;
    private boolean canRecord;
    private java.time.LocalDate asOf;

    private ProgressDraft draft = new ProgressDraft();
    private String evidenceType;
    private String evidenceDescription;
    private boolean publish;
    private transient List<Part> files = new ArrayList<>();

    private transient Part file;
    private String fileType;
    private String fileDescription;
    private boolean filePublish;

    private Long withdrawId;
    private String withdrawReason;

    public void load() {
        activity = reads.activity(id).orElse(null);
        if (activity == null) {
            Pages.notFound();
            return;
        }
        var planReport = reads.report(activity.getPlan(), null);
        asOf = planReport.asOf();
        report = planReport.activities().stream()
                .filter(a -> a.activity().getId().equals(id))
                .findFirst()
                .orElse(null); // a withdrawn activity has no progress any more
        entries = reads.entries(id);
        evidence = reads.evidence(id);
        links = new java.util.HashMap<>();
        collect(mx.costjalisco.gms.disclosure.entity.LinkSubject.ACTIVITY, List.of(id));
        collect(
                mx.costjalisco.gms.disclosure.entity.LinkSubject.ENTRY,
                entries.stream().map(e -> e.getId()).toList());
        collect(
                mx.costjalisco.gms.disclosure.entity.LinkSubject.EVIDENCE,
                evidence.stream().map(Evidence::getId).toList());
        canRecord = !activity.isWithdrawn()
                && (isManager() || (currentUser.has("LIAISON") && responsibleInstitution() != null));
        if (draft.getDate() == null) {
            draft.setDate(WorkPlanReads.defaultAsOf(activity.getPlan().getYear(), reads.today()));
        }
    }

    private Institution responsibleInstitution() {
        try {
            return progressService.callerInstitutions().stream()
                    .filter(activity::isResponsible)
                    .findFirst()
                    .orElse(null);
        } catch (EJBAccessException notALiaison) {
            return null;
        }
    }

    public void record() {
        List<Upload> uploads = new ArrayList<>();
        List<InputStream> opened = new ArrayList<>();
        try {
            for (Part part : partsNamed("progressForm:files")) {
                InputStream in = part.getInputStream();
                opened.add(in);
                uploads.add(new Upload(part.getSubmittedFileName(), in));
            }
            ProgressEntry entry = progressService.record(
                    draft, uploads, new ProgressService.EvidenceDetails(evidenceType, evidenceDescription, publish));
            messages.info("workplan.progressRecorded", entry.getTarget().getDescription(), uploads.size());
            draft = new ProgressDraft();
            evidenceType = null;
            evidenceDescription = null;
            publish = false;
            load();
        } catch (BusinessRuleException refused) {
            messages.error("progressForm", refused);
        } catch (EJBAccessException denied) {
            messages.error(null, "workplan.notYourActivity");
        } catch (IOException unreadable) {
            messages.error("progressForm:files", "upload.unreadable");
        } finally {
            closeAll(opened);
        }
    }

    public void addEvidence() {
        if (file == null
                || file.getSubmittedFileName() == null
                || file.getSubmittedFileName().isBlank()) {
            messages.error("evidenceForm:file", "upload.noFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            progressService.addEvidence(
                    id,
                    null,
                    new Upload(file.getSubmittedFileName(), in),
                    new ProgressService.EvidenceDetails(fileType, fileDescription, filePublish));
            messages.info("workplan.evidenceAdded");
            fileType = null;
            fileDescription = null;
            filePublish = false;
            load();
        } catch (BusinessRuleException refused) {
            messages.error("evidenceForm", refused);
        } catch (EJBAccessException denied) {
            messages.error(null, "workplan.notYourActivity");
        } catch (IOException unreadable) {
            messages.error("evidenceForm:file", "upload.unreadable");
        }
    }

    public void withdrawEntry() {
        withdraw(progressService::withdrawProgress);
    }

    public void withdrawEvidence() {
        withdraw(progressService::withdrawEvidence);
    }

    private void withdraw(java.util.function.BiConsumer<Long, String> action) {
        try {
            action.accept(withdrawId, withdrawReason);
            messages.info("workplan.withdrawn");
            withdrawId = null;
            withdrawReason = null;
            load();
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        } catch (EJBAccessException denied) {
            messages.error(null, "workplan.notYours");
        }
    }

    public void togglePublished(Long evidenceId, boolean published) {
        try {
            progressService.publish(evidenceId, published);
            messages.info(published ? "workplan.published" : "workplan.unpublished");
            load();
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        } catch (EJBAccessException denied) {
            messages.error(null, "workplan.managerOnly");
        }
    }

    public String chart(TargetReport target) {
        var locale = messages.locale();
        var points = target.burnUp().stream()
                .map(p -> new BurnUpChart.Point(
                        p.month(),
                        p.actual() == null
                                ? null
                                : p.actual().divide(target.definition().goal(), 4, java.math.RoundingMode.HALF_EVEN),
                        p.ideal().divide(target.definition().goal(), 4, java.math.RoundingMode.HALF_EVEN)))
                .toList();
        return BurnUpChart.svg(
                points,
                messages.text("workplan.targetBurnUp", target.target().getDescription()),
                messages.text("workplan.burnUpDescription"),
                messages.text("workplan.actual"),
                messages.text("workplan.ideal"),
                locale);
    }

    /** The targets progress can be typed for: not those that count themselves. */
    public List<PlanTarget> getRecordableTargets() {
        return activity.getActiveTargets().stream().filter(t -> !t.isCounted()).toList();
    }

    public boolean canWithdraw(String recordedBy) {
        return isManager() || (canRecord && currentUser.getEmail().equalsIgnoreCase(recordedBy));
    }

    public boolean isManager() {
        return currentUser.hasAny("MANAGER,ADMIN");
    }

    /**
     * The files the browser sent under {@code name}, read from the request itself: Faces drops an empty file before
     * the bean sees it, and an empty file must be refused as such, not taken for "no file".
     */
    private static List<Part> partsNamed(String name) throws IOException {
        var request = (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest();
        List<Part> parts = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (name.equals(part.getName())
                        && part.getSubmittedFileName() != null
                        && !part.getSubmittedFileName().isEmpty()) {
                    parts.add(part);
                }
            }
        } catch (jakarta.servlet.ServletException notMultipart) {
            throw new IOException(notMultipart);
        }
        return parts;
    }

    private static void closeAll(List<InputStream> streams) {
        for (InputStream in : streams) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the part's temporary file goes with the request anyway
            }
        }
    }

    private void collect(mx.costjalisco.gms.disclosure.entity.LinkSubject kind, List<Long> ids) {
        for (var link : projectLinks.linksOf(kind, ids)) {
            links.computeIfAbsent(kind + ":" + link.getSubjectId(), k -> new java.util.ArrayList<>())
                    .add(link);
        }
    }

    /** The projects linked to a record of this page: kind ACTIVITY, ENTRY or EVIDENCE. */
    public List<mx.costjalisco.gms.disclosure.entity.ProjectLink> linked(String kind, Long recordId) {
        return links == null ? List.of() : links.getOrDefault(kind + ":" + recordId, List.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public java.time.LocalDate getAsOf() {
        return asOf;
    }

    public Activity getActivity() {
        return activity;
    }

    public ActivityReport getReport() {
        return report;
    }

    public List<ProgressEntry> getEntries() {
        return entries;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public boolean isCanRecord() {
        return canRecord;
    }

    public ProgressDraft getDraft() {
        return draft;
    }

    public String getEvidenceType() {
        return evidenceType;
    }

    public void setEvidenceType(String evidenceType) {
        this.evidenceType = evidenceType;
    }

    public String getEvidenceDescription() {
        return evidenceDescription;
    }

    public void setEvidenceDescription(String evidenceDescription) {
        this.evidenceDescription = evidenceDescription;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileType() {
        return fileType;
    }

    public void setFileType(String fileType) {
        this.fileType = fileType;
    }

    public String getFileDescription() {
        return fileDescription;
    }

    public void setFileDescription(String fileDescription) {
        this.fileDescription = fileDescription;
    }

    public boolean isFilePublish() {
        return filePublish;
    }

    public void setFilePublish(boolean filePublish) {
        this.filePublish = filePublish;
    }

    public Long getWithdrawId() {
        return withdrawId;
    }

    public void setWithdrawId(Long withdrawId) {
        this.withdrawId = withdrawId;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
