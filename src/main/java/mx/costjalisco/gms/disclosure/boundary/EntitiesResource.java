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
 * (and left) the initiative, and its signed participation agreements with the signed document. The CSV has one row
 * per entity with its counts.
 */
@Path("v1/entities")
@Tag(name = "Entidades publicadoras", description = "Publishing entities and their participation agreements")
public class EntitiesResource {

    @Inject
    private PublicDisclosure disclosure;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every publishing entity, by name, with its signed agreements")
    public List<PublicDisclosure.PublishedEntity> list() {
        return disclosure.published();
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same list as CSV, one row per entity with its counts")
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
                "url");
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
                    e.url());
        }
        return csv.toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One publishing entity with its signed agreements")
    public PublicDisclosure.PublishedEntity one(@PathParam("id") Long id) {
        return disclosure.published(id).orElseThrow(NotFoundException::new);
    }
}
