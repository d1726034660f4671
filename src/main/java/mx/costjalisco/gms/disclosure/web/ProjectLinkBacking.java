package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.ProjectLinks;
import mx.costjalisco.gms.disclosure.boundary.ProjectReads;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.LinkSubject;
import mx.costjalisco.gms.disclosure.entity.ProjectLink;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code disclosure/link.xhtml?kind=&id=&label=&back=}: the projects linked to one record of the GMS (an agreement,
 * an activity, a progress entry, a piece of evidence); search the imported projects by id or title and link one, or
 * unlink. The page that sends here passes the record's name and its own address to come back to.
 */
@Named
@ViewScoped
public class ProjectLinkBacking implements Serializable {

    @Inject
    private ProjectLinks links;

    @Inject
    private ProjectReads reads;

    @Inject
    private Messages messages;

    private LinkSubject kind;
    private Long subjectId;
    private String label;
    private String back;
    private String query;
    private List<ProjectLink> current;
    private List<DisclosedProject> found;

    public void load() {
        if (kind != null && subjectId != null) {
            current = links.linksOf(kind, List.of(subjectId));
        }
    }

    public void search() {
        found = reads.search(query, null);
        if (found.isEmpty()) {
            messages.info("disclosure.link.noneFound", query == null ? "" : query);
        }
    }

    public void link(DisclosedProject project) {
        try {
            links.link(kind, subjectId, project.getId());
            messages.info("disclosure.link.linked", project.getOcid());
            load();
        } catch (BusinessRuleException refused) {
            messages.error("searchForm", refused);
        }
    }

    public void unlink(ProjectLink link) {
        try {
            links.unlink(link.getId());
            messages.info("disclosure.link.unlinked", link.getProject().getOcid());
            load();
        } catch (BusinessRuleException refused) {
            messages.error("linksForm", refused);
        }
    }

    /** The project's page on the platform, or its page here when the platform's address is not configured. */
    public String url(DisclosedProject project) {
        return reads.platformUrl(project).orElse(null);
    }

    /** Where to go back: only an address of this application. */
    public String getBackUrl() {
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : null;
    }

    public boolean isValid() {
        return kind != null && subjectId != null;
    }

    public LinkSubject getKind() {
        return kind;
    }

    public void setKind(LinkSubject kind) {
        this.kind = kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<ProjectLink> getCurrent() {
        return current;
    }

    public List<DisclosedProject> getFound() {
        return found;
    }
}
