package mx.costjalisco.gms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where to go after signing in: the page that sent the user to the sign-in page (a link from an e-mail to a session,
 * say), otherwise the home page.
 *
 * <p>Jakarta Security's login-to-continue (Soteria) remembers that page in the session when it redirects to the
 * sign-in page, but a sign-in started by the page itself ({@code SecurityContext.authenticate} with a new
 * authentication) forgets it and does not go back to it, so the sign-in page reads it before it authenticates. Soteria
 * has no API for the remembered request: it is read by its session attribute and method names, and if a Soteria
 * version changes them, users simply land on the home page.
 */
public final class SignInTarget {

    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private SignInTarget() {}

    /** The path (with query) to redirect to after a successful sign-in; read it before authenticating. */
    public static String after(HttpServletRequest request) {
        String home = request.getContextPath() + "/home.xhtml";
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return home;
        }
        try {
            Method method = saved.getClass().getMethod("getMethod");
            Method url = saved.getClass().getMethod("getFullRequestURL");
            if (!"GET".equals(method.invoke(saved))) {
                return home; // a form post cannot be replayed by a redirect
            }
            return localPath((String) url.invoke(saved), request.getContextPath())
                    .orElse(home);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return home;
        }
    }

    /**
     * The path and query of a URL, provided it is a page of this application (so a redirect never leaves it) and not
     * the sign-in page itself.
     */
    static Optional<String> localPath(String url, String contextPath) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null
                    || !path.startsWith(contextPath + "/")
                    || path.contains("..")
                    || path.endsWith("/login.xhtml")) {
                return Optional.empty();
            }
            return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
