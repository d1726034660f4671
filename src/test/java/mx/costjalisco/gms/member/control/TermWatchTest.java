package mx.costjalisco.gms.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import mx.costjalisco.gms.member.control.TermWatch.State;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;
import org.junit.jupiter.api.Test;

class TermWatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final TermWatch watch = new TermWatch(TODAY, 60);

    private static Institution withTermEnding(LocalDate end) {
        Institution institution = new Institution(
                "CIMTRA", Sector.CIVIL_SOCIETY, InstitutionType.CIVIL_ORGANIZATION, TODAY.minusYears(2));
        institution.setTermEndsOn(end);
        return institution;
    }

    @Test
    void warnsWithinTheWarningPeriodAndFlagsAnEndedTerm() {
        assertEquals(State.NONE, watch.stateOf(withTermEnding(TODAY.plusDays(61))));
        assertEquals(State.ENDING, watch.stateOf(withTermEnding(TODAY.plusDays(60))));
        assertEquals(State.ENDING, watch.stateOf(withTermEnding(TODAY)));
        assertEquals(State.ENDED, watch.stateOf(withTermEnding(TODAY.minusDays(1))));
        assertEquals(State.NONE, watch.stateOf(withTermEnding(null)));
    }

    @Test
    void saysNothingOfAnInstitutionThatHasLeft() {
        Institution left = withTermEnding(TODAY.minusDays(10));
        left.leave(TODAY.minusDays(10), "No renovó");
        assertEquals(State.NONE, watch.stateOf(left));
    }

    @Test
    void nonPublicMembersServeTwoYearsAndPublicOnesTheirAdministrationsPeriod() {
        assertEquals(
                LocalDate.of(2025, 9, 21), Institution.defaultTermEnd(Sector.CIVIL_SOCIETY, LocalDate.of(2023, 9, 22)));
        assertEquals(LocalDate.of(2021, 11, 3), Institution.defaultTermEnd(Sector.ACADEMIA, LocalDate.of(2019, 11, 4)));
        assertNull(Institution.defaultTermEnd(Sector.GOVERNMENT, LocalDate.of(2019, 11, 4)));
    }
}
