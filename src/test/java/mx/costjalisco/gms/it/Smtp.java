package mx.costjalisco.gms.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SMTP server the deployment sends to: GreenMail in the test JVM on 127.0.0.1:3025, where the pom points every
 * integration test's deployment. It can be stopped and started again to show that mail waits while it is down.
 */
final class Smtp {

    private GreenMail server;

    private Smtp() {
        start();
    }

    static Smtp started() {
        return new Smtp();
    }

    /** Starts a fresh server unless one is running. */
    void start() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    void stop() {
        server.stop();
    }

    /** The messages received since this server was last started that match. */
    List<MimeMessage> received(Predicate<MimeMessage> matching) {
        return Arrays.stream(server.getReceivedMessages()).filter(matching).toList();
    }

    /** Waits until {@code count} matching messages arrived, or the time is up; returns those that arrived. */
    List<MimeMessage> await(Predicate<MimeMessage> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = received(matching);
        while (found.size() < count && System.nanoTime() < deadline) {
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
            found = received(matching);
        }
        return found;
    }

    /** Waits a while for mail that should not come (a duplicate would show up within a few poll cycles). */
    void waitQuietly(Duration duration) {
        server.waitForIncomingEmail(duration.toMillis(), server.getReceivedMessages().length + 1);
    }
}
