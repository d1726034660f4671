package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A member's personal calendar feed: a secret URL a calendar application polls without signing in. The token only
 * opens the list of meetings the member may see; revoking it (or making a new one) shuts the old URL.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
        name = CalendarFeed.FIND_ACTIVE_BY_TOKEN,
        query = "SELECT f FROM CalendarFeed f WHERE f.token = :token AND f.revokedAt IS NULL")
@NamedQuery(
        name = CalendarFeed.FIND_ACTIVE_OF_ACCOUNT,
        query = "SELECT f FROM CalendarFeed f WHERE f.accountId = :accountId AND f.revokedAt IS NULL")
public class CalendarFeed extends BaseEntity implements Auditable {

    public static final String FIND_ACTIVE_BY_TOKEN = "CalendarFeed.findActiveByToken";
    public static final String FIND_ACTIVE_OF_ACCOUNT = "CalendarFeed.findActiveOfAccount";

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "revoked_at")
    @Convert(converter = InstantConverter.class)
    private Instant revokedAt;

    protected CalendarFeed() {}

    public CalendarFeed(Long accountId, String token, Instant createdAt) {
        this.accountId = accountId;
        this.token = token;
        this.createdAt = createdAt;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    @Override
    public String auditLabel() {
        return "Calendario personal #" + getId();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("accountId", accountId);
        state.put("createdAt", createdAt);
        state.put("revokedAt", revokedAt);
        return state;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
