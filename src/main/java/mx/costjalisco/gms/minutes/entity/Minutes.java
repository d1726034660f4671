package mx.costjalisco.gms.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * The minutes of one meeting: an acta for a session, a minuta for a liaison meeting. The words live in the working
 * copy ({@link MinutesNarrative}) and in the versions issued from it ({@link MinutesVersion}); this record keeps
 * where the minutes stand and, once approved, how and when.
 */
@Entity
@Table(name = "minutes")
@NamedQuery(name = Minutes.FIND_BY_MEETING, query = "SELECT m FROM Minutes m WHERE m.meeting.id = :meetingId")
@NamedQuery(
        name = Minutes.FIND_ALL,
        query = "SELECT m FROM Minutes m JOIN FETCH m.meeting ORDER BY m.meeting.startsAt DESC, m.id DESC")
@NamedQuery(
        name = Minutes.FIND_APPROVED,
        query = "SELECT m FROM Minutes m JOIN FETCH m.meeting WHERE m.status = :status"
                + " ORDER BY m.meeting.startsAt DESC, m.id DESC")
@NamedQuery(
        name = Minutes.FIND_FOR_APPROVAL_AT,
        query = "SELECT m FROM Minutes m JOIN FETCH m.meeting WHERE m.approvalMeeting.id = :meetingId"
                + " ORDER BY m.meeting.startsAt")
public class Minutes extends BaseEntity implements Auditable {

    public static final String FIND_BY_MEETING = "Minutes.findByMeeting";
    public static final String FIND_ALL = "Minutes.findAll";
    public static final String FIND_APPROVED = "Minutes.findApproved";
    public static final String FIND_FOR_APPROVAL_AT = "Minutes.findForApprovalAt";
    public static final int AGREEMENT_MAXLENGTH = 300;

    @OneToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    /** "ACTA" or "MINUTA". */
    @Column(nullable = false, length = 10, updatable = false)
    private String document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus status = MinutesStatus.DRAFT;

    /** The number of the version in circulation (or approved); 0 before the first is issued. */
    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    /** The session at whose agenda the minutes are to be (or were) approved. */
    @ManyToOne
    @JoinColumn(name = "approval_meeting_id")
    private Meeting approvalMeeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_rule", length = 20)
    private ApprovalRule approvalRule;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_at")
    @Convert(converter = InstantConverter.class)
    private Instant approvedAt;

    @Column(name = "approval_agreement", length = AGREEMENT_MAXLENGTH)
    private String approvalAgreement;

    @Column(name = "approved_number")
    private Integer approvedNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Minutes() {}

    public Minutes(Meeting meeting, String document, Instant createdAt, String createdBy) {
        this.meeting = meeting;
        this.document = document;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A new version went out: the minutes circulate (or, for a minuta, are sent and frozen). */
    public void issued(int number, boolean minuta) {
        this.currentNumber = number;
        this.status = minuta ? MinutesStatus.SENT : MinutesStatus.IN_REVIEW;
    }

    public void approve(ApprovalRule rule, LocalDate on, Instant at, Meeting atSession, String agreement) {
        this.status = MinutesStatus.APPROVED;
        this.approvalRule = rule;
        this.approvedOn = on;
        this.approvedAt = at;
        this.approvedNumber = currentNumber;
        if (atSession != null) {
            this.approvalMeeting = atSession;
        }
        this.approvalAgreement = agreement;
    }

    public boolean isMinuta() {
        return "MINUTA".equals(document);
    }

    @Override
    public String auditLabel() {
        return (isMinuta() ? "Minuta " : "Acta ") + meeting.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("currentNumber", currentNumber);
        state.put("approvalMeeting", approvalMeeting == null ? null : approvalMeeting.auditLabel());
        state.put("approvalRule", approvalRule);
        state.put("approvedOn", approvedOn);
        state.put("approvalAgreement", approvalAgreement);
        state.put("approvedNumber", approvedNumber);
        return state;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getDocument() {
        return document;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    public Meeting getApprovalMeeting() {
        return approvalMeeting;
    }

    public void setApprovalMeeting(Meeting approvalMeeting) {
        this.approvalMeeting = approvalMeeting;
    }

    public ApprovalRule getApprovalRule() {
        return approvalRule;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovalAgreement() {
        return approvalAgreement;
    }

    public Integer getApprovedNumber() {
        return approvedNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
