package mx.costjalisco.gms.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What pages do when a record they were asked for does not exist. */
public final class Pages {

    private Pages() {}

    /** Answers 404, which shows the "not found" page, and stops rendering this one. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
