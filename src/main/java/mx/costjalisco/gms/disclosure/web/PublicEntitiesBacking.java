package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;

/**
 * {@code public/entities.xhtml[?id=]}: anyone's view of the publishing entities and their signed agreements; with an
 * id (where an entity's QR code leads), that entity alone.
 */
@Named
@ViewScoped
public class PublicEntitiesBacking implements Serializable {

    @Inject
    private PublicDisclosure disclosure;

    private Long entityId;
    private List<PublicDisclosure.PublishedEntity> entities;

    public void load() {
        entities = entityId == null
                ? disclosure.published()
                : disclosure.published(entityId).map(List::of).orElse(List.of());
    }

    public boolean isSingle() {
        return entityId != null;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public List<PublicDisclosure.PublishedEntity> getEntities() {
        return entities;
    }
}
