package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.costjalisco.gms.disclosure.boundary.PublicProjects;

/**
 * {@code public/project.xhtml?id=<OC4IDS id>}: anyone's view of one published project — what its publisher published,
 * which CoST IDS points it discloses (by phase), its page on the platform and its JSON. Where the project's QR code
 * leads when the platform's URL is not configured.
 */
@Named
@ViewScoped
public class PublicProjectBacking implements Serializable {

    @Inject
    private PublicProjects projects;

    private String id;
    private PublicProjects.PublishedProject project;

    public void load() {
        project = projects.project(id).orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PublicProjects.PublishedProject getProject() {
        return project;
    }
}
