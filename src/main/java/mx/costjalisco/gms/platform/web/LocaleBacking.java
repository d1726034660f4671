package mx.costjalisco.gms.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Spanish (Mexico) unless the user switched to English. The choice is kept in a cookie
 * for a year, so it is remembered across sessions and before signing in.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    public static final Locale SPANISH = Bundle.RECORD_LOCALE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "gms-lang";

    @Inject
    private FacesContext faces;

    private Locale locale = SPANISH;

    @PostConstruct
    void restore() {
        Cookie[] cookies = ((HttpServletRequest) faces.getExternalContext().getRequest()).getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    locale = "en".equals(cookie.getValue()) ? ENGLISH : SPANISH;
                }
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** The value of the {@code lang} attribute of the page: {@code es-MX} or {@code en}. */
    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isSpanish() {
        return SPANISH.equals(locale);
    }

    /** Switches the language and reloads the page the user is on. */
    public void change(String language) throws IOException {
        locale = "en".equals(language) ? ENGLISH : SPANISH;
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(
                COOKIE,
                locale.getLanguage(),
                Map.of("maxAge", 365 * 24 * 3600, "path", cookiePath(external), "SameSite", "Lax", "httpOnly", true));
        faces.getViewRoot().setLocale(locale);
        // back to the same page with the same view parameters (?id=…): the switch is a postback, whose URL has none
        String viewId = faces.getViewRoot().getViewId();
        external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, viewId, Map.of(), true));
    }

    private static String cookiePath(ExternalContext external) {
        String path = external.getRequestContextPath();
        return path.isEmpty() ? "/" : path;
    }
}
