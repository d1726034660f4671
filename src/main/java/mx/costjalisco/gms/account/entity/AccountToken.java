package mx.costjalisco.gms.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link that lets the holder set an account's password. Only the SHA-256 of the token is stored, so the
 * table alone opens no account. A link works once, until it expires, and only while it is the account's newest: a new
 * link voids the older ones. Links are marked used or void, never deleted.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.OPEN_FOR_ACCOUNT,
        query = "SELECT t FROM AccountToken t WHERE t.accountId = :accountId AND t.usedAt IS NULL"
                + " AND t.voidedAt IS NULL")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String OPEN_FOR_ACCOUNT = "AccountToken.openForAccount";

    /** What a link is worth when someone opens it. */
    public enum State {
        VALID,
        USED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected AccountToken() {}

    public AccountToken(Long accountId, TokenPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A link that was used, or replaced by a newer one, counts as used: either way it no longer opens anything. */
    public State stateAt(Instant now) {
        if (usedAt != null || voidedAt != null) {
            return State.USED;
        }
        return expiresAt.isAfter(now) ? State.VALID : State.EXPIRED;
    }

    /** Replaced by a newer link. */
    public void voidAt(Instant now) {
        this.voidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
