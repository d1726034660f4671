package mx.costjalisco.gms.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import mx.costjalisco.gms.account.boundary.PasswordResetService;
import mx.costjalisco.gms.account.entity.AccountToken;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code password.xhtml?token=…}: the page a password link opens. It says plainly when a link is unknown, used or
 * expired; otherwise the person chooses a password and goes to the sign-in page.
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    @Inject
    private PasswordResetService service;

    @Inject
    private Messages messages;

    private String token;
    private boolean usable;
    private String refusal;
    private String password;
    private String confirmation;

    public void load() {
        Optional<AccountToken.State> state = service.check(token);
        usable = state.filter(s -> s == AccountToken.State.VALID).isPresent();
        // shown by the page itself: on a GET the view's language is not set yet when this runs
        refusal = usable ? null : state.map(PasswordBacking::refusal).orElse("password.linkInvalid");
    }

    private static String refusal(AccountToken.State state) {
        return state == AccountToken.State.EXPIRED ? "password.linkExpired" : "password.linkUsed";
    }

    public String save() {
        if (password == null || !password.equals(confirmation)) {
            messages.error("form:confirmation", "password.mismatch");
            return null;
        }
        try {
            String email = service.setPassword(token, password);
            messages.info("password.saved", email);
            messages.keepForRedirect();
            return "/login?faces-redirect=true";
        } catch (BusinessRuleException refused) {
            if (refused.getField() == null) {
                usable = false; // the link went bad meanwhile: the page says why
                refusal = refused.getMessageKey();
            } else {
                messages.error("form", refused);
            }
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The bundle key of why the link cannot be used, or {@code null}. */
    public String getRefusal() {
        return refusal;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
