package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;
import mx.costjalisco.gms.disclosure.entity.AgreementStatus;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;

/**
 * {@code disclosure/entity.xhtml?id=}: one publishing entity, its agreements (drafts too) with their signed documents,
 * and its QR code to download.
 */
@Named
@ViewScoped
public class EntityBacking implements Serializable {

    @Inject
    private DisclosureReads reads;

    @Inject
    private PublicDisclosure publicDisclosure;

    private Long entityId;
    private PublishingEntity entity;
    private List<ParticipationAgreement> agreements;
    private String publicUrl;

    public void load() {
        entity = reads.entity(entityId).orElse(null);
        if (entity != null) {
            agreements = reads.agreementsOf(entity.getId());
            publicUrl = publicDisclosure.pageUrl(entity.getId());
        }
    }

    public AgreementStatus status(ParticipationAgreement agreement) {
        return agreement.statusOn(reads.today());
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public PublishingEntity getEntity() {
        return entity;
    }

    public List<ParticipationAgreement> getAgreements() {
        return agreements;
    }

    public String getPublicUrl() {
        return publicUrl;
    }
}
