package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.costjalisco.gms.disclosure.control.DisclosureSettings;
import mx.costjalisco.gms.disclosure.control.ImportReport;
import mx.costjalisco.gms.disclosure.control.Json;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.DisclosureImport;
import mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot;
import mx.costjalisco.gms.disclosure.entity.PartyMatch;
import mx.costjalisco.gms.platform.security.Roles;

/** What everyone signed in reads of the imported projects: imports and their reports, projects, snapshots. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class ProjectReads {

    /** At most this many projects per search. */
    public static final int SEARCH_LIMIT = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DisclosureSettings settings;

    public List<DisclosureImport> imports(int max) {
        return em.createNamedQuery(DisclosureImport.FIND_RECENT, DisclosureImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<DisclosureImport> importRun(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(DisclosureImport.class, id));
    }

    public ImportReport.Content report(DisclosureImport run) {
        DisclosureImport managed = em.find(DisclosureImport.class, run.getId());
        return ImportReport.fromJson(Json.mapper(), managed.getReport());
    }

    public List<PartyMatch> openMatches() {
        return em.createNamedQuery(PartyMatch.FIND_OPEN, PartyMatch.class).getResultList();
    }

    public List<PartyMatch> matches() {
        return em.createNamedQuery(PartyMatch.FIND_ALL, PartyMatch.class).getResultList();
    }

    /** Projects whose id or title contains the text (case aside), by id; all of them (up to the limit) when blank. */
    public List<DisclosedProject> search(String text, Long entityId) {
        String like = "%"
                + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return em.createQuery(
                        "SELECT p FROM DisclosedProject p WHERE (LOWER(p.ocid) LIKE :text ESCAPE '\\'"
                                + " OR LOWER(p.title) LIKE :text ESCAPE '\\')"
                                + " AND (:entityId IS NULL OR p.entity.id = :entityId) ORDER BY p.ocid",
                        DisclosedProject.class)
                .setParameter("text", like)
                .setParameter("entityId", entityId)
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    public long count(Long entityId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM DisclosedProject p WHERE (:entityId IS NULL OR p.entity.id = :entityId)",
                        Long.class)
                .setParameter("entityId", entityId)
                .getSingleResult();
    }

    public Optional<DisclosedProject> project(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(DisclosedProject.class, id));
    }

    public Optional<DisclosedProject> project(String ocid) {
        return em.createNamedQuery(DisclosedProject.FIND_BY_OCID, DisclosedProject.class)
                .setParameter("ocid", ocid)
                .getResultStream()
                .findFirst();
    }

    /** The publisher's JSON of the project, as received. */
    public String rawJson(Long id) {
        return project(id).map(DisclosedProject::getRawJson).orElse(null);
    }

    public List<DisclosureSnapshot> snapshots(Long entityId) {
        return em.createNamedQuery(DisclosureSnapshot.FIND_BY_ENTITY, DisclosureSnapshot.class)
                .setParameter("entityId", entityId)
                .getResultList();
    }

    /** The project on the disclosure platform, when its URL is configured. */
    public Optional<String> platformUrl(DisclosedProject project) {
        return settings.projectUrl(project.getOcid());
    }
}
