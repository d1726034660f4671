package mx.costjalisco.gms.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a plain link ask for a format: {@code /api/v1/institutions?format=csv} is answered as if it had sent
 * {@code Accept: text/csv}, so the public pages can offer a download link.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if ("csv".equalsIgnoreCase(format)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "text/csv");
        } else if ("json".equalsIgnoreCase(format)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
