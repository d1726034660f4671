package mx.costjalisco.gms.platform.mail;

import java.time.Duration;

/**
 * How long the sender waits before trying a message again: the base delay after the first failed attempt, doubling
 * after each further one, never more than the cap. A server that is down for a while is not hammered, and a message
 * still goes out within the cap once it is back.
 */
public record Backoff(Duration base, Duration cap) {

    /** The delay after the given number of failed attempts (1 = the first attempt failed). */
    public Duration after(int failedAttempts) {
        if (failedAttempts <= 1) {
            return min(base, cap);
        }
        int doublings = Math.min(failedAttempts - 1, 40); // 2^40 times any base is beyond every cap
        long seconds = base.getSeconds();
        long limit = cap.getSeconds();
        for (int i = 0; i < doublings && seconds < limit; i++) {
            seconds *= 2;
        }
        return min(Duration.ofSeconds(seconds), cap);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
