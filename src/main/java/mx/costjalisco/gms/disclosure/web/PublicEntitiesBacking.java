package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;
import mx.costjalisco.gms.disclosure.boundary.PublicProjects;

/**
 * {@code public/entities.xhtml[?id=]}: anyone's view of the publishing entities, their signed agreements and what they
 * publish; with an id (where an entity's QR code leads), that entity alone with its first projects.
 */
@Named
@ViewScoped
public class PublicEntitiesBacking implements Serializable {

    /** At most this many projects on an entity's page; the open data has them all. */
    public static final int PROJECTS_SHOWN = 100;

    @Inject
    private PublicDisclosure disclosure;

    @Inject
    private PublicProjects projects;

    private Long entityId;
    private List<PublicDisclosure.PublishedEntity> entities;
    private List<PublicProjects.ProjectLine> entityProjects = List.of();

    public void load() {
        entities = entityId == null
                ? disclosure.published()
                : disclosure.published(entityId).map(List::of).orElse(List.of());
        if (entityId != null && !entities.isEmpty() && entities.get(0).projectsPublished() > 0) {
            entityProjects = projects.ofEntity(entityId, PROJECTS_SHOWN);
        }
    }

    /** The first projects of the entity shown alone. */
    public List<PublicProjects.ProjectLine> getProjects() {
        return entityProjects;
    }

    public int getProjectsShown() {
        return PROJECTS_SHOWN;
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
