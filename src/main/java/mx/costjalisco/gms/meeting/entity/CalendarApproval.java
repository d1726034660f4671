package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;

/** The GMS's approval of a year's session calendar (art. 17; seed, activity VII): when, in which session, by what. */
@Entity
@Table(name = "calendar_approval")
public class CalendarApproval extends BaseEntity implements Auditable {

    public static final int AGREEMENT_MAXLENGTH = 500;

    @Column(name = "calendar_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "approved_on", nullable = false)
    @NotNull
    private LocalDate approvedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = AGREEMENT_MAXLENGTH)
    @NotBlank
    @Size(max = AGREEMENT_MAXLENGTH)
    private String agreement;

    protected CalendarApproval() {}

    public CalendarApproval(int year) {
        this.year = year;
    }

    @Override
    public String auditLabel() {
        return "Calendario " + year;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("approvedOn", approvedOn);
        state.put("meeting", meeting == null ? null : meeting.auditLabel());
        state.put("agreement", agreement);
        return state;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }
}
