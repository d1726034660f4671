package mx.costjalisco.gms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where to go after signing in: the page that sent the user to the sign-in page (a link from an e-mail to a session,
 * say), otherwise the home page. The sign-in mechanism remembers that page in the session when it sends the browser to
 * the sign-in page ({@link #remember}); the sign-in page reads it once the person is in ({@link #after}).
 */
public final class SignInTarget {

    static final String ATTRIBUTE = SignInTarget.class.getName();

    private SignInTarget() {}

    /** Remembers the page asked for (a GET: a form post cannot be replayed by a redirect) for after the sign-in. */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        // the path as the server matched it (decoded, normalised), not as the browser sent it
        String path = request.getContextPath()
                + request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String query = request.getQueryString();
        localPath("http://localhost" + path + (query == null ? "" : "?" + query), request.getContextPath())
                .ifPresent(local -> request.getSession(true).setAttribute(ATTRIBUTE, local));
    }

    /** The path (with query) to redirect to after a successful sign-in: the page remembered, else the home page. */
    public static String after(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (saved instanceof String path) {
            session.removeAttribute(ATTRIBUTE);
            return path;
        }
        return request.getContextPath() + "/home.xhtml";
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
                    || path.startsWith(contextPath + "//") // "//host/…" would leave the application
                    || path.contains("\\")
                    || path.contains("%")
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
