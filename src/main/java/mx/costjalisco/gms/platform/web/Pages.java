package mx.costjalisco.gms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What pages do when the record they were asked for does not exist: answer 404, the "not found" page. */
@Named
@ApplicationScoped
public class Pages {

    /** Answers 404 and stops rendering this page. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * For a page's {@code preRenderView} event: a record page whose record could not be loaded — unknown id, or an id
     * that is not a number — answers 404 instead of rendering empty.
     */
    public void requireFound(Object record) {
        if (record == null && !FacesContext.getCurrentInstance().isPostback()) {
            notFound();
        }
    }
}
