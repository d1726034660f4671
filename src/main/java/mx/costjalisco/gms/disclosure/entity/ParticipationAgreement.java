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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A participation agreement (convenio) of a publishing entity with CoST Jalisco: drafted, then signed on a day with
 * the signed document attached, in force until its end date, or terminated early with a reason. Its commitments say
 * what the entity undertakes to publish (e.g. projects per quarter). Nothing is deleted; every change is audited.
 */
@Entity
@Table(name = "participation_agreement")
@NamedQuery(
        name = ParticipationAgreement.FIND_BY_ENTITY,
        query = "SELECT a FROM ParticipationAgreement a WHERE a.entity.id = :entityId ORDER BY a.signedOn, a.id")
@NamedQuery(
        name = ParticipationAgreement.FIND_ALL,
        query = "SELECT a FROM ParticipationAgreement a ORDER BY a.entity.name, a.signedOn, a.id")
public class ParticipationAgreement extends BaseEntity implements Auditable {

    public static final String FIND_BY_ENTITY = "ParticipationAgreement.findByEntity";
    public static final String FIND_ALL = "ParticipationAgreement.findAll";
    public static final int TITLE_MAXLENGTH = 300;
    public static final int REASON_MAXLENGTH = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entity_id", nullable = false, updatable = false)
    private PublishingEntity entity;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 20000)
    private String commitments;

    @Column(name = "projects_per_quarter")
    private Integer projectsPerQuarter;

    @Column(name = "document_name", length = 255)
    private String documentName;

    @Column(name = "document_type", length = 100)
    private String documentType;

    @Column(name = "document_size")
    private Long documentSize;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "termination_reason", length = REASON_MAXLENGTH)
    private String terminationReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ParticipationAgreement() {}

    public ParticipationAgreement(PublishingEntity entity, String title, Instant createdAt, String createdBy) {
        this.entity = entity;
        this.title = title;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Records the signature: the agreement is in force from that day. */
    public void sign(LocalDate on) {
        this.status = AgreementStatus.SIGNED;
        this.signedOn = on;
    }

    /** Ends the agreement early, on a day, with the reason; it stays in the record. */
    public void terminate(LocalDate on, String reason) {
        this.status = AgreementStatus.TERMINATED;
        this.terminatedOn = on;
        this.terminationReason = reason;
    }

    /** The status as of a day: a signed agreement past its end date reads as expired even before it is marked so. */
    public AgreementStatus statusOn(LocalDate day) {
        if (status == AgreementStatus.SIGNED && validUntil != null && validUntil.isBefore(day)) {
            return AgreementStatus.EXPIRED;
        }
        return status;
    }

    public boolean isInForce(LocalDate day) {
        return statusOn(day) == AgreementStatus.SIGNED;
    }

    /** Signed at some point: signed, expired, or terminated after its signature. */
    public boolean wasSigned() {
        return signedOn != null && status != AgreementStatus.DRAFT;
    }

    public void attach(String fileName, String contentType, long size, String sha256) {
        this.documentName = fileName;
        this.documentType = contentType;
        this.documentSize = size;
        this.documentSha256 = sha256;
    }

    public boolean hasDocument() {
        return documentSha256 != null;
    }

    @Override
    public String auditLabel() {
        return entity.getName() + " · " + title;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("entity", entity.getName());
        state.put("title", title);
        state.put("status", status);
        state.put("signedOn", signedOn);
        state.put("validUntil", validUntil);
        state.put("commitments", commitments);
        state.put("projectsPerQuarter", projectsPerQuarter);
        state.put("document", documentName);
        state.put("documentSha256", documentSha256);
        state.put("terminatedOn", terminatedOn);
        state.put("terminationReason", terminationReason);
        return state;
    }

    public PublishingEntity getEntity() {
        return entity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getCommitments() {
        return commitments;
    }

    public void setCommitments(String commitments) {
        this.commitments = commitments;
    }

    public Integer getProjectsPerQuarter() {
        return projectsPerQuarter;
    }

    public void setProjectsPerQuarter(Integer projectsPerQuarter) {
        this.projectsPerQuarter = projectsPerQuarter;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getDocumentType() {
        return documentType;
    }

    public Long getDocumentSize() {
        return documentSize;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
