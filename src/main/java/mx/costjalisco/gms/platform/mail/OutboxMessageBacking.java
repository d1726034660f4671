package mx.costjalisco.gms.platform.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/** {@code outbox/message.xhtml}: one message — recipient, delivery, text, attachments — and sending it again. */
@Named
@ViewScoped
public class OutboxMessageBacking implements Serializable {

    @Inject
    private OutboxSearch search;

    @Inject
    private Outbox outbox;

    @Inject
    private Messages messages;

    private Long messageId;
    private OutboxMessage message;

    public void load() {
        message = search.find(messageId).orElse(null);
        if (message == null) {
            Pages.notFound();
        }
    }

    /** Queues a copy for the same recipient and shows it. */
    public String resend() {
        try {
            OutboxMessage copy = outbox.resend(messageId);
            messages.info("outbox.resent", copy.getRecipientEmail());
            messages.keepForRedirect();
            return "/outbox/message?faces-redirect=true&id=" + copy.getId();
        } catch (BusinessRuleException refused) {
            messages.error(null, refused);
            return null;
        }
    }

    public Long getMessageId() {
        return messageId;
    }

    public void setMessageId(Long messageId) {
        this.messageId = messageId;
    }

    public OutboxMessage getMessage() {
        return message;
    }
}
