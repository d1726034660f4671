package mx.costjalisco.gms.platform.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file of a notice's content. The bytes are read only when the message is sent. */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id", nullable = false)
    private OutboxContent content;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 150)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_data", nullable = false)
    private byte[] data;

    protected OutboxAttachment() {}

    OutboxAttachment(OutboxContent content, int sortOrder, MailAttachment attachment) {
        this.content = content;
        this.sortOrder = sortOrder;
        this.fileName = Outbox.clip(attachment.fileName(), 255);
        this.contentType = attachment.contentType();
        this.data = attachment.content();
    }

    MailAttachment toMailAttachment() {
        return new MailAttachment(fileName, contentType, data);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }
}
