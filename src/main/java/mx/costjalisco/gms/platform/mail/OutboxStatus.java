package mx.costjalisco.gms.platform.mail;

/**
 * Where a message of the outbox is. QUEUED waits for its next attempt; SENDING is claimed by one sender; SENT went
 * out; FAILED will not be tried again (a permanent refusal, or too many attempts). Labels are in the bundle as
 * {@code OutboxStatus.NAME}.
 */
public enum OutboxStatus {
    QUEUED("warn"),
    SENDING("muted"),
    SENT("ok"),
    FAILED("bad");

    private final String tone;

    OutboxStatus(String tone) {
        this.tone = tone;
    }

    /** The style of its tag on the outbox page. */
    public String getTone() {
        return tone;
    }
}
