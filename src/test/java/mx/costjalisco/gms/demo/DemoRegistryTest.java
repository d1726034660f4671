package mx.costjalisco.gms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Sector;
import org.junit.jupiter.api.Test;

class DemoRegistryTest {

    private final List<DemoRegistry.DemoInstitution> institutions =
            DemoRegistry.institutions(LocalDate.of(2026, 11, 25));

    @Test
    void holdsTheInstitutionsTheWorkPlanNames() {
        List<String> names =
                institutions.stream().map(DemoRegistry.DemoInstitution::name).toList();
        for (String named : List.of(
                "Gobierno del Estado de Jalisco",
                "Ayuntamiento de Guadalajara",
                "Ayuntamiento de Zapopan",
                "Ayuntamiento de Tlajomulco de Zúñiga",
                "Cámara Mexicana de la Industria de la Construcción, Delegación Jalisco")) {
            assertTrue(names.contains(named), named);
        }
    }

    @Test
    void everyDemoPersonIsInventedWithAReservedAddressUsedOnce() {
        Set<String> emails = new HashSet<>();
        Stream.concat(institutions.stream().flatMap(i -> i.people().stream()), DemoRegistry.staff().stream())
                .forEach(person -> {
                    assertTrue(person.email().endsWith("@demo.example"), person.email());
                    assertTrue(emails.add(person.email()), "used twice: " + person.email());
                });
        for (String account : List.of(
                "secretaria@demo.example",
                "gerencia@demo.example",
                "presidencia@demo.example",
                "integrante@demo.example",
                "enlace@demo.example")) {
            assertTrue(emails.contains(account), "the demo account " + account + " has its person");
        }
    }

    @Test
    void theCmicsTitularIsTheOneWhoPresides() {
        DemoRegistry.DemoInstitution cmic = institutions.stream()
                .filter(i -> "CMIC".equals(i.acronym()))
                .findFirst()
                .orElseThrow();
        assertEquals(Sector.PRIVATE, cmic.sector());
        assertEquals(
                "presidencia@demo.example",
                cmic.people().stream()
                        .filter(p -> p.role() == AppointmentRole.PRIMARY)
                        .findFirst()
                        .orElseThrow()
                        .email());
    }

    @Test
    void fillsTheRegulationsFifteenSeatsAndShowsAnObserverAndALeftMember() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        long voting = institutions.stream()
                .filter(i -> !i.observer() && (i.leftOn() == null || i.leftOn().isAfter(today)))
                .count();
        assertEquals(15, voting);
        assertTrue(institutions.stream().anyMatch(DemoRegistry.DemoInstitution::observer));
        assertTrue(institutions.stream().anyMatch(i -> i.leftOn() != null));
    }
}
