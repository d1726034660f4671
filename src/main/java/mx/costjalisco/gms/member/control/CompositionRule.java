package mx.costjalisco.gms.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Sector;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The seats each sector holds in the GMS. The Reglamento Interno (art. 10) sets 15: 7 public sector, 3 private
 * sector, 3 civil society, 2 academia, and lets the number grow as public institutions join (in 2025 the state's
 * planning secretariat added 24 members); so each number is configuration ({@code gms.seats.government} …).
 */
@ApplicationScoped
public class CompositionRule {

    @Inject
    @ConfigProperty(name = "gms.seats.government", defaultValue = "7")
    private int government;

    @Inject
    @ConfigProperty(name = "gms.seats.private", defaultValue = "3")
    private int privateSector;

    @Inject
    @ConfigProperty(name = "gms.seats.civil-society", defaultValue = "3")
    private int civilSociety;

    @Inject
    @ConfigProperty(name = "gms.seats.academia", defaultValue = "2")
    private int academia;

    public Map<Sector, Integer> seats() {
        Map<Sector, Integer> seats = new EnumMap<>(Sector.class);
        seats.put(Sector.GOVERNMENT, government);
        seats.put(Sector.PRIVATE, privateSector);
        seats.put(Sector.CIVIL_SOCIETY, civilSociety);
        seats.put(Sector.ACADEMIA, academia);
        return seats;
    }
}
