package mx.costjalisco.gms.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Sign-in through the application's own page, kept in the HTTP session: the sign-in page hands the e-mail and password
 * to {@code SecurityContext.authenticate}; once the account store accepts them, the session remembers who signed in,
 * and every later request of that session is that person, with the roles their account has at that moment. A protected
 * page asked for without signing in sends the browser to the sign-in page, which returns to it afterwards
 * ({@link SignInTarget}).
 *
 * <p>This replaces Jakarta Security's built-in custom-form mechanism, whose session reuse hands the container the
 * request's own principal: Payara Micro 6.2025 then rebuilds the caller from state shared between threads and, under
 * concurrent requests, sometimes without the caller's roles — a signed-in member answered 403 (payara/Payara#6145,
 * fixed in Payara 7). Here each request names the caller and the roles explicitly.
 *
 * <p>The account is read on every request, its roles not copied at sign-in: disabling an account or changing its
 * password signs out every session it has open, and a role given or taken away counts from the next request.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Who signed in, as the session keeps it, with the fingerprint of the password they signed in with. */
    record SignedIn(String caller, String passwordStamp) implements Serializable {}

    static final String SIGNED_IN = SessionAuthenticationMechanism.class.getName() + ".signedIn";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            Optional<SignInService.Standing> standing = accounts.standing(signedIn.caller());
            if (standing.isPresent() && standing.get().passwordStamp().equals(signedIn.passwordStamp())) {
                return context.notifyContainerAboutLogin(
                        signedIn.caller(), standing.get().roles());
            }
            // disabled, or the password was changed since: this session is signed out
            session.invalidate();
        }
        if (context.isProtected()) {
            SignInTarget.remember(request);
            String login = request.getContextPath() + "/login.xhtml";
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                return ajaxRedirect(response, login); // a page left open past the session's end
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    /**
     * Sends a Faces AJAX request to the sign-in page the way Faces understands: a partial response that redirects (a
     * plain 302 would hand the page's script the sign-in page as its update, and the page would do nothing).
     */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String location) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + location.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;")
                            + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            String caller = result.getCallerPrincipal().getName();
            Optional<SignInService.Standing> standing = accounts.standing(caller);
            if (standing.isEmpty()) {
                return context.responseUnauthorized(); // disabled in the instant since the password was checked
            }
            if (request.getSession(false) != null) {
                request.changeSessionId(); // a session known before signing in is not the signed-in one
            }
            request.getSession(true)
                    .setAttribute(SIGNED_IN, new SignedIn(caller, standing.get().passwordStamp()));
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
