package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * An activity of the work plan, as the Reglamento asks (art. 30 b): a unique name, who is responsible, its period,
 * what it aims at and delivers (the evidence expected), optionally a budget, and a status (Pendiente, En proceso,
 * Concluido) — beside the on-track / at-risk / late that its targets compute.
 *
 * <p>Responsibility is kept both as the plan words it ("CMIC – Gerente CoST Jalisco") and as what the system acts on:
 * the institutions named (their liaisons may record progress), the Gerencia, and the GMS's members (of one sector or
 * all).
 */
@Entity
@Table(name = "work_activity")
@NamedQuery(
        name = Activity.FIND_BY_PLAN,
        query = "SELECT a FROM Activity a WHERE a.plan.id = :planId ORDER BY a.position")
public class Activity extends BaseEntity implements Auditable {

    public static final String FIND_BY_PLAN = "Activity.findByPlan";
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private WorkPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    /** The actions (the plan's bullet points), one per line. */
    @Column(length = 8000)
    private String actions;

    @Column(nullable = false, length = 500)
    private String responsible;

    @Column(name = "manager_responsible", nullable = false)
    private boolean managerResponsible;

    @Column(name = "members_responsible", nullable = false)
    private boolean membersResponsible;

    @Enumerated(EnumType.STRING)
    @Column(name = "members_sector", length = 30)
    private Sector membersSector;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "work_activity_institution",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private List<Institution> institutions = new ArrayList<>();

    @Column(name = "period_label", nullable = false, length = 500)
    private String periodLabel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_activity_span", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<DaySpan> spans = new ArrayList<>();

    @Column(length = 4000)
    private String objective;

    /** The evidence expected, one kind per line ("Lista de asistencia", "Evidencia fotográfica"). */
    @Column(name = "expected_evidence", length = 4000)
    private String expectedEvidence;

    @Column(length = 4000)
    private String note;

    @Column(precision = 15, scale = 2)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityState state = ActivityState.PENDING;

    /** The manager's own note: never published. */
    @Column(name = "internal_note", length = 4000)
    private String internalNote;

    @OneToMany(mappedBy = "activity", fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PlanTarget> targets = new ArrayList<>();

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    protected Activity() {}

    public Activity(WorkPlan plan, int position, String title, String responsible, String periodLabel) {
        this.plan = plan;
        this.position = position;
        this.title = title;
        this.responsible = responsible;
        this.periodLabel = periodLabel;
    }

    /** "I", "II", … "VII": the activity's number as the plan prints it. */
    public String getNumeral() {
        return roman(position);
    }

    public static String roman(int number) {
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** Whether {@code institution}'s liaisons may record this activity's progress. */
    public boolean isResponsible(Institution institution) {
        if (institutions.contains(institution)) {
            return true;
        }
        return membersResponsible
                && !institution.isObserver()
                && (membersSector == null || membersSector == institution.getSector());
    }

    public List<String> getActionList() {
        return Lines.of(actions);
    }

    public List<String> getExpectedEvidenceList() {
        return Lines.of(expectedEvidence);
    }

    /** The spans in date order. */
    public List<DaySpan> getSortedSpans() {
        return spans.stream().sorted(Comparator.comparing(DaySpan::getFirst)).toList();
    }

    public WorkPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
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

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public void setInstitutions(List<Institution> institutions) {
        this.institutions = new ArrayList<>(institutions);
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public List<DaySpan> getSpans() {
        return spans;
    }

    public void setSpans(List<DaySpan> spans) {
        this.spans = new ArrayList<>(spans);
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

    public List<PlanTarget> getTargets() {
        return targets;
    }

    /** The targets that count: all but those withdrawn from the plan. */
    public List<PlanTarget> getActiveTargets() {
        return targets.stream().filter(t -> !t.isWithdrawn()).toList();
    }

    /** Takes it out of the plan with the reason (the GMS's decision, a mistake); it stays in the record. */
    public void withdraw(Instant at, String reason) {
        this.withdrawnAt = at;
        this.withdrawReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    @Override
    public String auditLabel() {
        return getNumeral() + ". " + title + " (" + plan.getYear() + ")";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("position", position);
        state.put("title", title);
        state.put("actions", actions);
        state.put("responsible", responsible);
        state.put("managerResponsible", managerResponsible);
        state.put("membersResponsible", membersResponsible);
        state.put("membersSector", membersSector);
        state.put(
                "institutions",
                institutions.stream().map(Institution::auditLabel).sorted().collect(Collectors.joining("; ")));
        state.put("periodLabel", periodLabel);
        state.put("spans", getSortedSpans().stream().map(DaySpan::toString).collect(Collectors.joining("; ")));
        state.put("objective", objective);
        state.put("expectedEvidence", expectedEvidence);
        state.put("note", note);
        state.put("budget", budget);
        state.put("state", this.state);
        state.put("internalNote", internalNote);
        state.put("withdrawReason", withdrawReason);
        return state;
    }
}
