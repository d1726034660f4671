package mx.costjalisco.gms.meeting.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.costjalisco.gms.member.entity.Sector;

/**
 * Quorum (art. 20): half of the members plus one must be present, and — unless the configuration says otherwise — at
 * least one of each sector that has members. Observers have a voice but no vote, so they count for neither.
 *
 * @param perSector whether each sector with members must have one present
 */
public record QuorumRule(boolean perSector) {

    /** One voting member institution and whether it is present. */
    public record Seat(Sector sector, boolean present) {}

    /**
     * What the attendance comes to.
     *
     * @param members voting member institutions
     * @param present how many of them are present
     * @param required half of the members plus one
     * @param missingSectors sectors with members but nobody present (only when the rule asks for each sector)
     */
    public record Result(int members, int present, int required, Set<Sector> missingSectors) {

        public boolean isMet() {
            return members > 0 && present >= required && missingSectors.isEmpty();
        }

        /** How many more institutions must arrive; 0 when the count is reached (sectors may still be missing). */
        public int shortBy() {
            return Math.max(0, required - present);
        }

        // Faces' EL 5 reads JavaBean getters, not record accessors

        public int getMembers() {
            return members;
        }

        public int getPresent() {
            return present;
        }

        public int getRequired() {
            return required;
        }

        public List<Sector> getMissingSectorList() {
            return missingSectors.stream().sorted().toList();
        }
    }

    public Result evaluate(Collection<Seat> seats) {
        int members = seats.size();
        int present = (int) seats.stream().filter(Seat::present).count();
        Set<Sector> missing = EnumSet.noneOf(Sector.class);
        if (perSector) {
            seats.forEach(seat -> missing.add(seat.sector()));
            seats.stream().filter(Seat::present).forEach(seat -> missing.remove(seat.sector()));
        }
        return new Result(members, present, members / 2 + 1, missing);
    }
}
