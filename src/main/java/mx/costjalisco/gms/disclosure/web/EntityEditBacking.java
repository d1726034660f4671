package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.EntityService;
import mx.costjalisco.gms.disclosure.control.EntityDraft;
import mx.costjalisco.gms.disclosure.entity.EntityKind;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code disclosure/edit/entity.xhtml[?id=]}: the manager adds a publishing entity or edits one, and records that it
 * leaves the initiative.
 */
@Named
@ViewScoped
public class EntityEditBacking implements Serializable {

    @Inject
    private EntityService service;

    @Inject
    private DisclosureReads reads;

    @Inject
    private Messages messages;

    private Long entityId;
    private PublishingEntity entity;
    private EntityDraft draft;
    private List<Institution> institutions;
    private LocalDate leftOn;
    private String leftReason;

    public void load() {
        institutions = service.institutions();
        entity = reads.entity(entityId).orElse(null);
        if (draft == null) {
            draft = entity == null ? new EntityDraft() : EntityDraft.of(entity);
        }
    }

    public String save() {
        try {
            PublishingEntity saved = service.save(draft);
            messages.info("disclosure.saved", saved.getName());
            messages.keepForRedirect();
            return "/disclosure/entity?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleException refused) {
            messages.error("entityForm", refused);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        }
        return null;
    }

    public String leave() {
        try {
            service.leave(entity.getId(), leftOn, leftReason);
            messages.info("disclosure.left");
            messages.keepForRedirect();
            return "/disclosure/entity?faces-redirect=true&id=" + entity.getId();
        } catch (BusinessRuleException refused) {
            messages.error("leaveForm", refused);
            return null;
        }
    }

    public boolean isNew() {
        return entity == null;
    }

    public EntityKind[] getKinds() {
        return EntityKind.values();
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

    public EntityDraft getDraft() {
        return draft;
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public void setLeftReason(String leftReason) {
        this.leftReason = leftReason;
    }
}
