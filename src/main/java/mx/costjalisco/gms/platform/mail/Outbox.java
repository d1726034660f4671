package mx.costjalisco.gms.platform.mail;

import java.util.List;

@jakarta.enterprise.context.ApplicationScoped
public class Outbox {
    public List<Long> enqueue(String topic, MailContent content, List<Recipient> recipients) {
        return List.of();
    }

    public List<OutboxMessage> byTopic(String topic) {
        return List.of();
    }

    public List<OutboxMessage> byTopicPrefix(String prefix) {
        return List.of();
    }

    public OutboxMessage resend(long id) {
        return null;
    }
}
