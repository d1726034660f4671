package mx.costjalisco.gms.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Faces pages get their Content-Security-Policy from PrimeFaces, which adds the
 * per-request nonce its scripts need ({@code primefaces.CSP_POLICY} in web.xml holds the same policy); everything
 * else gets it here. Pages for signed-in users are never stored by browsers or proxies.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** The policy, less the script nonce PrimeFaces appends on Faces pages. Keep in step with web.xml. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (request.getUserPrincipal() != null && isFacesPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && path.endsWith(".xhtml");
    }
}
