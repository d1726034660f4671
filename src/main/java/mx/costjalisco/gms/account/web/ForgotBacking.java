package mx.costjalisco.gms.account.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.costjalisco.gms.account.boundary.PasswordResetService;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code forgot.xhtml}: asks for a password-reset link. The page always answers the same sentence, so it tells
 * nobody whether an address has an account.
 */
@Named
@RequestScoped
public class ForgotBacking {

    @Inject
    private PasswordResetService service;

    @Inject
    private Messages messages;

    private String email;

    public void request() {
        try {
            service.requestReset(email);
        } catch (EJBException concurrentRequests) {
            // two requests for a new address at the same instant: one counter row wins; the answer is the same
        }
        messages.info("forgot.sent");
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
