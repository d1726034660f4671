package mx.costjalisco.gms.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How far ahead the registry warns that a term is ending: {@code gms.term.warning-days}, 60 by default. */
@ApplicationScoped
public class TermPolicy {

    @Inject
    @ConfigProperty(name = "gms.term.warning-days", defaultValue = "60")
    private int warningDays;

    @Inject
    private Clock clock;

    /** Judges terms as of today. */
    public TermWatch today() {
        return new TermWatch(LocalDate.now(clock), warningDays);
    }
}
