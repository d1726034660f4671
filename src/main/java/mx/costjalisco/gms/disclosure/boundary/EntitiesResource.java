package mx.costjalisco.gms.disclosure.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.costjalisco.gms.platform.api.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The publishing entities as open data: {@code /api/v1/entities} — each entity, its OC4IDS identifier, when it joined
 * (and left) the initiative, its signed participation agreements with the signed document, and what it publishes (its
 * projects and their average CoST IDS completeness; for one entity also the history of its snapshots). The CSV has one
 * row per entity with its counts.
 */
@Path("v1/entities")
@Tag(name = "Entidades publicadoras", description = "Publishing entities and their participation agreements")
public class EntitiesResource {

    private static final String PUBLICATION = "projectsPublished: the OC4IDS projects imported from the platform"
            + " and assigned to the entity. firstPublishedOn: the day the GMS first read the earliest of them."
            + " lastUpdatedOn: the day an import last brought a new or changed one of them. idsCompleteness: the"
            + " average share of the 39 CoST IDS disclosure points its projects publish, in percent with one decimal."
            + " The dates and idsCompleteness are absent while the entity publishes no project.";

    @Inject
    private PublicDisclosure disclosure;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every publishing entity, by name, with its signed agreements and publication figures",
            description = PUBLICATION + " The list leaves out the history; ask for one entity to have it.")
    public List<PublicDisclosure.PublishedEntity> list() {
        return disclosure.published();
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(
            summary = "The same list as CSV, one row per entity with its counts",
            description = "Columns: id, name, shortName, kind, identifier, joinedOn, leftOn, agreementsSigned,"
                    + " agreementsInForce, projectsPublished, firstPublishedOn, lastUpdatedOn, idsCompleteness, url."
                    + " Empty cells where the JSON has no value.")
    public String listCsv() {
        Csv csv = new Csv(
                "id",
                "name",
                "shortName",
                "kind",
                "identifier",
                "joinedOn",
                "leftOn",
                "agreementsSigned",
                "agreementsInForce",
                "url",
                "projectsPublished",
                "firstPublishedOn",
                "lastUpdatedOn",
                "idsCompleteness");
        for (var e : disclosure.published()) {
            csv.row(
                    e.id(),
                    e.name(),
                    e.shortName(),
                    e.kind(),
                    e.identifier(),
                    e.joinedOn(),
                    e.leftOn(),
                    e.agreementsSigned(),
                    e.agreementsInForce(),
                    e.url(),
                    e.projectsPublished(),
                    e.firstPublishedOn(),
                    e.lastUpdatedOn(),
                    e.idsCompleteness());
        }
        return csv.toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One publishing entity with its signed agreements, publication figures and their history",
            description = PUBLICATION
                    + " history: one entry a day with a snapshot, oldest first — date, projects (published at the end"
                    + " of that day) and idsCompleteness (their average CoST IDS completeness in %).")
    public PublicDisclosure.PublishedEntity one(@PathParam("id") Long id) {
        return disclosure.published(id).orElseThrow(NotFoundException::new);
    }
}
