package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A document for the analysis of a meeting's agenda, attached to its convocation (art. 18 e). The file is stored in
 * the data directory under its SHA-256; withdrawing a document hides it from new convocations, never deletes it.
 */
@Entity
@Table(name = "meeting_document")
@NamedQuery(
        name = MeetingDocument.FIND_BY_MEETING,
        query = "SELECT d FROM MeetingDocument d WHERE d.meeting.id = :meetingId AND d.withdrawnAt IS NULL"
                + " ORDER BY d.uploadedAt, d.id")
public class MeetingDocument extends BaseEntity implements Auditable {

    public static final String FIND_BY_MEETING = "MeetingDocument.findByMeeting";
    public static final int FILE_NAME_MAXLENGTH = 255;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAXLENGTH, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    protected MeetingDocument() {}

    public MeetingDocument(
            Meeting meeting,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {
        this.meeting = meeting;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    @Override
    public String auditLabel() {
        return fileName + " — " + meeting.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("size", size);
        state.put("sha256", sha256);
        state.put("withdrawnAt", withdrawnAt);
        return state;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
