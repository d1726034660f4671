package mx.costjalisco.gms.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.platform.web.PagedModel;
import mx.costjalisco.gms.platform.web.Tables;

/** {@code outbox/messages.xhtml}: every message of the outbox, newest first, filtered by status, topic, recipient. */
@Named
@ViewScoped
public class OutboxMessagesBacking implements Serializable {

    @Inject
    private OutboxSearch search;

    private OutboxStatus status;
    private String topic;
    private String recipient;
    private PagedModel<OutboxMessage> messages;

    @PostConstruct
    void init() {
        messages = new PagedModel<>(
                () -> search.count(filter()),
                (first, size, sort, ascending) -> search.find(filter(), first, size),
                OutboxMessage::getId);
    }

    private OutboxSearch.Filter filter() {
        return new OutboxSearch.Filter(status, topic, recipient);
    }

    public void filterChanged() {
        Tables.showFirstPage("outbox:messages");
    }

    public void clear() {
        status = null;
        topic = null;
        recipient = null;
        filterChanged();
    }

    public List<OutboxStatus> getStatuses() {
        return List.of(OutboxStatus.values());
    }

    public PagedModel<OutboxMessage> getMessages() {
        return messages;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
