package mx.costjalisco.gms.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;

/**
 * Someone who can sign in: a person of the registry (by id, since the platform knows no features) or staff. The
 * e-mail address is the sign-in name. Accounts are disabled, never deleted.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
public class Account extends BaseEntity implements Auditable {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String COUNT = "Account.count";
    public static final int EMAIL_MAXLENGTH = 254;
    public static final int NAME_MAXLENGTH = 200;

    @Column(nullable = false, length = EMAIL_MAXLENGTH)
    @NotBlank
    @Email
    @Size(max = EMAIL_MAXLENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAXLENGTH)
    @NotBlank
    @Size(max = NAME_MAXLENGTH)
    private String displayName;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20, nullable = false)
    private Set<String> roles = new TreeSet<>();

    protected Account() {}

    public Account(String email, String displayName, Instant createdAt) {
        setEmail(email);
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    /** Addresses compare without case or surrounding spaces: this is the one form stored and looked up. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normalizeEmail(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = new TreeSet<>(roles);
    }

    @Override
    public String auditLabel() {
        return email;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", email);
        state.put("displayName", displayName);
        state.put("personId", personId);
        state.put("roles", String.join(", ", new TreeSet<>(roles)));
        state.put("enabled", enabled);
        return state;
    }
}
