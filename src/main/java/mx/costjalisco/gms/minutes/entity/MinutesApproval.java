package mx.costjalisco.gms.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * An institution's approval of one version, given by one of its representatives and bound to the version's
 * SHA-256: an approval of another version never counts for this one. One per institution and version (the database
 * refuses a second).
 */
@Entity
@Table(name = "minutes_approval")
@NamedQuery(
        name = MinutesApproval.FIND_BY_MINUTES,
        query = "SELECT a FROM MinutesApproval a JOIN FETCH a.minutesVersion WHERE a.minutes.id = :minutesId"
                + " ORDER BY a.approvedAt, a.id")
public class MinutesApproval extends BaseEntity implements Auditable {

    public static final String FIND_BY_MINUTES = "MinutesApproval.findByMinutes";

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private MinutesVersion minutesVersion;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "approved_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant approvedAt;

    protected MinutesApproval() {}

    public MinutesApproval(MinutesVersion version, Institution institution, Person person, Instant approvedAt) {
        this.minutes = version.getMinutes();
        this.minutesVersion = version;
        this.contentSha256 = version.getContentSha256();
        this.institution = institution;
        this.person = person;
        this.approvedAt = approvedAt;
    }

    /** Whether this approval is of exactly that version: same record and same content. */
    public boolean counts(MinutesVersion current) {
        return minutesVersion.getId().equals(current.getId()) && contentSha256.equals(current.getContentSha256());
    }

    @Override
    public String auditLabel() {
        return "Aprobación " + minutes.auditLabel() + " v" + minutesVersion.getNumber() + " — " + institution.getName();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institution", institution.getName());
        state.put("person", person.getFullName());
        state.put("version", minutesVersion.getNumber());
        state.put("contentSha256", contentSha256);
        return state;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public MinutesVersion getMinutesVersion() {
        return minutesVersion;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
