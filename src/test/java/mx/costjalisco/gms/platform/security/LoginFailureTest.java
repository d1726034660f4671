package mx.costjalisco.gms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailureTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-11-25T16:00:00Z");

    @Test
    void theFifthFailureInARowLocksTheAddressForTheLockoutPeriod() {
        LoginFailure failures = new LoginFailure("a@b.mx");
        for (int i = 0; i < 4; i++) {
            assertFalse(failures.fail(NOW.plusSeconds(i), 5, LOCKOUT));
        }
        assertFalse(failures.isLockedAt(NOW.plusSeconds(4)));
        assertTrue(failures.fail(NOW.plusSeconds(4), 5, LOCKOUT));
        assertTrue(failures.isLockedAt(NOW.plusSeconds(5)));
        assertEquals(NOW.plusSeconds(4).plus(LOCKOUT), failures.getLockedUntil());
        assertFalse(failures.isLockedAt(NOW.plusSeconds(4).plus(LOCKOUT)));
    }

    @Test
    void oldFailuresStopCounting() {
        LoginFailure failures = new LoginFailure("a@b.mx");
        for (int i = 0; i < 4; i++) {
            failures.fail(NOW, 5, LOCKOUT);
        }
        assertFalse(failures.fail(NOW.plus(Duration.ofMinutes(16)), 5, LOCKOUT));
        assertEquals(1, failures.getFailures());
    }
}
