package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.ProjectReads;
import mx.costjalisco.gms.disclosure.control.IdsCompleteness;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;

/** {@code disclosure/projects.xhtml?q=&entity=}: the imported projects, searched by id or title, by entity. */
@Named
@ViewScoped
public class ProjectsBacking implements Serializable {

    @Inject
    private ProjectReads reads;

    @Inject
    private DisclosureReads disclosure;

    private String query;
    private Long entityId;
    private List<DisclosedProject> projects;
    private List<PublishingEntity> entities;
    private long total;

    public void load() {
        entities = disclosure.entities();
        projects = reads.search(query, entityId);
        total = reads.count(entityId);
    }

    public String search() {
        return "/disclosure/projects?faces-redirect=true&includeViewParams=true";
    }

    public BigDecimal percent(DisclosedProject project) {
        return IdsCompleteness.fromCodes(project.getIdsPoints()).percent();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public List<DisclosedProject> getProjects() {
        return projects;
    }

    public List<PublishingEntity> getEntities() {
        return entities;
    }

    public long getTotal() {
        return total;
    }

    public int getLimit() {
        return ProjectReads.SEARCH_LIMIT;
    }
}
