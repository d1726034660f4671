package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.ProjectImports;
import mx.costjalisco.gms.disclosure.boundary.ProjectReads;
import mx.costjalisco.gms.disclosure.control.DisclosureSettings;
import mx.costjalisco.gms.disclosure.entity.DisclosureImport;
import mx.costjalisco.gms.disclosure.entity.PartyMatch;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code disclosure/edit/imports.xhtml}: the manager imports OC4IDS packages (upload, URL, folder), sees the recent
 * imports, and says which entity each unmatched publisher is.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    /** A publisher that stays unmatched: none of the entities. */
    public static final long NONE = -1L;

    @Inject
    private ProjectImports imports;

    @Inject
    private ProjectReads reads;

    @Inject
    private DisclosureReads disclosure;

    @Inject
    private DisclosureSettings settings;

    @Inject
    private Messages messages;

    private List<DisclosureImport> recent;
    private List<PartyMatch> open;
    private List<PublishingEntity> entities;
    private String url;
    private final Map<Long, Long> decisions = new HashMap<>();

    public void load() {
        recent = reads.imports(30);
        open = reads.openMatches();
        entities = disclosure.entities();
    }

    public String upload() {
        Part part = uploaded();
        if (part == null) {
            messages.error("importForm:file", "disclosure.import.noFile");
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            DisclosureImport run = imports.upload(part.getSubmittedFileName(), in);
            return "/disclosure/import?faces-redirect=true&id=" + run.getId();
        } catch (BusinessRuleException refused) {
            messages.error("importForm", refused);
        } catch (IOException e) {
            messages.error("importForm:file", "disclosure.import.unreadable");
        }
        return null;
    }

    public String fetch() {
        try {
            DisclosureImport run = imports.fetch(url);
            return "/disclosure/import?faces-redirect=true&id=" + run.getId();
        } catch (BusinessRuleException refused) {
            messages.error("fetchForm", refused);
            return null;
        }
    }

    public String importFolder() {
        try {
            List<DisclosureImport> runs = imports.importFolder();
            return "/disclosure/import?faces-redirect=true&id=" + runs.get(0).getId();
        } catch (BusinessRuleException refused) {
            messages.error("folderForm", refused);
            return null;
        }
    }

    public String resolve(PartyMatch match) {
        Long choice = decisions.get(match.getId());
        if (choice == null) {
            messages.error("matchForm", "disclosure.match.choose", match.getPartyName());
            return null;
        }
        try {
            imports.resolve(match.getId(), match.getVersion(), choice == NONE ? null : choice);
            messages.info(
                    "disclosure.match.saved",
                    match.getPartyName() == null ? match.getPartyKey() : match.getPartyName());
            messages.keepForRedirect();
            return "/disclosure/edit/imports?faces-redirect=true";
        } catch (BusinessRuleException refused) {
            messages.error("matchForm", refused);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        }
        return null;
    }

    private static Part uploaded() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            for (Part part : request.getParts()) {
                if ("importForm:file".equals(part.getName())
                        && part.getSubmittedFileName() != null
                        && !part.getSubmittedFileName().isEmpty()) {
                    return part;
                }
            }
        } catch (ServletException | IOException notMultipart) {
            return null;
        }
        return null;
    }

    public List<DisclosureImport> getRecent() {
        return recent;
    }

    public List<PartyMatch> getOpen() {
        return open;
    }

    public List<PublishingEntity> getEntities() {
        return entities;
    }

    public Map<Long, Long> getDecisions() {
        return decisions;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getFeedUrl() {
        return settings.feedUrl().orElse(null);
    }

    public String getFolder() {
        return settings.folder().map(Object::toString).orElse(null);
    }

    public int getMaxMegabytes() {
        return settings.maxMegabytes();
    }

    public long getNone() {
        return NONE;
    }
}
