package mx.costjalisco.gms.account.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A few reset requests per address and hour; the window starts again once it has passed. */
class ResetRequestTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void refusesBeyondTheLimitWithinTheWindowAndAllowsAgainAfterIt() {
        Instant start = Instant.parse("2023-05-10T15:00:00Z");
        ResetRequest requests = new ResetRequest("ana@prueba.example", start);
        assertTrue(requests.allow(start, 3, HOUR));
        assertTrue(requests.allow(start.plusSeconds(60), 3, HOUR));
        assertTrue(requests.allow(start.plusSeconds(120), 3, HOUR));
        assertFalse(requests.allow(start.plusSeconds(180), 3, HOUR));
        assertTrue(requests.allow(start.plus(HOUR).plusSeconds(1), 3, HOUR));
    }
}
