package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * Progress of a target on a day: an amount (people trained, agreements signed; the figure so far for a target that
 * takes the latest; 1 or 0 for a milestone done or reopened), a public note and an internal one. Never deleted: a
 * mistaken entry is withdrawn with a reason and stops counting.
 */
@Entity
@Table(name = "work_progress")
@NamedQuery(
        name = ProgressEntry.FIND_BY_PLAN,
        query = "SELECT e FROM ProgressEntry e JOIN FETCH e.target t WHERE t.activity.plan.id = :planId"
                + " ORDER BY e.date, e.id")
@NamedQuery(
        name = ProgressEntry.FIND_BY_ACTIVITY,
        query =
                "SELECT e FROM ProgressEntry e WHERE e.target.activity.id = :activityId ORDER BY e.date DESC, e.id DESC")
public class ProgressEntry extends BaseEntity implements Auditable {

    public static final String FIND_BY_PLAN = "ProgressEntry.findByPlan";
    public static final String FIND_BY_ACTIVITY = "ProgressEntry.findByActivity";

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private PlanTarget target;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(length = 2000, updatable = false)
    private String note;

    @Column(name = "internal_note", length = 2000, updatable = false)
    private String internalNote;

    /** The institution the entry was recorded for (a liaison's); null for the manager's own. */
    @ManyToOne
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    protected ProgressEntry() {}

    public ProgressEntry(
            PlanTarget target,
            LocalDate date,
            BigDecimal amount,
            String note,
            String internalNote,
            Institution institution,
            Instant recordedAt,
            String recordedBy) {
        this.target = target;
        this.date = date;
        this.amount = amount;
        this.note = note;
        this.internalNote = internalNote;
        this.institution = institution;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public void withdraw(Instant at, String by, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public PlanTarget getTarget() {
        return target;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    @Override
    public String auditLabel() {
        return "Avance " + date + " · " + target.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("target", target.auditLabel());
        state.put("date", date);
        state.put("amount", amount == null ? null : amount.stripTrailingZeros().toPlainString());
        state.put("note", note);
        state.put("internalNote", internalNote);
        state.put("institution", institution == null ? null : institution.auditLabel());
        state.put("withdrawnAt", withdrawnAt);
        state.put("withdrawReason", withdrawReason);
        return state;
    }
}
