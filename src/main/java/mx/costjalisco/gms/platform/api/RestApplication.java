package mx.costjalisco.gms.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The API's root, {@code /api}; versioned paths below it ({@code /api/v1/…}) are part of the product. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "cost-gms — Grupo Multisectorial CoST Jalisco",
                        version = "1",
                        description =
                                "Open data of CoST Jalisco's Multisectoral Group: composition, sessions, minutes and"
                                        + " work plan. Every list answers JSON, or CSV with Accept: text/csv. Dates are ISO 8601;"
                                        + " times carry the America/Mexico_City offset. No personal contact data is published.",
                        license = @License(name = "CC BY 4.0", url = "https://creativecommons.org/licenses/by/4.0/")))
public class RestApplication extends Application {

    /** The API is described at /openapi; Jersey's own WADL description stays off. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
