package mx.costjalisco.gms.member.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Sector;

/**
 * The GMS's composition on a day: for each sector, the seats the rule gives it and the voting member institutions
 * that fill them; observers are counted apart, since they have a voice but no vote (art. 24–25).
 */
public record Composition(List<SectorSeats> sectors, int observers) implements Serializable {

    /** One sector: seats by the rule, members holding them. */
    public record SectorSeats(Sector sector, int seats, int members) implements Serializable {

        public int vacancies() {
            return Math.max(0, seats - members);
        }

        /** Members beyond the rule's seats: allowed for public institutions (art. 10), worth a look otherwise. */
        public int overSeats() {
            return Math.max(0, members - seats);
        }

        public boolean isComplete() {
            return members >= seats;
        }
    }

    /** Counts the given current institutions against the seats of each sector. */
    public static Composition of(Map<Sector, Integer> seats, Collection<Institution> current) {
        Map<Sector, Integer> members = new EnumMap<>(Sector.class);
        int observers = 0;
        for (Institution institution : current) {
            if (institution.isObserver()) {
                observers++;
            } else {
                members.merge(institution.getSector(), 1, Integer::sum);
            }
        }
        List<SectorSeats> sectors = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            sectors.add(new SectorSeats(sector, seats.getOrDefault(sector, 0), members.getOrDefault(sector, 0)));
        }
        return new Composition(List.copyOf(sectors), observers);
    }

    public int totalSeats() {
        return sectors.stream().mapToInt(SectorSeats::seats).sum();
    }

    public int totalMembers() {
        return sectors.stream().mapToInt(SectorSeats::members).sum();
    }
}
