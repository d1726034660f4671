package mx.costjalisco.gms.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.PublicAgreements.PublishedAgreement;
import mx.costjalisco.gms.platform.api.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sessions' agreements as open data: {@code /api/v1/agreements[?year=YYYY]} — each agreement of a session held,
 * its session, text, how it was decided and its follow-up actions; {@code /api/v1/agreements/{code or id}} one of
 * them. The CSV has one row per agreement with its actions counted.
 */
@Path("v1/agreements")
@Tag(name = "Acuerdos del GMS", description = "The agreements of the GMS's sessions and their follow-up")
public class AgreementsResource {

    @Inject
    private PublicAgreements agreements;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agreements of the sessions held (of a year, if given), by session date and number")
    public List<PublishedAgreement> list(
            @QueryParam("year") @Parameter(description = "e.g. 2023; every year when absent") Integer year) {
        return agreements.published(year);
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same list as CSV, one row per agreement with its actions counted")
    public String listCsv(@QueryParam("year") Integer year) {
        Csv csv = new Csv(
                "id",
                "code",
                "number",
                "sessionId",
                "session",
                "sessionKind",
                "sessionDay",
                "text",
                "decidedBy",
                "outcome",
                "result",
                "present",
                "votesFor",
                "votesAgainst",
                "abstentions",
                "actionsTotal",
                "actionsDone",
                "actionsOverdue");
        for (PublishedAgreement a : agreements.published(year)) {
            csv.row(
                    a.id(),
                    a.code(),
                    a.number(),
                    a.sessionId(),
                    a.session(),
                    a.sessionKind(),
                    a.sessionDay(),
                    a.text(),
                    a.decidedBy(),
                    a.outcome(),
                    a.result(),
                    a.present(),
                    a.votesFor(),
                    a.votesAgainst(),
                    a.abstentions(),
                    a.actionsTotal(),
                    a.actionsDone(),
                    a.actionsOverdue());
        }
        return csv.toString();
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One agreement, by its code (GMS-2023-O2-03) or its id, with its follow-up actions")
    public PublishedAgreement one(
            @PathParam("key") @Parameter(description = "e.g. GMS-2023-O2-03, or the id") String key) {
        return agreements.published(key).orElseThrow(NotFoundException::new);
    }
}
