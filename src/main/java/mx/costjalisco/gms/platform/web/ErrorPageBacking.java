package mx.costjalisco.gms.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error pages. An unexpected error is logged once with a short reference that the page shows, so a user can
 * quote it and an administrator can find the stack trace in the log; the user never sees the trace.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private FacesContext faces;

    private String reference;

    @PostConstruct
    void logError() {
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable throwable) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            reference = "GMS-" + HexFormat.of().withUpperCase().formatHex(bytes);
            LOG.log(
                    Level.SEVERE,
                    throwable,
                    () -> "Error " + reference + " on " + request.get(RequestDispatcher.ERROR_REQUEST_URI));
        }
    }

    /** The reference of the logged error, or {@code null} when there was none (e.g. a 404). */
    public String getReference() {
        return reference;
    }
}
