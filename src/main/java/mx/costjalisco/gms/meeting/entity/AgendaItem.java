package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A point of a meeting's agenda with its approximate duration (art. 18 d). The Reglamento's fixed points (art. 19)
 * are marked as such; points members propose for an ordinary session wait for the secretary's decision.
 */
@Entity
@Table(name = "agenda_item")
@NamedQuery(
        name = AgendaItem.FIND_BY_MEETING,
        query = "SELECT a FROM AgendaItem a WHERE a.meeting.id = :meetingId ORDER BY a.position, a.id")
public class AgendaItem extends BaseEntity implements Auditable {

    public static final String FIND_BY_MEETING = "AgendaItem.findByMeeting";
    public static final int TITLE_MAXLENGTH = 300;
    public static final int DESCRIPTION_MAXLENGTH = 2000;
    public static final int REASON_MAXLENGTH = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    @NotBlank
    @Size(max = TITLE_MAXLENGTH)
    private String title;

    @Column(length = DESCRIPTION_MAXLENGTH)
    @Size(max = DESCRIPTION_MAXLENGTH)
    private String description;

    /** Approximate duration; 0 for the fixed point under which the session's own items are listed. */
    @Column(nullable = false)
    @Min(0)
    @Max(480)
    private int minutes = 10;

    @Column(nullable = false)
    private boolean fixed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgendaItemState state = AgendaItemState.ON_AGENDA;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    @Convert(converter = InstantConverter.class)
    private Instant proposedAt;

    @Column(name = "decision_reason", length = REASON_MAXLENGTH)
    @Size(max = REASON_MAXLENGTH)
    private String decisionReason;

    protected AgendaItem() {}

    public AgendaItem(Meeting meeting, String title, int minutes) {
        this.meeting = meeting;
        this.title = title;
        this.minutes = minutes;
    }

    public static AgendaItem fixedPoint(Meeting meeting, int position, String title, int minutes) {
        AgendaItem item = new AgendaItem(meeting, title, minutes);
        item.position = position;
        item.fixed = true;
        return item;
    }

    public static AgendaItem proposal(Meeting meeting, String title, String description, String by, Instant at) {
        AgendaItem item = new AgendaItem(meeting, title, 10);
        item.description = description;
        item.state = AgendaItemState.PROPOSED;
        item.proposedBy = by;
        item.proposedAt = at;
        return item;
    }

    public void decide(boolean accepted, String reason) {
        this.state = accepted ? AgendaItemState.ON_AGENDA : AgendaItemState.DECLINED;
        this.decisionReason = reason;
    }

    public void withdraw() {
        this.state = AgendaItemState.WITHDRAWN;
    }

    public boolean isOnAgenda() {
        return state == AgendaItemState.ON_AGENDA;
    }

    @Override
    public String auditLabel() {
        return title + " — " + meeting.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("position", position);
        state.put("title", title);
        state.put("description", description);
        state.put("minutes", minutes);
        state.put("state", this.state);
        state.put("proposedBy", proposedBy);
        state.put("decisionReason", decisionReason);
        return state;
    }

    public Meeting getMeeting() {
        return meeting;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public boolean isFixed() {
        return fixed;
    }

    public AgendaItemState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
