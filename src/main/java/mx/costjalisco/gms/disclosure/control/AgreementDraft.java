package mx.costjalisco.gms.disclosure.control;

import java.io.Serializable;
import java.time.LocalDate;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;

/** A participation agreement as the manager's form holds it, before the rules accept it. */
public class AgreementDraft implements Serializable {

    private Long id;
    private long version;
    private Long entityId;
    private String title;
    private LocalDate validUntil;
    private String commitments;
    private Integer projectsPerQuarter;

    public static AgreementDraft of(ParticipationAgreement agreement) {
        AgreementDraft draft = new AgreementDraft();
        draft.id = agreement.getId();
        draft.version = agreement.getVersion();
        draft.entityId = agreement.getEntity().getId();
        draft.title = agreement.getTitle();
        draft.validUntil = agreement.getValidUntil();
        draft.commitments = agreement.getCommitments();
        draft.projectsPerQuarter = agreement.getProjectsPerQuarter();
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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
}
