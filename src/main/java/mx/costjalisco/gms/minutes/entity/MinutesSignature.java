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
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/** A sign-off given in the application on the approved version, recorded with its time and the version's hash. */
@Entity
@Table(name = "minutes_signature")
@NamedQuery(
        name = MinutesSignature.FIND_BY_MINUTES,
        query = "SELECT s FROM MinutesSignature s WHERE s.minutes.id = :minutesId ORDER BY s.signedAt, s.id")
public class MinutesSignature extends BaseEntity implements Auditable {

    public static final String FIND_BY_MINUTES = "MinutesSignature.findByMinutes";

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private MinutesVersion minutesVersion;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** In what capacity: "Presidencia", "Secretaría Técnica" or the institution represented. */
    @Column(nullable = false, length = 300, updatable = false)
    private String capacity;

    @Column(name = "signed_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant signedAt;

    protected MinutesSignature() {}

    public MinutesSignature(MinutesVersion version, Person person, String capacity, Instant signedAt) {
        this.minutes = version.getMinutes();
        this.minutesVersion = version;
        this.contentSha256 = version.getContentSha256();
        this.person = person;
        this.capacity = capacity;
        this.signedAt = signedAt;
    }

    @Override
    public String auditLabel() {
        return "Firma " + minutes.auditLabel() + " — " + person.getFullName();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("person", person.getFullName());
        state.put("capacity", capacity);
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

    public Person getPerson() {
        return person;
    }

    public String getCapacity() {
        return capacity;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
