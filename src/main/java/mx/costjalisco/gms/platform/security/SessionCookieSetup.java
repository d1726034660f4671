package mx.costjalisco.gms.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly and SameSite=Lax always, and Secure when the system is served over TLS — which is
 * what an {@code https://} public URL ({@code GMS_PUBLIC_URL}) says, also behind a reverse proxy that terminates TLS.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("GMSSESSION");
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax"); // Payara applies it from payara-web.xml (cookieSameSite)
        String publicUrl = ConfigProvider.getConfig()
                .getOptionalValue("gms.public.url", String.class)
                .orElse("");
        cookie.setSecure(publicUrl.startsWith("https://"));
    }
}
