package mx.costjalisco.gms.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Lets the error pages render whatever went wrong. PrimeFaces' CSP support expects every form post to carry the
 * view's script nonce; a post that lacks it (a forged or replayed one, or a client without JavaScript) fails, and so
 * would the error page rendered for that same request — leaving the user the server's bare error report. For error
 * dispatches only, a post without a nonce gets a fresh one, so the friendly error page shows instead.
 */
@WebFilter(filterName = "errorPageNonce", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageNonce extends HttpFilter {

    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter(NONCE) != null) {
            chain.doFilter(request, response);
            return;
        }
        String nonce =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getParameter(String name) {
                        return NONCE.equals(name) ? nonce : super.getParameter(name);
                    }

                    @Override
                    public Map<String, String[]> getParameterMap() {
                        Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
                        parameters.put(NONCE, new String[] {nonce});
                        return Collections.unmodifiableMap(parameters);
                    }

                    @Override
                    public String[] getParameterValues(String name) {
                        return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
                    }
                },
                response);
    }
}
