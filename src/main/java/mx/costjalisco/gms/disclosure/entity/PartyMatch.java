package mx.costjalisco.gms.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A publisher the feed names (its public authority) that no entity's identifier or name matched, and what the manager
 * decided it is: a publishing entity, or not one ("ignored"). Decided once, remembered for every later import.
 */
@Entity
@Table(name = "disclosure_party_match")
@NamedQuery(name = PartyMatch.FIND_ALL, query = "SELECT m FROM PartyMatch m ORDER BY m.partyName, m.partyKey")
@NamedQuery(
        name = PartyMatch.FIND_OPEN,
        query = "SELECT m FROM PartyMatch m WHERE m.entity IS NULL AND m.ignored = FALSE ORDER BY m.partyName")
public class PartyMatch extends BaseEntity implements Auditable {

    public static final String FIND_ALL = "PartyMatch.findAll";
    public static final String FIND_OPEN = "PartyMatch.findOpen";

    @Column(name = "party_key", nullable = false, length = DisclosedProject.AUTHORITY_KEY_MAXLENGTH, updatable = false)
    private String partyKey;

    @Column(name = "party_id", length = 255)
    private String partyId;

    @Column(name = "party_name", length = 500)
    private String partyName;

    @ManyToOne
    @JoinColumn(name = "entity_id")
    private PublishingEntity entity;

    @Column(nullable = false)
    private boolean ignored;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant firstSeenAt;

    @Column(name = "decided_at")
    @Convert(converter = InstantConverter.class)
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    protected PartyMatch() {}

    public PartyMatch(String partyKey, String partyId, String partyName, Instant firstSeenAt) {
        this.partyKey = partyKey;
        this.partyId = partyId == null || partyId.length() <= 255 ? partyId : partyId.substring(0, 255);
        this.partyName = partyName == null || partyName.length() <= 500 ? partyName : partyName.substring(0, 500);
        this.firstSeenAt = firstSeenAt;
    }

    public void decide(PublishingEntity entity, Instant at, String by) {
        this.entity = entity;
        this.ignored = entity == null;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public boolean isOpen() {
        return entity == null && !ignored;
    }

    @Override
    public String auditLabel() {
        return partyName != null ? partyName : partyKey;
    }

    @Override
    public java.util.Map<String, Object> auditState() {
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("partyKey", partyKey);
        state.put("entity", entity == null ? null : entity.getName());
        state.put("ignored", ignored);
        return state;
    }

    public String getPartyKey() {
        return partyKey;
    }

    public String getPartyId() {
        return partyId;
    }

    public String getPartyName() {
        return partyName;
    }

    public PublishingEntity getEntity() {
        return entity;
    }

    public boolean isIgnored() {
        return ignored;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
