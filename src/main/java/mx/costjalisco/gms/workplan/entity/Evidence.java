package mx.costjalisco.gms.workplan.entity;

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
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A file that shows an activity's progress — a list of attendance, a photograph, a screenshot, a signed agreement —
 * stored under its SHA-256 with its original name, type (decided by the content), uploader and date; images carry a
 * thumbnail. Published only where the manager marks it so. Never deleted: withdrawn with a reason.
 */
@Entity
@Table(name = "work_evidence")
@NamedQuery(
        name = Evidence.FIND_BY_ACTIVITY,
        query = "SELECT e FROM Evidence e WHERE e.activity.id = :activityId ORDER BY e.uploadedAt DESC, e.id DESC")
@NamedQuery(
        name = Evidence.FIND_BY_PLAN,
        query = "SELECT e FROM Evidence e WHERE e.activity.plan.id = :planId ORDER BY e.uploadedAt, e.id")
public class Evidence extends BaseEntity implements Auditable {

    public static final String FIND_BY_ACTIVITY = "Evidence.findByActivity";
    public static final String FIND_BY_PLAN = "Evidence.findByPlan";

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @ManyToOne
    @JoinColumn(name = "progress_id", updatable = false)
    private ProgressEntry progress;

    /** One of the activity's expected kinds of evidence, as the plan words it; optional. */
    @Column(name = "evidence_type", length = 300)
    private String evidenceType;

    @Column(length = 1000)
    private String description;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "thumbnail_sha256", length = 64, updatable = false)
    private String thumbnailSha256;

    @Column(nullable = false)
    private boolean published;

    @ManyToOne
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    protected Evidence() {}

    public Evidence(
            Activity activity,
            ProgressEntry progress,
            String evidenceType,
            String description,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String thumbnailSha256,
            Institution institution,
            Instant uploadedAt,
            String uploadedBy) {
        this.activity = activity;
        this.progress = progress;
        this.evidenceType = evidenceType;
        this.description = description;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.thumbnailSha256 = thumbnailSha256;
        this.institution = institution;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public void withdraw(Instant at, String by, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawReason = reason;
        this.published = false;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public Activity getActivity() {
        return activity;
    }

    public ProgressEntry getProgress() {
        return progress;
    }

    public String getEvidenceType() {
        return evidenceType;
    }

    public String getDescription() {
        return description;
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

    public String getThumbnailSha256() {
        return thumbnailSha256;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Institution getInstitution() {
        return institution;
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

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    @Override
    public String auditLabel() {
        return fileName + " · " + activity.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("activity", activity.auditLabel());
        state.put("progress", progress == null ? null : progress.getId());
        state.put("evidenceType", evidenceType);
        state.put("description", description);
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("size", size);
        state.put("sha256", sha256);
        state.put("published", published);
        state.put("withdrawnAt", withdrawnAt);
        state.put("withdrawReason", withdrawReason);
        return state;
    }
}
