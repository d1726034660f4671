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
                                "Open data of CoST Jalisco's Multisectoral Group: composition, sessions, agreements,"
                                        + " minutes, work plan and publishing entities. Every list answers JSON, or CSV with Accept: text/csv. Dates are ISO 8601;"
                                        + " times carry the America/Mexico_City offset. No personal contact data is published.",
                        license = @License(name = RestApplication.LICENSE_NAME, url = RestApplication.LICENSE_URL)))
public class RestApplication extends Application {

    /** The licence of the open data, stated in the API's description and on the open-data page. */
    public static final String LICENSE_NAME = "CC BY 4.0";

    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** The API is described at /openapi; Jersey's own WADL description stays off. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
