package mx.costjalisco.gms.member.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.boundary.PublicRegistry.PublicInstitution;
import mx.costjalisco.gms.member.boundary.PublicRegistry.PublicOffice;
import mx.costjalisco.gms.member.boundary.PublicRegistry.PublicRepresentative;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.platform.api.Csv;
import mx.costjalisco.gms.platform.web.Bundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The GMS's current composition as open data: {@code /api/v1/institutions} (institutions by sector with their
 * representatives' names and roles) and {@code /api/v1/offices} (who holds the Presidencia, the Secretaría Técnica
 * and the Gerencia). No e-mail address or phone is ever published.
 */
@Path("v1")
@Tag(name = "Integración del GMS", description = "Member institutions, their representatives and the GMS's offices")
public class InstitutionsResource {

    /** One institution as published. Labels are in Spanish, the language of the record. */
    public record InstitutionJson(
            Long id,
            String name,
            String acronym,
            String sector,
            String sectorLabel,
            String type,
            String typeLabel,
            boolean observer,
            LocalDate joinedOn,
            List<RepresentativeJson> representatives) {}

    public record RepresentativeJson(String name, String role, String roleLabel, LocalDate since, boolean fictitious) {}

    public record OfficeJson(
            String office, String officeLabel, String name, String institution, LocalDate since, boolean fictitious) {}

    @Inject
    private CompositionService composition;

    @GET
    @Path("institutions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Current member institutions and observers, by sector, with their representatives")
    public List<InstitutionJson> institutions() {
        return composition.publicRegistry().institutions().stream()
                .map(InstitutionsResource::json)
                .toList();
    }

    @GET
    @Path("institutions")
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same list as CSV, one row per institution")
    public String institutionsCsv() {
        Csv csv = new Csv(
                "id",
                "name",
                "acronym",
                "sector",
                "sectorLabel",
                "type",
                "typeLabel",
                "observer",
                "joinedOn",
                "primary",
                "alternate",
                "liaison",
                "communicationsLiaison");
        for (PublicInstitution institution : composition.publicRegistry().institutions()) {
            InstitutionJson json = json(institution);
            csv.row(
                    json.id(),
                    json.name(),
                    json.acronym(),
                    json.sector(),
                    json.sectorLabel(),
                    json.type(),
                    json.typeLabel(),
                    json.observer(),
                    json.joinedOn(),
                    holder(institution, AppointmentRole.PRIMARY),
                    holder(institution, AppointmentRole.ALTERNATE),
                    holder(institution, AppointmentRole.LIAISON),
                    holder(institution, AppointmentRole.COMMUNICATIONS_LIAISON));
        }
        return csv.toString();
    }

    @GET
    @Path("offices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who holds the GMS's offices now: Presidencia, Secretaría Técnica, Gerencia CoST")
    public List<OfficeJson> offices() {
        return composition.publicRegistry().offices().stream()
                .map(InstitutionsResource::json)
                .toList();
    }

    @GET
    @Path("offices")
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same list as CSV")
    public String officesCsv() {
        Csv csv = new Csv("office", "officeLabel", "name", "institution", "since", "fictitious");
        for (PublicOffice office : composition.publicRegistry().offices()) {
            OfficeJson json = json(office);
            csv.row(
                    json.office(),
                    json.officeLabel(),
                    json.name(),
                    json.institution(),
                    json.since(),
                    json.fictitious());
        }
        return csv.toString();
    }

    private static InstitutionJson json(PublicInstitution institution) {
        return new InstitutionJson(
                institution.id(),
                institution.name(),
                institution.acronym(),
                institution.sector().name(),
                Bundle.label(Bundle.RECORD_LOCALE, institution.sector()),
                institution.type().name(),
                Bundle.label(Bundle.RECORD_LOCALE, institution.type()),
                institution.observer(),
                institution.joinedOn(),
                institution.representatives().stream()
                        .map(InstitutionsResource::json)
                        .toList());
    }

    private static RepresentativeJson json(PublicRepresentative representative) {
        return new RepresentativeJson(
                representative.name(),
                representative.role().name(),
                Bundle.label(Bundle.RECORD_LOCALE, representative.role()),
                representative.since(),
                representative.fictitious());
    }

    private static OfficeJson json(PublicOffice office) {
        return new OfficeJson(
                office.office().name(),
                Bundle.label(Bundle.RECORD_LOCALE, office.office()),
                office.name(),
                office.institution(),
                office.since(),
                office.fictitious());
    }

    private static String holder(PublicInstitution institution, AppointmentRole role) {
        return institution.representatives().stream()
                .filter(r -> r.role() == role)
                .map(PublicRepresentative::name)
                .findFirst()
                .orElse(null);
    }
}
