package mx.costjalisco.gms.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.costjalisco.gms.member.entity.Sector;
import org.junit.jupiter.api.Test;

class QuorumRuleTest {

    /** The Reglamento's 15 seats: 7 public sector, 3 private, 3 civil society, 2 academia. */
    private static List<QuorumRule.Seat> seats(int government, int privateSector, int civil, int academia) {
        List<QuorumRule.Seat> seats = new ArrayList<>();
        add(seats, Sector.GOVERNMENT, 7, government);
        add(seats, Sector.PRIVATE, 3, privateSector);
        add(seats, Sector.CIVIL_SOCIETY, 3, civil);
        add(seats, Sector.ACADEMIA, 2, academia);
        return seats;
    }

    private static void add(List<QuorumRule.Seat> seats, Sector sector, int members, int present) {
        for (int i = 0; i < members; i++) {
            seats.add(new QuorumRule.Seat(sector, i < present));
        }
    }

    @Test
    void halfOfFifteenPlusOneIsEight() {
        QuorumRule.Result result = new QuorumRule(true).evaluate(seats(3, 2, 2, 1));
        assertEquals(15, result.members());
        assertEquals(8, result.present());
        assertEquals(8, result.required());
        assertTrue(result.isMet());
    }

    @Test
    void sevenPresentAreOneShort() {
        QuorumRule.Result result = new QuorumRule(true).evaluate(seats(3, 2, 1, 1));
        assertFalse(result.isMet());
        assertEquals(1, result.shortBy());
    }

    @Test
    void enoughPeopleButASectorMissingIsNoQuorum() {
        QuorumRule.Result result = new QuorumRule(true).evaluate(seats(7, 3, 3, 0));
        assertEquals(13, result.present());
        assertFalse(result.isMet());
        assertEquals(Set.of(Sector.ACADEMIA), result.missingSectors());
    }

    @Test
    void withoutThePerSectorRuleTheCountAloneDecides() {
        assertTrue(new QuorumRule(false).evaluate(seats(7, 3, 3, 0)).isMet());
    }

    @Test
    void anEvenNumberOfMembersNeedsHalfPlusOne() {
        List<QuorumRule.Seat> sixteen = new ArrayList<>(seats(3, 2, 2, 1));
        sixteen.add(new QuorumRule.Seat(Sector.GOVERNMENT, false));
        QuorumRule.Result result = new QuorumRule(true).evaluate(sixteen);
        assertEquals(9, result.required());
        assertFalse(result.isMet());
    }

    @Test
    void noMembersNeverMakesAQuorum() {
        assertFalse(new QuorumRule(true).evaluate(List.of()).isMet());
    }
}
