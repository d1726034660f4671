package mx.costjalisco.gms.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.costjalisco.gms.demo.DemoPlan2023.DemoActivity;
import mx.costjalisco.gms.demo.DemoPlan2023.DemoTarget;
import mx.costjalisco.gms.workplan.control.Entry;
import mx.costjalisco.gms.workplan.control.EvidenceFiles;
import mx.costjalisco.gms.workplan.control.PlanEditor;
import mx.costjalisco.gms.workplan.control.PlanPeriod;
import mx.costjalisco.gms.workplan.control.StatusRule;
import mx.costjalisco.gms.workplan.control.Target;
import mx.costjalisco.gms.workplan.control.TargetStatus;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.AutoCount;
import org.junit.jupiter.api.Test;

class DemoWorkPlanTest {

    private static final LocalDate END_OF_JUNE = LocalDate.of(2023, 6, 30);
    private static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);
    private static final LocalDate YEAR_OVER = LocalDate.of(2024, 1, 1);

    private final List<DemoActivity> activities = DemoPlan2023.activities();

    @Test
    void holdsTheSevenActivitiesOfTheDocumentEachWithItsPeriodAndTargets() {
        assertEquals(7, activities.size());
        List<String> numerals = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            DemoActivity activity = activities.get(i);
            numerals.add(Activity.roman(i + 1));
            assertFalse(activity.spans().isEmpty(), activity.title());
            assertFalse(activity.targets().isEmpty(), activity.title());
            assertFalse(activity.actions().isEmpty(), activity.title());
            assertFalse(activity.expectedEvidence().isEmpty(), activity.title());
            assertEquals(
                    DemoPlan2023.COST_NOTE, activity.note().get(activity.note().size() - 1), activity.title());
        }
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"), numerals);
        assertEquals(4, activities.get(0).spans().size(), "I: 26 January, March, and July – December twice");
        assertEquals(
                List.of("Febrero", "Junio", "Noviembre"),
                activities.get(3).spans().stream().map(DemoPlan2023.Span::label).toList());
        assertEquals(4, DemoPlan2023.SPECIFIC_OBJECTIVES.size());
    }

    @Test
    void keepsTheDocumentsNotes() {
        assertTrue(activities
                .get(2)
                .note()
                .contains("Nota: Deberá priorizarse la carga de la información de las"
                        + " autoridades que actualmente participan, previo a sumar a otros municipios."));
        assertTrue(activities
                .get(2)
                .note()
                .contains("(Para la sesión de junio, contar con los nuevos integrantes de" + " Municipios)"));
        DemoActivity sessions = activities.get(6);
        assertTrue(sessions.note().stream().anyMatch(n -> n.contains("5 días hábiles de anticipación")));
        assertTrue(sessions.note().stream().anyMatch(n -> n.startsWith("Dicho artículo estipula")));
        assertTrue(sessions.actions().stream().anyMatch(a -> a.contains("día 16 de noviembre")));
        assertTrue(sessions.actions().stream().anyMatch(a -> a.contains("(art 17)")));
    }

    @Test
    void theSessionsTheCalendarFixesAreTheOnesTheDemoHolds() {
        String[] months = {"febrero", "mayo", "agosto", "noviembre"};
        List<String> actions = activities.get(6).actions();
        for (int i = 0; i < 4; i++) {
            LocalDate day = DemoMeetings.ORDINARY_2023.get(i);
            String expected = (i + 1) + "ª sesión ordinaria 2023, a celebrarse a las 9:00 horas del día "
                    + day.getDayOfMonth() + " de " + months[i];
            assertTrue(actions.stream().anyMatch(a -> a.startsWith(expected)), expected);
        }
    }

    @Test
    void fitsWhatThePlanEditorAccepts() {
        for (DemoActivity activity : activities) {
            assertTrue(activity.title().length() <= PlanEditor.TITLE_MAX, activity.title());
            assertTrue(activity.responsible().length() <= PlanEditor.DESCRIPTION_MAX, activity.title());
            assertTrue(activity.periodLabel().length() <= PlanEditor.DESCRIPTION_MAX, activity.title());
            assertTrue(String.join("\n", activity.note()).length() <= PlanEditor.TEXT_MAX, activity.title());
            assertTrue(String.join("\n", activity.objective()).length() <= PlanEditor.TEXT_MAX, activity.title());
            activity.spans().forEach(span -> assertTrue(span.label().length() <= 300, span.label()));
            for (DemoTarget target : activity.targets()) {
                assertTrue(target.description().length() <= PlanEditor.DESCRIPTION_MAX, target.description());
                for (DemoPlan2023.DemoEntry entry : target.entries()) {
                    assertEquals(2023, entry.date().getYear(), target.description());
                    assertTrue(entry.note() != null && entry.note().length() <= 2000, target.description());
                    if (target.kind() == Target.Kind.MILESTONE) {
                        assertEquals(0, entry.amount().compareTo(BigDecimal.ONE), "a milestone's entry is 1");
                    }
                }
                if (target.autoCount() != null) {
                    assertTrue(target.entries().isEmpty(), "a counted target takes no typed progress");
                }
            }
        }
        assertTrue(String.join("\n", DemoPlan2023.SPECIFIC_OBJECTIVES).length() <= PlanEditor.TEXT_MAX);
    }

    @Test
    void everyEvidenceFileIsOfAnExpectedKindAndRendersAsItsType() {
        int files = 0;
        int published = 0;
        for (DemoActivity activity : activities) {
            List<DemoEvidence.DemoFile> all = new ArrayList<>();
            activity.targets().forEach(t -> t.entries().forEach(e -> all.addAll(e.files())));
            activity.files().forEach(f -> all.add(f.file()));
            assertFalse(all.isEmpty(), "evidence for " + activity.title());
            for (DemoEvidence.DemoFile file : all) {
                assertTrue(
                        activity.expectedEvidence().contains(file.evidenceType()),
                        file.name() + ": " + file.evidenceType());
                assertEquals(file.name(), EvidenceFiles.checkName(file.name()));
                byte[] bytes = DemoEvidence.render(
                        file.content(), LocalDate.of(2023, 6, 30), ZoneId.of("America/Mexico_City"));
                String extension = file.name().substring(file.name().lastIndexOf('.') + 1);
                switch (extension) {
                    case "png" ->
                        assertArrayEquals(
                                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), file.name());
                    case "pdf" -> assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII), file.name());
                    case "csv" ->
                        assertTrue(
                                new String(bytes, StandardCharsets.UTF_8).startsWith("canal,receptores\n"),
                                file.name());
                    default -> throw new AssertionError("unexpected file " + file.name());
                }
                files++;
                published += file.published() ? 1 : 0;
            }
        }
        assertTrue(files >= 14, "a few files per activity: " + files);
        assertTrue(published >= 2 && published < files, "some published, not all: " + published);
    }

    @Test
    void atTheEndOfJuneTheDashboardShowsEveryStatus() {
        Map<String, TargetStatus> statuses = statuses(END_OF_JUNE);
        assertEquals(EnumSet.allOf(TargetStatus.class), EnumSet.copyOf(statuses.values()));
        Map<String, TargetStatus> expected = new LinkedHashMap<>();
        expected.put("I 15 personas (enlaces del GMS)", TargetStatus.DONE);
        expected.put("I 100 personas de CMIC", TargetStatus.NOT_STARTED);
        expected.put("II La versión 2 de la plataforma", TargetStatus.LATE);
        expected.put("III 4 convenios", TargetStatus.LATE);
        expected.put("III +2 Ayuntamientos", TargetStatus.LATE);
        expected.put("IV Campaña de difusión", TargetStatus.ON_TRACK);
        expected.put("IV Alcanzar a 3 millones", TargetStatus.AT_RISK);
        expected.put("V Propuesta de reforma", TargetStatus.DONE);
        expected.put("V Reforma aplicada", TargetStatus.ON_TRACK);
        expected.put("VI Capacitar a 100 personas", TargetStatus.NOT_STARTED);
        expected.put("VII 04 sesiones celebradas", TargetStatus.ON_TRACK);
        assertStatuses(expected, statuses);
    }

    @Test
    void onceTheYearIsOverEachTargetIsDoneOrLate() {
        Map<String, TargetStatus> statuses = statuses(YEAR_OVER);
        assertEquals(Set.of(TargetStatus.DONE, TargetStatus.LATE), Set.copyOf(statuses.values()));
        Map<String, TargetStatus> expected = new LinkedHashMap<>();
        expected.put("I 15 personas (enlaces del GMS)", TargetStatus.DONE);
        expected.put("I 100 personas de CMIC", TargetStatus.LATE);
        expected.put("II La versión 2 de la plataforma", TargetStatus.DONE);
        expected.put("III 4 convenios", TargetStatus.LATE); // Tlajomulco signed in August: 3 in its period
        expected.put("III +2 Ayuntamientos", TargetStatus.LATE);
        expected.put("IV Campaña de difusión", TargetStatus.DONE);
        expected.put("IV Alcanzar a 3 millones", TargetStatus.LATE);
        expected.put("V Propuesta de reforma", TargetStatus.DONE);
        expected.put("V Reforma aplicada", TargetStatus.LATE);
        expected.put("VI Capacitar a 100 personas", TargetStatus.DONE);
        expected.put("VII 04 sesiones celebradas", TargetStatus.DONE);
        assertStatuses(expected, statuses);
    }

    /** On its last day a period still runs: the reform in Guadalajara, due that day, is at risk until it ends. */
    @Test
    void onTheYearsLastDayOnlyTheReformDueThatDayIsStillAtRisk() {
        Map<String, TargetStatus> statuses = statuses(LAST_DAY);
        statuses.forEach((target, status) -> {
            if (target.startsWith("V Reforma aplicada")) {
                assertEquals(TargetStatus.AT_RISK, status, target);
            } else {
                assertEquals(statuses(YEAR_OVER).get(target), status, target);
            }
        });
    }

    private static void assertStatuses(Map<String, TargetStatus> expected, Map<String, TargetStatus> actual) {
        assertEquals(expected.size(), actual.size());
        expected.forEach((start, status) -> {
            String target = actual.keySet().stream()
                    .filter(key -> key.startsWith(start))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no target " + start));
            assertEquals(status, actual.get(target), target);
        });
    }

    /**
     * Each target's status as the dashboard computes it; VII counts the demo's ordinary sessions held, III the
     * agreements signed and the entities joined of the demo's disclosure register.
     */
    private Map<String, TargetStatus> statuses(LocalDate asOf) {
        Map<String, TargetStatus> statuses = new LinkedHashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            DemoActivity activity = activities.get(i);
            for (DemoTarget target : activity.targets()) {
                List<Entry> entries = target.autoCount() != null
                        ? counted(
                                target.autoCount(),
                                target.definition(activity.spans()).period())
                        : target.entries().stream()
                                .map(e -> Entry.of(e.date(), e.amount()))
                                .toList();
                TargetStatus status = StatusRule.DEFAULT
                        .evaluate(target.definition(activity.spans()), entries, asOf)
                        .status();
                statuses.put(Activity.roman(i + 1) + " " + target.description(), status);
            }
        }
        return statuses;
    }

    /** A counted target's entries as the dashboard has them: one on each day its event happened inside the spans. */
    private static List<Entry> counted(AutoCount count, PlanPeriod period) {
        List<LocalDate> days = switch (count) {
            case ORDINARY_SESSIONS_HELD -> DemoMeetings.ORDINARY_2023;
            case AGREEMENTS_SIGNED -> DemoDisclosure.agreementsSigned();
            case ENTITIES_JOINED -> DemoDisclosure.entitiesJoined();
            default -> throw new AssertionError(count + " counts nothing of the demo plan");
        };
        return days.stream().filter(period::covers).map(day -> Entry.of(day, 1)).toList();
    }
}
