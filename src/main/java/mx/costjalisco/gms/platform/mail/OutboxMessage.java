package mx.costjalisco.gms.platform.mail;

public class OutboxMessage {
    public Long getId() {
        return null;
    }

    public String getTopic() {
        return null;
    }

    public String getRecipientEmail() {
        return null;
    }

    public String getRecipientName() {
        return null;
    }

    public String getSubject() {
        return null;
    }

    public Enum<?> getStatus() {
        return null;
    }

    public String getLastError() {
        return null;
    }

    public int getAttempts() {
        return 0;
    }

    public java.time.Instant getSentAt() {
        return null;
    }

    public java.time.Instant getCreatedAt() {
        return null;
    }
}
