package mx.costjalisco.gms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sender waits longer after each failure, doubling from the base, never beyond the cap. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(60), Duration.ofHours(6));

    @Test
    void doublesFromTheBaseAfterEachFailedAttempt() {
        assertEquals(Duration.ofMinutes(1), backoff.after(1));
        assertEquals(Duration.ofMinutes(2), backoff.after(2));
        assertEquals(Duration.ofMinutes(4), backoff.after(3));
        assertEquals(Duration.ofMinutes(256), backoff.after(9));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertEquals(Duration.ofHours(6), backoff.after(10));
        assertEquals(Duration.ofHours(6), backoff.after(1_000));
        assertEquals(Duration.ofHours(6), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void aBaseAboveTheCapIsCapped() {
        assertEquals(Duration.ofSeconds(10), new Backoff(Duration.ofMinutes(1), Duration.ofSeconds(10)).after(1));
    }
}
