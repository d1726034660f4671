package mx.costjalisco.gms.minutes.boundary;

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
 * The approved minutes as open data: {@code /api/v1/minutes} — each acta's session, the approved version, how and when
 * it was approved, and its archived PDF with the SHA-256 anyone can check a copy against. Drafts are never listed.
 */
@Path("v1/minutes")
@Tag(name = "Actas del GMS", description = "The GMS's approved minutes")
public class MinutesResource {

    @Inject
    private PublicMinutes minutes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every approved acta, newest session first")
    public List<PublicMinutes.PublishedMinutes> list() {
        return minutes.published();
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same list as CSV")
    public String listCsv() {
        Csv csv = new Csv(
                "id",
                "session",
                "kind",
                "sessionDay",
                "version",
                "approvalRule",
                "approvedOn",
                "approvedAt",
                "approvalSession",
                "approvalAgreement",
                "pdfPath",
                "pdfUrl",
                "sha256",
                "sizeBytes");
        for (var m : minutes.published()) {
            csv.row(
                    m.id(),
                    m.session(),
                    m.kind(),
                    m.sessionDay(),
                    m.version(),
                    m.approvalRule(),
                    m.approvedOn(),
                    m.approvedAt(),
                    m.approvalSession(),
                    m.approvalAgreement(),
                    m.pdfPath(),
                    m.pdfUrl(),
                    m.sha256(),
                    m.sizeBytes());
        }
        return csv.toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One approved acta with its archived files (PDF, signed scan, addenda)")
    public PublicMinutes.PublishedMinutes one(@PathParam("id") Long id) {
        return minutes.published(id).orElseThrow(NotFoundException::new);
    }
}
