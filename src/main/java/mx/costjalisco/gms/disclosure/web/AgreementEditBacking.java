package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.EntityService;
import mx.costjalisco.gms.disclosure.control.AgreementDraft;
import mx.costjalisco.gms.disclosure.entity.AgreementStatus;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code disclosure/edit/agreement.xhtml?entity=[&id=]}: the manager drafts an agreement of an entity or edits its
 * terms, attaches the signed PDF, records the signature, or terminates it with a reason.
 */
@Named
@ViewScoped
public class AgreementEditBacking implements Serializable {

    @Inject
    private EntityService service;

    @Inject
    private DisclosureReads reads;

    @Inject
    private Messages messages;

    private Long entityId;
    private Long agreementId;
    private PublishingEntity entity;
    private ParticipationAgreement agreement;
    private AgreementDraft draft;
    private transient Part document;
    private LocalDate signedOn;
    private String reason;

    public void load() {
        agreement = reads.agreement(agreementId).orElse(null);
        entity = agreement != null
                ? agreement.getEntity()
                : reads.entity(entityId).orElse(null);
        if (draft == null && entity != null) {
            draft = agreement == null ? new AgreementDraft() : AgreementDraft.of(agreement);
            draft.setEntityId(entity.getId());
        }
    }

    public String save() {
        boolean withFile = document != null
                && document.getSubmittedFileName() != null
                && !document.getSubmittedFileName().isBlank();
        try (InputStream in = withFile ? document.getInputStream() : null) {
            ParticipationAgreement saved = service.save(draft, withFile ? document.getSubmittedFileName() : null, in);
            messages.info("disclosure.agreement.saved", saved.getTitle());
            messages.keepForRedirect();
            return "/disclosure/edit/agreement?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleException refused) {
            messages.error("agreementForm", refused);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    public String sign() {
        try {
            service.sign(agreement.getId(), agreement.getVersion(), signedOn);
            messages.info("disclosure.agreement.signed");
            messages.keepForRedirect();
            return "/disclosure/entity?faces-redirect=true&id=" + entity.getId();
        } catch (BusinessRuleException refused) {
            messages.error("signForm", refused);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        }
        return null;
    }

    public String terminate() {
        try {
            service.terminate(agreement.getId(), reason);
            messages.info("disclosure.agreement.terminated");
            messages.keepForRedirect();
            return "/disclosure/entity?faces-redirect=true&id=" + entity.getId();
        } catch (BusinessRuleException refused) {
            messages.error("terminateForm", refused);
            return null;
        }
    }

    public boolean isNew() {
        return agreement == null;
    }

    public boolean isSignable() {
        return agreement != null && agreement.getStatus() == AgreementStatus.DRAFT;
    }

    public boolean isTerminable() {
        return agreement != null && agreement.getStatus() != AgreementStatus.TERMINATED;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public PublishingEntity getEntity() {
        return entity;
    }

    public ParticipationAgreement getAgreement() {
        return agreement;
    }

    public AgreementDraft getDraft() {
        return draft;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
