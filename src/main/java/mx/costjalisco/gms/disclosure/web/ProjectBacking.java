package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.ProjectLinks;
import mx.costjalisco.gms.disclosure.boundary.ProjectReads;
import mx.costjalisco.gms.disclosure.control.IdsCompleteness;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.ProjectLink;

/**
 * {@code disclosure/project.xhtml?id=}: one imported project — what the GMS reads of it, which CoST IDS points it
 * publishes (by phase), the records linked to it, its page on the platform, its QR code and the publisher's JSON.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    @Inject
    private ProjectReads reads;

    @Inject
    private ProjectLinks links;

    private Long id;
    private DisclosedProject project;
    private IdsCompleteness completeness;
    private List<IdsCompleteness.PhasePoints> phases;
    private List<ProjectLink> linked;
    private String platformUrl;

    public void load() {
        project = reads.project(id).orElse(null);
        if (project == null) {
            return;
        }
        completeness = IdsCompleteness.fromCodes(project.getIdsPoints());
        phases = completeness.phases();
        linked = links.linksTo(project.getId());
        platformUrl = reads.platformUrl(project).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DisclosedProject getProject() {
        return project;
    }

    public IdsCompleteness getCompleteness() {
        return completeness;
    }

    public List<IdsCompleteness.PhasePoints> getPhases() {
        return phases;
    }

    public List<ProjectLink> getLinked() {
        return linked;
    }

    public String getPlatformUrl() {
        return platformUrl;
    }
}
