package mx.costjalisco.gms.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A record of the GMS — an agreement, an activity, a progress entry, a piece of evidence — that names a published
 * project. Withdrawn (who, when), never removed.
 */
@Entity
@Table(name = "project_link")
@NamedQuery(
        name = ProjectLink.FIND_BY_SUBJECT,
        query = "SELECT l FROM ProjectLink l JOIN FETCH l.project WHERE l.subjectKind = :kind AND l.subjectId IN :ids"
                + " AND l.withdrawnAt IS NULL ORDER BY l.project.ocid")
@NamedQuery(
        name = ProjectLink.FIND_BY_PROJECT,
        query = "SELECT l FROM ProjectLink l WHERE l.project.id = :projectId AND l.withdrawnAt IS NULL"
                + " ORDER BY l.subjectKind, l.subjectId")
public class ProjectLink extends BaseEntity implements Auditable {

    public static final String FIND_BY_SUBJECT = "ProjectLink.findBySubject";
    public static final String FIND_BY_PROJECT = "ProjectLink.findByProject";

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private DisclosedProject project;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20, updatable = false)
    private LinkSubject subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 254)
    private String withdrawnBy;

    protected ProjectLink() {}

    public ProjectLink(
            DisclosedProject project, LinkSubject subjectKind, Long subjectId, Instant createdAt, String createdBy) {
        this.project = project;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void withdraw(Instant at, String by) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    @Override
    public String auditLabel() {
        return subjectKind + " " + subjectId + " → " + project.getOcid();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("project", project.getOcid());
        state.put("subject", subjectKind + " " + subjectId);
        state.put("withdrawnAt", withdrawnAt);
        return state;
    }

    public DisclosedProject getProject() {
        return project;
    }

    public LinkSubject getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
