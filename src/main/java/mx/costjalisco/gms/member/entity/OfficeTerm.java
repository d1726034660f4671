package mx.costjalisco.gms.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * A person holding one of the GMS's offices for a period, optionally on behalf of an institution (the 2023 work plan:
 * the Presidencia held by the representative of the CMIC, approved in session on 22 September 2023).
 */
@Entity
@Table(name = "office_term")
@NamedQuery(
        name = OfficeTerm.FIND_ALL,
        query = "SELECT t FROM OfficeTerm t JOIN FETCH t.person LEFT JOIN FETCH t.institution"
                + " ORDER BY t.office, t.startsOn DESC")
@NamedQuery(
        name = OfficeTerm.FIND_CURRENT,
        query = "SELECT t FROM OfficeTerm t JOIN FETCH t.person LEFT JOIN FETCH t.institution"
                + " WHERE t.startsOn <= :day AND (t.endsOn IS NULL OR t.endsOn >= :day) ORDER BY t.office")
@NamedQuery(
        name = OfficeTerm.FIND_BY_PERSON,
        query = "SELECT t FROM OfficeTerm t LEFT JOIN FETCH t.institution WHERE t.person.id = :personId"
                + " ORDER BY t.startsOn DESC")
@NamedQuery(
        name = OfficeTerm.FIND_OPEN_OF_OFFICE,
        query = "SELECT t FROM OfficeTerm t WHERE t.office = :office AND t.endsOn IS NULL")
public class OfficeTerm extends BaseEntity implements Tenure {

    public static final String FIND_ALL = "OfficeTerm.findAll";
    public static final String FIND_CURRENT = "OfficeTerm.findCurrent";
    public static final String FIND_BY_PERSON = "OfficeTerm.findByPerson";
    public static final String FIND_OPEN_OF_OFFICE = "OfficeTerm.findOpenOfOffice";
    public static final int APPROVED_BY_MAXLENGTH = 300;
    public static final int REASON_MAXLENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    @NotNull
    private Office office;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @Column(name = "starts_on", nullable = false)
    @NotNull
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "approved_by", length = APPROVED_BY_MAXLENGTH)
    @Size(max = APPROVED_BY_MAXLENGTH)
    private String approvedBy;

    @Column(name = "end_reason", length = REASON_MAXLENGTH)
    @Size(max = REASON_MAXLENGTH)
    private String endReason;

    protected OfficeTerm() {}

    public OfficeTerm(Office office, Person person, Institution institution, LocalDate startsOn, String approvedBy) {
        this.office = office;
        this.person = person;
        this.institution = institution;
        this.startsOn = startsOn;
        this.approvedBy = Institution.trim(approvedBy);
    }

    @Override
    public void end(LocalDate lastDay, String reason) {
        this.endsOn = lastDay;
        this.endReason = reason;
    }

    @Override
    public String auditLabel() {
        return Bundle.label(Bundle.RECORD_LOCALE, office) + " — " + person.getFullName();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("office", office);
        state.put("person", person.getFullName());
        state.put("institution", institution == null ? null : institution.auditLabel());
        state.put("startsOn", startsOn);
        state.put("endsOn", endsOn);
        state.put("approvedBy", approvedBy);
        state.put("endReason", endReason);
        return state;
    }

    public Office getOffice() {
        return office;
    }

    @Override
    public Person getPerson() {
        return person;
    }

    public Institution getInstitution() {
        return institution;
    }

    @Override
    public LocalDate getStartsOn() {
        return startsOn;
    }

    @Override
    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getEndReason() {
        return endReason;
    }
}
