package mx.costjalisco.gms.workplan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final WorkPlan PLAN = new WorkPlan(2023, "Plan de trabajo 2023", null, Instant.EPOCH, "gerencia");

    private static Activity activity() {
        return new Activity(PLAN, 1, "Capacitación", "CMIC – Gerente CoST Jalisco", "Enero – diciembre");
    }

    private static Institution institution(String name, Sector sector, boolean observer) {
        Institution institution = new Institution(name, sector, InstitutionType.CHAMBER, LocalDate.of(2019, 1, 1));
        institution.setObserver(observer);
        return institution;
    }

    private static final Institution CMIC = institution("CMIC", Sector.PRIVATE, false);
    private static final Institution CICEJ = institution("CICEJ", Sector.PRIVATE, false);
    private static final Institution UDG = institution("Universidad de Guadalajara", Sector.ACADEMIA, false);
    private static final Institution OBSERVER = institution("Observador", Sector.PRIVATE, true);

    @Test
    void romanNumerals() {
        int[] numbers = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 19, 40, 49, 90, 99, 400, 444, 900, 1994, 2023, 3999};
        String[] numerals = {
            "I",
            "II",
            "III",
            "IV",
            "V",
            "VI",
            "VII",
            "VIII",
            "IX",
            "X",
            "XIV",
            "XIX",
            "XL",
            "XLIX",
            "XC",
            "XCIX",
            "CD",
            "CDXLIV",
            "CM",
            "MCMXCIV",
            "MMXXIII",
            "MMMCMXCIX"
        };
        for (int i = 0; i < numbers.length; i++) {
            assertEquals(numerals[i], Activity.roman(numbers[i]), "roman(" + numbers[i] + ")");
        }
    }

    @Test
    void theNumeralIsThePosition() {
        Activity activity = activity();
        activity.setPosition(7);

        assertEquals("VII", activity.getNumeral());
    }

    @Test
    void anInstitutionNamedIsResponsible() {
        Activity activity = activity();
        activity.setInstitutions(List.of(CMIC));

        assertTrue(activity.isResponsible(CMIC));
        assertFalse(activity.isResponsible(CICEJ));
        assertFalse(activity.isResponsible(UDG));
    }

    @Test
    void anObserverNamedByTheActivityIsResponsible() {
        Activity activity = activity();
        activity.setInstitutions(List.of(OBSERVER));

        assertTrue(activity.isResponsible(OBSERVER));
    }

    @Test
    void whenTheMembersAreResponsibleEveryMemberIsButNoObserver() {
        Activity activity = activity();
        activity.setMembersResponsible(true);

        assertTrue(activity.isResponsible(CMIC));
        assertTrue(activity.isResponsible(UDG));
        assertFalse(activity.isResponsible(OBSERVER));
    }

    @Test
    void whenOneSectorsMembersAreResponsibleOnlyThatSectorIs() {
        Activity activity = activity();
        activity.setMembersResponsible(true);
        activity.setMembersSector(Sector.PRIVATE);

        assertTrue(activity.isResponsible(CMIC));
        assertTrue(activity.isResponsible(CICEJ));
        assertFalse(activity.isResponsible(UDG));
        assertFalse(activity.isResponsible(OBSERVER));
    }

    @Test
    void aSectorWithoutMembersResponsibleMakesNobodyResponsible() {
        Activity activity = activity();
        activity.setMembersSector(Sector.PRIVATE);

        assertFalse(activity.isResponsible(CMIC));
    }

    @Test
    void theManagerAloneMakesNoInstitutionResponsible() {
        Activity activity = activity();
        activity.setManagerResponsible(true);

        assertFalse(activity.isResponsible(CMIC));
        assertFalse(activity.isResponsible(OBSERVER));
    }
}
