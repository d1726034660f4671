package mx.costjalisco.gms.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;

/** Puts messages from the bundle on the page, in the language the user reads. */
@RequestScoped
public class Messages {

    @Inject
    private FacesContext faces;

    public String text(String key, Object... arguments) {
        return Bundle.text(locale(), key, arguments);
    }

    /** The language of the page being rendered. */
    public Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** An error for a component (its client id) or, with {@code null}, for the whole page. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        faces.validationFailed();
    }

    /**
     * Shows a refused operation next to its field when it names one that is on the form ({@code formId:field}),
     * otherwise at the top of the page.
     */
    public void error(String formId, BusinessRuleException refusal) {
        String clientId = null;
        if (refusal.getField() != null
                && isShown(faces.getViewRoot().findComponent(formId + ":" + refusal.getField()))) {
            clientId = formId + ":" + refusal.getField();
        }
        error(clientId, refusal.getMessageKey(), refusal.getArguments());
    }

    private static boolean isShown(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return component != null;
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, summary, summary));
    }

    /** Messages survive the redirect after a successful save (post-redirect-get). */
    public void keepForRedirect() {
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
