package mx.costjalisco.gms.workplan.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.workplan.control.EvidenceFiles;
import mx.costjalisco.gms.workplan.control.PlanEditor;
import mx.costjalisco.gms.workplan.control.WorkPlanAccess;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;

/**
 * Progress and evidence through the year: the manager for any activity, a liaison for the activities their
 * institution is responsible for. A progress entry and the files sent with it are saved together or not at all.
 * Nothing is deleted: entries and files are withdrawn with a reason.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.LIAISON})
public class ProgressService {

    static final int NOTE_MAX = 2000;
    static final int REASON_MAX = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private EvidenceFiles evidenceFiles;

    @Inject
    private WorkPlanAccess access;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Details of an evidence file sent with progress or on its own. */
    public record EvidenceDetails(String evidenceType, String description, boolean published) {}

    /** Records progress with its evidence files (possibly none). */
    public ProgressEntry record(ProgressDraft draft, List<Upload> files, EvidenceDetails details) {
        PlanTarget target = draft.getTargetId() == null ? null : em.find(PlanTarget.class, draft.getTargetId());
        if (target == null) {
            throw BusinessRuleException.onField("target", "workplan.noTarget");
        }
        Institution institution = permitted(target.getActivity());
        if (target.isWithdrawn() || target.getActivity().isWithdrawn()) {
            throw BusinessRuleException.onField("target", "workplan.targetWithdrawn.refused");
        }
        if (target.isCounted()) {
            throw BusinessRuleException.onField("target", "workplan.counted");
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.getDate() == null) {
            throw BusinessRuleException.onField("date", "workplan.noDate");
        }
        if (draft.getDate().isAfter(today)) {
            throw BusinessRuleException.onField("date", "workplan.futureDate");
        }
        if (draft.getDate().getYear() < target.getActivity().getPlan().getYear() - 1) {
            throw BusinessRuleException.onField("date", "workplan.dateTooEarly");
        }
        BigDecimal amount;
        if (target.isMilestone()) {
            amount = draft.isDone() ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            amount = draft.getAmount();
            if (amount == null) {
                throw BusinessRuleException.onField("amount", "workplan.noAmount");
            }
            if (amount.signum() < 0) {
                throw BusinessRuleException.onField("amount", "workplan.negativeAmount");
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw BusinessRuleException.onField("amount", "workplan.tooManyDecimals");
            }
            if (amount.compareTo(new BigDecimal("9999999999999999")) > 0) {
                throw BusinessRuleException.onField("amount", "workplan.amountTooLarge");
            }
        }
        ProgressEntry entry = new ProgressEntry(
                target,
                draft.getDate(),
                amount,
                PlanEditor.optional(draft.getNote(), "note", NOTE_MAX),
                PlanEditor.optional(draft.getInternalNote(), "internalNote", NOTE_MAX),
                institution,
                clock.instant(),
                caller());
        em.persist(entry);
        audit.created(entry);
        for (Upload file : files) {
            store(target.getActivity(), entry, file, details, institution);
        }
        return entry;
    }

    /** Adds an evidence file to an activity (and, optionally, to one of its progress entries). */
    public Evidence addEvidence(Long activityId, Long progressId, Upload file, EvidenceDetails details) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        Institution institution = permitted(activity);
        ProgressEntry progress = null;
        if (progressId != null) {
            progress = em.find(ProgressEntry.class, progressId);
            if (progress == null || !progress.getTarget().getActivity().equals(activity)) {
                throw new BusinessRuleException("workplan.notFound");
            }
        }
        return store(activity, progress, file, details, institution);
    }

    public void withdrawProgress(Long entryId, String reason) {
        ProgressEntry entry = em.find(ProgressEntry.class, entryId);
        if (entry == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        permitted(entry.getTarget().getActivity());
        ownOrManager(entry.getRecordedBy());
        if (entry.isWithdrawn()) {
            throw new BusinessRuleException("workplan.alreadyWithdrawn");
        }
        var before = entry.auditState();
        entry.withdraw(
                clock.instant(),
                caller(),
                PlanEditor.required(reason, "reason", REASON_MAX, "workplan.reasonRequired"));
        audit.changed(entry, mx.costjalisco.gms.platform.audit.AuditAction.UPDATED, before);
    }

    public void withdrawEvidence(Long evidenceId, String reason) {
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        permitted(evidence.getActivity());
        ownOrManager(evidence.getUploadedBy());
        if (evidence.isWithdrawn()) {
            throw new BusinessRuleException("workplan.alreadyWithdrawn");
        }
        var before = evidence.auditState();
        evidence.withdraw(
                clock.instant(),
                caller(),
                PlanEditor.required(reason, "reason", REASON_MAX, "workplan.reasonRequired"));
        audit.updated(evidence, before);
    }

    /** Publishes an evidence file on the public plan page and API, or takes it back. The manager decides. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public void publish(Long evidenceId, boolean published) {
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new BusinessRuleException("workplan.notFound");
        }
        if (evidence.isWithdrawn() && published) {
            throw new BusinessRuleException("workplan.withdrawnNotPublished");
        }
        var before = evidence.auditState();
        evidence.setPublished(published);
        audit.updated(evidence, before);
    }

    /** The institutions whose activities the caller may record; empty for the manager, who may record any. */
    public List<Institution> callerInstitutions() {
        return isManager() ? List.of() : access.liaisonInstitutions(caller(), LocalDate.now(clock));
    }

    private Evidence store(
            Activity activity, ProgressEntry progress, Upload file, EvidenceDetails details, Institution institution) {
        if (file == null || file.content() == null) {
            throw BusinessRuleException.onField("file", "upload.noFile");
        }
        String type = details == null ? null : PlanEditor.optional(details.evidenceType(), "evidenceType", 300);
        if (type != null && !activity.getExpectedEvidenceList().contains(type)) {
            throw BusinessRuleException.onField("evidenceType", "workplan.unknownEvidenceType");
        }
        EvidenceFiles.Checked checked = evidenceFiles.store(file.fileName(), file.content());
        Evidence evidence = new Evidence(
                activity,
                progress,
                type,
                details == null ? null : PlanEditor.optional(details.description(), "description", 1000),
                checked.fileName(),
                checked.file().contentType(),
                checked.file().size(),
                checked.file().sha256(),
                checked.thumbnailSha256(),
                institution,
                clock.instant(),
                caller());
        evidence.setPublished(details != null && details.published() && isManager());
        em.persist(evidence);
        audit.created(evidence);
        return evidence;
    }

    /**
     * The institution the caller records for: null for the manager; a liaison's institution responsible for the
     * activity, or a refusal.
     */
    private Institution permitted(Activity activity) {
        if (isManager()) {
            return null;
        }
        return WorkPlanAccess.responsibleAmong(activity, access.liaisonInstitutions(caller(), LocalDate.now(clock)))
                .orElseThrow(() -> new BusinessRuleException("workplan.notYourActivity"));
    }

    private void ownOrManager(String recordedBy) {
        if (!isManager() && !caller().equalsIgnoreCase(recordedBy)) {
            throw new BusinessRuleException("workplan.notYours");
        }
    }

    private boolean isManager() {
        return session.isCallerInRole(Roles.MANAGER) || session.isCallerInRole(Roles.ADMIN);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
