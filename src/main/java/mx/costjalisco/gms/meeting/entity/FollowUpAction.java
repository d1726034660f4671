package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;

/** What an agreement asks someone to do, by when; reviewed at the next session (art. 19 d). */
@Entity
@Table(name = "follow_up_action")
@NamedQuery(
        name = FollowUpAction.FIND_OVERDUE,
        query = "SELECT a FROM FollowUpAction a JOIN FETCH a.resolution r WHERE a.dueOn < :today"
                + " AND a.status IN (mx.costjalisco.gms.meeting.entity.ActionStatus.PENDING,"
                + " mx.costjalisco.gms.meeting.entity.ActionStatus.IN_PROGRESS) AND r.withdrawnAt IS NULL"
                + " ORDER BY a.dueOn")
@NamedQuery(
        name = FollowUpAction.FIND_BY_RESOLUTIONS,
        query = "SELECT a FROM FollowUpAction a WHERE a.resolution.id IN :resolutionIds ORDER BY a.id")
public class FollowUpAction extends BaseEntity implements Auditable {

    public static final String FIND_OVERDUE = "FollowUpAction.findOverdue";
    public static final String FIND_BY_RESOLUTIONS = "FollowUpAction.findByResolutions";
    public static final int DESCRIPTION_MAXLENGTH = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    @Column(nullable = false, length = DESCRIPTION_MAXLENGTH)
    @NotBlank
    @Size(max = DESCRIPTION_MAXLENGTH)
    private String description;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @NotNull
    private ActionStatus status = ActionStatus.PENDING;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected FollowUpAction() {}

    public FollowUpAction(Resolution resolution, String description, Institution institution, LocalDate dueOn) {
        this.resolution = resolution;
        this.description = description;
        this.institution = institution;
        this.dueOn = dueOn;
    }

    public void changeStatus(ActionStatus status, LocalDate today) {
        this.status = status;
        this.doneOn = status == ActionStatus.DONE ? today : null;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(day);
    }

    @Override
    public String auditLabel() {
        return resolution.getCode() + " — " + description;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("description", description);
        state.put("institution", institution == null ? null : institution.auditLabel());
        state.put("dueOn", dueOn);
        state.put("status", status);
        state.put("doneOn", doneOn);
        return state;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getDescription() {
        return description;
    }

    public Institution getInstitution() {
        return institution;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
