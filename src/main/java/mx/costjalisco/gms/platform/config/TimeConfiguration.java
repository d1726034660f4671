package mx.costjalisco.gms.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The GMS's clock: "today", deadlines and timestamps shown to people are in the group's time zone
 * ({@code gms.time-zone}, America/Mexico_City), whatever zone the server runs in.
 */
@ApplicationScoped
public class TimeConfiguration {

    @Inject
    @ConfigProperty(name = "gms.time-zone", defaultValue = "America/Mexico_City")
    private String timeZone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(zone());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
