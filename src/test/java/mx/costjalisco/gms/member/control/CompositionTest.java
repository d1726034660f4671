package mx.costjalisco.gms.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.control.Composition.SectorSeats;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static final Map<Sector, Integer> REGLAMENTO =
            Map.of(Sector.GOVERNMENT, 7, Sector.PRIVATE, 3, Sector.CIVIL_SOCIETY, 3, Sector.ACADEMIA, 2);

    private static Institution institution(Sector sector, boolean observer) {
        Institution institution = new Institution("I", sector, InstitutionType.OTHER, LocalDate.of(2019, 11, 4));
        institution.setObserver(observer);
        return institution;
    }

    private static SectorSeats seats(Composition composition, Sector sector) {
        return composition.sectors().stream()
                .filter(s -> s.sector() == sector)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsVotingMembersAgainstTheSeatsOfEachSector() {
        Composition composition = Composition.of(
                REGLAMENTO,
                List.of(
                        institution(Sector.GOVERNMENT, false),
                        institution(Sector.GOVERNMENT, false),
                        institution(Sector.ACADEMIA, false),
                        institution(Sector.ACADEMIA, false),
                        institution(Sector.ACADEMIA, false)));
        assertEquals(5, seats(composition, Sector.GOVERNMENT).vacancies());
        assertFalse(seats(composition, Sector.GOVERNMENT).isComplete());
        assertEquals(1, seats(composition, Sector.ACADEMIA).overSeats());
        assertTrue(seats(composition, Sector.ACADEMIA).isComplete());
        assertEquals(3, seats(composition, Sector.PRIVATE).vacancies());
        assertEquals(15, composition.totalSeats());
        assertEquals(5, composition.totalMembers());
    }

    @Test
    void observersHaveAVoiceButTakeNoSeat() {
        Composition composition = Composition.of(
                REGLAMENTO, List.of(institution(Sector.GOVERNMENT, true), institution(Sector.PRIVATE, false)));
        assertEquals(0, seats(composition, Sector.GOVERNMENT).members());
        assertEquals(1, composition.observers());
        assertEquals(1, composition.totalMembers());
    }

    @Test
    void listsEverySectorInTheRegulationsOrderEvenWhenEmpty() {
        assertEquals(
                List.of(Sector.GOVERNMENT, Sector.PRIVATE, Sector.CIVIL_SOCIETY, Sector.ACADEMIA),
                Composition.of(REGLAMENTO, List.of()).sectors().stream()
                        .map(SectorSeats::sector)
                        .toList());
    }
}
