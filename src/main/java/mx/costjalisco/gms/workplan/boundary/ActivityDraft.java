package mx.costjalisco.gms.workplan.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.ActivityState;
import mx.costjalisco.gms.workplan.entity.DaySpan;

/** An activity as the manager writes it; {@code id} null for a new one. */
public class ActivityDraft implements Serializable {

    private Long id;
    private Long planId;
    private long version;
    private String title;
    private String actions;
    private String responsible;
    private boolean managerResponsible;
    private boolean membersResponsible;
    private Sector membersSector;
    private List<Long> institutionIds = new ArrayList<>();
    private String periodLabel;
    private List<SpanDraft> spans = new ArrayList<>();
    private String objective;
    private String expectedEvidence;
    private String note;
    private BigDecimal budget;
    private ActivityState state = ActivityState.PENDING;
    private String internalNote;

    public ActivityDraft() {}

    public static ActivityDraft of(Activity activity) {
        ActivityDraft draft = new ActivityDraft();
        draft.id = activity.getId();
        draft.planId = activity.getPlan().getId();
        draft.version = activity.getVersion();
        draft.title = activity.getTitle();
        draft.actions = activity.getActions();
        draft.responsible = activity.getResponsible();
        draft.managerResponsible = activity.isManagerResponsible();
        draft.membersResponsible = activity.isMembersResponsible();
        draft.membersSector = activity.getMembersSector();
        draft.institutionIds = new ArrayList<>(
                activity.getInstitutions().stream().map(i -> i.getId()).toList());
        draft.periodLabel = activity.getPeriodLabel();
        for (DaySpan span : activity.getSortedSpans()) {
            draft.spans.add(new SpanDraft(span.getFirst(), span.getLast(), span.getLabel()));
        }
        draft.objective = activity.getObjective();
        draft.expectedEvidence = activity.getExpectedEvidence();
        draft.note = activity.getNote();
        draft.budget = activity.getBudget();
        draft.state = activity.getState();
        draft.internalNote = activity.getInternalNote();
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public boolean isManagerResponsible() {
        return managerResponsible;
    }

    public void setManagerResponsible(boolean managerResponsible) {
        this.managerResponsible = managerResponsible;
    }

    public boolean isMembersResponsible() {
        return membersResponsible;
    }

    public void setMembersResponsible(boolean membersResponsible) {
        this.membersResponsible = membersResponsible;
    }

    public Sector getMembersSector() {
        return membersSector;
    }

    public void setMembersSector(Sector membersSector) {
        this.membersSector = membersSector;
    }

    public List<Long> getInstitutionIds() {
        return institutionIds;
    }

    public void setInstitutionIds(List<Long> institutionIds) {
        this.institutionIds = institutionIds == null ? new ArrayList<>() : new ArrayList<>(institutionIds);
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public List<SpanDraft> getSpans() {
        return spans;
    }

    public void setSpans(List<SpanDraft> spans) {
        this.spans = spans;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getExpectedEvidence() {
        return expectedEvidence;
    }

    public void setExpectedEvidence(String expectedEvidence) {
        this.expectedEvidence = expectedEvidence;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public ActivityState getState() {
        return state;
    }

    public void setState(ActivityState state) {
        this.state = state;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
