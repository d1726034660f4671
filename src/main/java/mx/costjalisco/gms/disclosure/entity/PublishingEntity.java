package mx.costjalisco.gms.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A public body that publishes its infrastructure projects on CoST Jalisco's platform: the State Government, a
 * municipality, an agency. Known on the platform by its OC4IDS party identifier; may be a member institution of the
 * GMS too. Leaving the initiative ends its participation on a day, with a reason; nothing is deleted.
 */
@Entity
@Table(name = "publishing_entity")
@NamedQuery(name = PublishingEntity.FIND_ALL, query = "SELECT e FROM PublishingEntity e ORDER BY e.name")
@NamedQuery(
        name = PublishingEntity.FIND_BY_NAME,
        query = "SELECT e FROM PublishingEntity e WHERE LOWER(e.name) = :name")
@NamedQuery(
        name = PublishingEntity.FIND_BY_PARTY,
        query = "SELECT e FROM PublishingEntity e WHERE e.partyId = :partyId")
public class PublishingEntity extends BaseEntity implements Auditable {

    public static final String FIND_ALL = "PublishingEntity.findAll";
    public static final String FIND_BY_NAME = "PublishingEntity.findByName";
    public static final String FIND_BY_PARTY = "PublishingEntity.findByParty";
    public static final int NAME_MAXLENGTH = 200;
    public static final int SHORT_NAME_MAXLENGTH = 60;
    public static final int PARTY_ID_MAXLENGTH = 100;
    public static final int REASON_MAXLENGTH = 500;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "short_name", length = SHORT_NAME_MAXLENGTH)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EntityKind kind;

    /** The OC4IDS party identifier the platform publishes the entity under, e.g. {@code MX-MUN-14039}. */
    @Column(name = "party_id", length = PARTY_ID_MAXLENGTH)
    private String partyId;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_reason", length = REASON_MAXLENGTH)
    private String leftReason;

    /** Internal: never published. */
    @Column(length = 20000)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected PublishingEntity() {}

    public PublishingEntity(String name, EntityKind kind, LocalDate joinedOn, Instant createdAt, String createdBy) {
        this.name = name;
        this.kind = kind;
        this.joinedOn = joinedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Ends the entity's participation in the initiative on a day, with the reason. */
    public void leave(LocalDate on, String reason) {
        this.leftOn = on;
        this.leftReason = reason;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("shortName", shortName);
        state.put("kind", kind);
        state.put("partyId", partyId);
        state.put("institution", institution == null ? null : institution.getName());
        state.put("joinedOn", joinedOn);
        state.put("leftOn", leftOn);
        state.put("leftReason", leftReason);
        state.put("notes", notes);
        return state;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public EntityKind getKind() {
        return kind;
    }

    public void setKind(EntityKind kind) {
        this.kind = kind;
    }

    public String getPartyId() {
        return partyId;
    }

    public void setPartyId(String partyId) {
        this.partyId = partyId;
    }

    public Institution getInstitution() {
        return institution;
    }

    public void setInstitution(Institution institution) {
        this.institution = institution;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
