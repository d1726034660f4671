package mx.costjalisco.gms.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Password-reset requests for one address within the current window, kept whether or not an account has the address
 * (like the sign-in lockout), so that the limit tells nobody which addresses have accounts. Beyond the limit the
 * page answers the same, and no mail is sent.
 */
@Entity
@Table(name = "reset_request")
public class ResetRequest {

    @Id
    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private int requests;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    protected ResetRequest() {}

    public ResetRequest(String email, Instant now) {
        this.email = email;
        this.windowStartedAt = now;
    }

    /** Counts one more request; whether it is within the limit of {@code max} per {@code window}. */
    public boolean allow(Instant now, int max, Duration window) {
        if (!windowStartedAt.plus(window).isAfter(now)) {
            windowStartedAt = now;
            requests = 0;
        }
        requests++;
        return requests <= max;
    }

    public int getRequests() {
        return requests;
    }
}
