package mx.costjalisco.gms;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.StringJoiner;
import java.util.logging.Logger;
import mx.costjalisco.gms.demo.DemoData;
import mx.costjalisco.gms.platform.config.DataDirectory;
import mx.costjalisco.gms.platform.security.FirstAdministrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says, once the application has started, where it answers and how to sign in: the first administrator (with the
 * generated password, the one time there is one) and, with the demo, the demo accounts.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    private FirstAdministrator administrator;

    @Inject
    private DemoData demo;

    @Inject
    private DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    @Inject
    @ConfigProperty(name = "gms.db.url")
    private String databaseUrl;

    @PostConstruct
    void print() {
        String line = "=".repeat(78);
        StringJoiner banner = new StringJoiner(System.lineSeparator(), System.lineSeparator(), "");
        banner.add(line);
        banner.add(" cost-gms — Grupo Multisectorial CoST Jalisco");
        banner.add(" Abra / open:      " + publicUrl + "/");
        banner.add(" Datos / data:     " + dataDirectory.root());
        banner.add(" Base de datos:    " + (databaseUrl.startsWith("jdbc:h2:") ? "H2 embebida" : "MySQL") + " — "
                + databaseUrl.replaceAll("password=[^&;]*", "password=***"));
        banner.add(" Iniciar sesión / sign in:");
        administrator
                .generatedPassword()
                .ifPresentOrElse(
                        password -> banner.add("   administrador " + administrator.getEmail() + "  contraseña: "
                                + password + "   (se muestra esta única vez / shown only this once)"),
                        () -> banner.add("   administrador " + administrator.getEmail()
                                + "  (contraseña: GMS_ADMIN_PASSWORD o la que se mostró al primer arranque)"));
        if (demo.isEnabled()) {
            banner.add("   cuentas de demostración, contraseña \"" + demo.password() + "\":");
            demo.accounts()
                    .forEach(account -> banner.add("     " + account.email() + "  " + String.join("+", account.roles())
                            + "  (" + account.name() + ")"));
        }
        banner.add(line);
        LOG.info(banner.toString());
    }
}
