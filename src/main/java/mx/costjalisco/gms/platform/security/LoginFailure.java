package mx.costjalisco.gms.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one address, kept whether or not an account has it so the lockout tells an attacker nothing.
 * After {@code maxFailures} failures in a row the address is locked for a while; a success clears the count.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @Column(length = Account.EMAIL_MAXLENGTH)
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginFailure() {}

    public LoginFailure(String email) {
        this.email = email;
    }

    /**
     * Counts one more failure. Failures older than the lockout period no longer count, so an occasional typo never
     * adds up to a lockout. Returns whether this failure locked the address.
     */
    public boolean fail(Instant now, int maxFailures, Duration lockout) {
        if (lastFailureAt != null && lastFailureAt.plus(lockout).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures && !isLockedAt(now)) {
            lockedUntil = now.plus(lockout);
            failures = 0;
            return true;
        }
        return false;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailures() {
        return failures;
    }
}
