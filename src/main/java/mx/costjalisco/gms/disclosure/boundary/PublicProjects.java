package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.disclosure.control.DisclosureSettings;
import mx.costjalisco.gms.disclosure.control.IdsCompleteness;
import mx.costjalisco.gms.disclosure.control.Snapshots;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;

/**
 * The imported projects as anyone reads them: what the publisher published in OC4IDS (and so is public already), the
 * CoST IDS points it discloses and the JSON as received. Never the records members linked to it, nor which import
 * brought it or who ran it.
 */
@Stateless
@PermitAll
public class PublicProjects {

    /** A project as published; {@code platformUrl} only when the platform's URL is configured. */
    public record PublishedProject(
            String id,
            String title,
            String status,
            String sector,
            Long entityId,
            String entityName,
            String authority,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal budgetAmount,
            String budgetCurrency,
            String locations,
            String updated,
            LocalDate firstPublishedOn,
            IdsCompleteness completeness,
            String platformUrl,
            String jsonUrl) {}

    /** A line of an entity's list of projects. */
    public record ProjectLine(String id, String title, String status, BigDecimal idsCompleteness) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DisclosureSettings settings;

    @Inject
    private PublicDisclosure disclosure;

    public Optional<PublishedProject> project(String ocid) {
        return find(ocid)
                .map(p -> new PublishedProject(
                        p.getOcid(),
                        p.getTitle(),
                        p.getStatus(),
                        p.getSector(),
                        p.getEntity() == null ? null : p.getEntity().getId(),
                        p.getEntity() == null ? null : p.getEntity().getName(),
                        p.getAuthorityName(),
                        p.getPeriodStart(),
                        p.getPeriodEnd(),
                        p.getBudgetAmount(),
                        p.getBudgetCurrency(),
                        p.getLocations(),
                        p.getUpdated(),
                        p.getFirstSeenOn(),
                        IdsCompleteness.fromCodes(p.getIdsPoints()),
                        settings.projectUrl(p.getOcid()).orElse(null),
                        disclosure.projectJsonUrl(p.getOcid())));
    }

    /** The publisher's JSON of the project, exactly as received. */
    public Optional<String> rawJson(String ocid) {
        return find(ocid).map(DisclosedProject::getRawJson);
    }

    /** The first projects of an entity, by id; its figures give how many there are in all. */
    public List<ProjectLine> ofEntity(Long entityId, int max) {
        return em
                .createQuery(
                        "SELECT p.ocid, p.title, p.status, p.idsCount FROM DisclosedProject p"
                                + " WHERE p.entity.id = :entityId ORDER BY p.ocid",
                        Object[].class)
                .setParameter("entityId", entityId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new ProjectLine(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        Snapshots.percent(((Number) row[3]).doubleValue())))
                .toList();
    }

    private Optional<DisclosedProject> find(String ocid) {
        if (ocid == null || ocid.isBlank() || ocid.length() > DisclosedProject.OCID_MAXLENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery(DisclosedProject.FIND_BY_OCID, DisclosedProject.class)
                .setParameter("ocid", ocid)
                .getResultStream()
                .findFirst();
    }
}
