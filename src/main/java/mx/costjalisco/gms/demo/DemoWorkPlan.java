package mx.costjalisco.gms.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.workplan.boundary.ActivityDraft;
import mx.costjalisco.gms.workplan.boundary.SpanDraft;
import mx.costjalisco.gms.workplan.boundary.TargetDraft;
import mx.costjalisco.gms.workplan.control.EvidenceFiles;
import mx.costjalisco.gms.workplan.control.PlanEditor;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * The GMS's 2023 work plan ({@link DemoPlan2023}) written through the plan editor, which checks and audits it like
 * the manager's own, then approved as the document says: on 7 December 2022, in the third ordinary session of 2022,
 * by that session's agreement on the plan. Approved last, so the plan starts at revision 0. Then its year: progress
 * entries and evidence files dated when they happened, recorded at 18:00 that day. Loaded once: only when there is no
 * 2023 plan, and only once the demo's sessions exist.
 */
@Dependent
public class DemoWorkPlan {

    /** The agreement of the third ordinary session of 2022 that approved the plan, as {@link DemoMeetings} made it. */
    static final String APPROVAL_TEXT = "Se aprueba el Plan de Trabajo 2023";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanEditor editor;

    @Inject
    private EvidenceFiles evidenceFiles;

    @Inject
    private AuditLog audit;

    /** Adds the demo plan; returns how many records it added (0 when a 2023 plan exists already). */
    int load(ZoneId zone) {
        if (editor.find(DemoPlan2023.YEAR).isPresent()) {
            return 0;
        }
        Meeting approving = approvingSession();
        if (approving == null) {
            return 0;
        }
        List<Object> added = new ArrayList<>();
        WorkPlan plan = editor.create(DemoPlan2023.YEAR, DemoPlan2023.TITLE, AuditLog.SYSTEM);
        added.add(plan);
        em.flush();
        editor.saveHeader(
                plan,
                plan.getVersion(),
                DemoPlan2023.TITLE,
                DemoPlan2023.GENERAL_OBJECTIVE,
                String.join("\n", DemoPlan2023.SPECIFIC_OBJECTIVES),
                null);
        List<DemoPlan2023.DemoActivity> demos = DemoPlan2023.activities();
        List<Activity> activities = new ArrayList<>();
        for (DemoPlan2023.DemoActivity demo : demos) {
            Activity activity = editor.save(draft(plan, demo), null);
            added.add(activity);
            activities.add(activity);
            for (DemoPlan2023.DemoTarget target : demo.targets()) {
                added.add(editor.save(draft(activity, target), null));
            }
        }
        editor.approve(plan, approving.getId(), agreement(approving));
        for (int i = 0; i < activities.size(); i++) {
            history(activities.get(i), demos.get(i), zone, added);
        }
        return added.size();
    }

    /** The progress entries and evidence files of an activity's year. */
    private void history(Activity activity, DemoPlan2023.DemoActivity demo, ZoneId zone, List<Object> added) {
        for (int t = 0; t < demo.targets().size(); t++) {
            PlanTarget target = activity.getTargets().get(t);
            for (DemoPlan2023.DemoEntry demoEntry : demo.targets().get(t).entries()) {
                Institution institution = institution(demoEntry.institution());
                ProgressEntry entry = new ProgressEntry(
                        target,
                        demoEntry.date(),
                        demoEntry.amount(),
                        demoEntry.note(),
                        demoEntry.internalNote(),
                        institution,
                        evening(demoEntry.date(), zone),
                        demoEntry.recordedBy());
                persist(entry, added);
                for (DemoEvidence.DemoFile file : demoEntry.files()) {
                    evidence(activity, entry, file, demoEntry.date(), demoEntry.recordedBy(), institution, zone, added);
                }
            }
        }
        for (DemoPlan2023.LooseFile loose : demo.files()) {
            evidence(activity, null, loose.file(), loose.date(), DemoPlan2023.MANAGER, null, zone, added);
        }
    }

    private void evidence(
            Activity activity,
            ProgressEntry entry,
            DemoEvidence.DemoFile file,
            LocalDate day,
            String by,
            Institution institution,
            ZoneId zone,
            List<Object> added) {
        byte[] content = DemoEvidence.render(file.content(), day, zone);
        EvidenceFiles.Checked checked = evidenceFiles.store(file.name(), new ByteArrayInputStream(content));
        Evidence evidence = new Evidence(
                activity,
                entry,
                file.evidenceType(),
                file.description(),
                checked.fileName(),
                checked.file().contentType(),
                checked.file().size(),
                checked.file().sha256(),
                checked.thumbnailSha256(),
                institution,
                evening(day, zone).plusSeconds(5 * 60),
                by);
        evidence.setPublished(file.published());
        persist(evidence, added);
    }

    private ActivityDraft draft(WorkPlan plan, DemoPlan2023.DemoActivity demo) {
        ActivityDraft draft = new ActivityDraft();
        draft.setPlanId(plan.getId());
        draft.setTitle(demo.title());
        draft.setActions(String.join("\n", demo.actions()));
        draft.setResponsible(demo.responsible());
        draft.setManagerResponsible(demo.managerResponsible());
        draft.setMembersResponsible(demo.membersResponsible());
        draft.setMembersSector(demo.membersSector());
        draft.setPeriodLabel(demo.periodLabel());
        draft.setSpans(spans(demo.spans()));
        draft.setObjective(String.join("\n", demo.objective()));
        draft.setExpectedEvidence(String.join("\n", demo.expectedEvidence()));
        draft.setNote(String.join("\n", demo.note()));
        draft.setState(demo.state());
        draft.setInternalNote(demo.internalNote());
        draft.setInstitutionIds(demo.institutions().stream()
                .map(this::institution)
                .filter(Objects::nonNull)
                .map(Institution::getId)
                .toList());
        return draft;
    }

    private static TargetDraft draft(Activity activity, DemoPlan2023.DemoTarget demo) {
        TargetDraft draft = new TargetDraft();
        draft.setActivityId(activity.getId());
        draft.setDescription(demo.description());
        draft.setKind(demo.kind());
        draft.setGoal(demo.goal());
        draft.setUnit(demo.unit());
        if (demo.aggregation() != null) {
            draft.setAggregation(demo.aggregation());
        }
        draft.setAutoCount(demo.autoCount());
        draft.setSpans(spans(demo.spans()));
        return draft;
    }

    private static List<SpanDraft> spans(List<DemoPlan2023.Span> spans) {
        return spans.stream()
                .map(s -> new SpanDraft(s.first(), s.last(), s.label()))
                .toList();
    }

    /** The third ordinary session of 2022, which approved the plan (held, as {@link DemoMeetings} records it). */
    private Meeting approvingSession() {
        return em.createNamedQuery(Meeting.FIND_BY_YEAR, Meeting.class)
                .setParameter("year", DemoPlan2023.APPROVED_ON.getYear())
                .getResultStream()
                .filter(m -> m.getKind() == MeetingKind.ORDINARY && m.getNumber() == 3)
                .findFirst()
                .orElse(null);
    }

    /** The session's agreement that approved the plan; its code alone when the session records no such agreement. */
    private String agreement(Meeting session) {
        return em.createNamedQuery(Resolution.FIND_BY_MEETING, Resolution.class)
                .setParameter("meetingId", session.getId())
                .getResultStream()
                .filter(r -> r.getText().startsWith(APPROVAL_TEXT))
                .findFirst()
                .map(r -> r.getCode() + ": aprobación del Plan de Trabajo 2023")
                .orElse(Resolution.codeFor(session, 1));
    }

    private Institution institution(String name) {
        if (name == null) {
            return null;
        }
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** 18:00 of {@code day} where the GMS is: when the demo's progress was recorded. */
    private static Instant evening(LocalDate day, ZoneId zone) {
        return day.atTime(18, 0).atZone(zone).toInstant();
    }

    private void persist(Object record, List<Object> added) {
        em.persist(record);
        added.add(record);
        if (record instanceof Auditable auditable) {
            audit.created(auditable);
        }
    }
}
