package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.ProjectLinks;
import mx.costjalisco.gms.disclosure.boundary.ProjectReads;
import mx.costjalisco.gms.disclosure.control.IdsCompleteness;
import mx.costjalisco.gms.disclosure.control.IdsPoint;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.ProjectLink;

/**
 * {@code disclosure/project.xhtml?id=}: one imported project — what the GMS reads of it, which CoST IDS points it
 * publishes (by phase), the records linked to it, its page on the platform, its QR code and the publisher's JSON.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    /** The points of one phase, each published or not. */
    public record PhaseRow(IdsPoint.Phase phase, IdsCompleteness.Share share, List<PointRow> points) {}

    public record PointRow(IdsPoint point, boolean published) {}

    @Inject
    private ProjectReads reads;

    @Inject
    private ProjectLinks links;

    private Long id;
    private DisclosedProject project;
    private IdsCompleteness completeness;
    private List<PhaseRow> phases;
    private List<ProjectLink> linked;
    private String platformUrl;

    public void load() {
        project = reads.project(id).orElse(null);
        if (project == null) {
            return;
        }
        completeness = IdsCompleteness.fromCodes(project.getIdsPoints());
        phases = new ArrayList<>();
        var shares = completeness.byPhase();
        for (IdsPoint.Phase phase : IdsPoint.Phase.values()) {
            List<PointRow> rows = new ArrayList<>();
            for (IdsPoint point : IdsPoint.values()) {
                if (point.phase() == phase) {
                    rows.add(new PointRow(point, completeness.published().contains(point)));
                }
            }
            phases.add(new PhaseRow(phase, shares.get(phase), rows));
        }
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

    public List<PhaseRow> getPhases() {
        return phases;
    }

    public List<ProjectLink> getLinked() {
        return linked;
    }

    public String getPlatformUrl() {
        return platformUrl;
    }
}
