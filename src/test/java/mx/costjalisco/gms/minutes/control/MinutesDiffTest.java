package mx.costjalisco.gms.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import mx.costjalisco.gms.minutes.control.MinutesContent.Action;
import mx.costjalisco.gms.minutes.control.MinutesContent.Agreement;
import mx.costjalisco.gms.minutes.control.MinutesContent.Attendee;
import mx.costjalisco.gms.minutes.control.MinutesContent.Item;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Comparison;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Kind;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Line;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Op;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Section;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Segment;
import org.junit.jupiter.api.Test;

/** What a member reviewing a new version of the minutes is shown as changed, and nothing else. */
class MinutesDiffTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final Locale ENGLISH = Locale.ENGLISH;

    private static final String REPORT = "<p>La Gerencia presentó el informe del trimestre.</p>"
            + "<p>El informe fue aprobado por el GMS.</p>"
            + "<ul><li>Obras revisadas: 12</li><li>Contratos publicados: 30</li><li>Pendientes: 4</li></ul>"
            + "<p>Se abrió un turno de preguntas.</p>";

    private static MinutesContent minutes() {
        return new MinutesContent(
                MinutesContent.ACTA,
                "2ª sesión ordinaria 2023",
                "Sesión ordinaria",
                LocalDate.of(2023, 5, 18),
                LocalTime.of(10, 0),
                LocalTime.of(12, 30),
                "Sala de juntas de la CMIC Jalisco",
                "Ing. Ana Pérez (CMIC Jalisco)",
                "Lic. Luis Gómez",
                List.of(
                        new Attendee("CMIC Jalisco", "Sector privado", "Asistió el titular", "Ana Pérez", true),
                        new Attendee("ITEI", "Sector público", "Asistió el suplente", "Marta Ruiz", true),
                        new Attendee("UdeG", "Sociedad civil", "Ausente", null, false)),
                "Se declaró el quórum con 2 de 3 instituciones.",
                List.of(
                        new Item(11, "1", "Lista de asistencia", "<p>Se pasó lista.</p>"),
                        new Item(12, "5.1", "Informe de la Gerencia", REPORT),
                        new Item(13, "6", "Asuntos generales", "")),
                List.of(new Agreement(
                        "GMS-02-2023-01",
                        "Se aprueba el informe de la Gerencia.",
                        "A favor: 2; en contra: 0; abstenciones: 0",
                        "Aprobado por unanimidad de los presentes")),
                List.of(new Action(
                        "GMS-02-2023-01", "Publicar el informe", "Gerencia", LocalDate.of(2023, 6, 1), "Pendiente")));
    }

    private static MinutesContent withItems(MinutesContent content, UnaryOperator<List<Item>> change) {
        return new MinutesContent(
                content.document(),
                content.meetingName(),
                content.kindLabel(),
                content.day(),
                content.startsAt(),
                content.endsAt(),
                content.place(),
                content.chair(),
                content.secretary(),
                content.attendance(),
                content.quorumStatement(),
                change.apply(new ArrayList<>(content.items())),
                content.agreements(),
                content.actions());
    }

    private static List<Line> changes(Section section) {
        return section.lines().stream().filter(Line::isChange).toList();
    }

    private static Section only(Comparison comparison) {
        assertEquals(
                1,
                comparison.sections().size(),
                () -> comparison.sections().stream().map(Section::key).toList().toString());
        return comparison.sections().get(0);
    }

    @Test
    void identicalContentsHaveNoDifference() {
        Comparison comparison = MinutesDiff.compare(minutes(), minutes());

        assertTrue(comparison.isEmpty());
        assertEquals(0, comparison.changedLines());
    }

    @Test
    void oneWordChangedInAParagraphIsMarkedInsideItsLine() {
        MinutesContent newer = minutes().withNarrative(12, REPORT.replace("fue aprobado por", "fue rechazado por"));

        Section section = only(MinutesDiff.compare(minutes(), newer));

        assertEquals("item:12", section.key());
        assertEquals("5.1 Informe de la Gerencia", section.title());
        assertEquals(
                List.of(
                        new Line(
                                Kind.UNCHANGED,
                                List.of(new Segment("La Gerencia presentó el informe del trimestre.", Op.SAME))),
                        new Line(
                                Kind.CHANGED,
                                List.of(
                                        new Segment("El informe fue ", Op.SAME),
                                        new Segment("aprobado", Op.DELETED),
                                        new Segment("rechazado", Op.INSERTED),
                                        new Segment(" por el GMS.", Op.SAME))),
                        new Line(Kind.UNCHANGED, List.of(new Segment("• Obras revisadas: 12", Op.SAME))),
                        new Line(Kind.SKIPPED, List.of(), 3)),
                section.lines());
    }

    @Test
    void anAccentedWordChangesWhole() {
        MinutesContent newer = minutes().withNarrative(11, "<p>Se pasó lista y se verificó el quórum.</p>");
        MinutesContent older = minutes().withNarrative(11, "<p>Se pasó lista y se declaró el quórum.</p>");

        Line line = only(MinutesDiff.compare(older, newer)).lines().get(0);

        assertEquals(
                List.of(
                        new Segment("Se pasó lista y se ", Op.SAME),
                        new Segment("declaró", Op.DELETED),
                        new Segment("verificó", Op.INSERTED),
                        new Segment(" el quórum.", Op.SAME)),
                line.segments());
        assertEquals("Se pasó lista y se declaró el quórum.", line.olderText());
        assertEquals("Se pasó lista y se verificó el quórum.", line.newerText());
    }

    @Test
    void anAddedParagraphReadsAsAddedBetweenItsNeighbours() {
        MinutesContent newer = minutes()
                .withNarrative(
                        12,
                        REPORT.replace(
                                "<p>Se abrió un turno de preguntas.</p>",
                                "<p>Se abrió un turno de preguntas.</p><p>No hubo preguntas.</p>"));

        Section section = only(MinutesDiff.compare(minutes(), newer));

        assertEquals(Kind.SKIPPED, section.lines().get(0).kind());
        assertEquals(5, section.lines().get(0).skipped());
        assertEquals(
                List.of(Kind.UNCHANGED, Kind.ADDED),
                section.lines().subList(1, 3).stream().map(Line::kind).toList());
        assertEquals("Se abrió un turno de preguntas.", section.lines().get(1).newerText());
        assertEquals("No hubo preguntas.", section.lines().get(2).newerText());
        assertEquals(3, section.lines().size());
    }

    @Test
    void aRemovedListItemReadsAsRemovedWithItsNeighboursAsContext() {
        MinutesContent newer = minutes().withNarrative(12, REPORT.replace("<li>Contratos publicados: 30</li>", ""));

        Section section = only(MinutesDiff.compare(minutes(), newer));

        List<Line> changes = changes(section);
        assertEquals(1, changes.size());
        assertEquals(Kind.REMOVED, changes.get(0).kind());
        assertEquals("• Contratos publicados: 30", changes.get(0).olderText());
        assertEquals(
                List.of(Kind.SKIPPED, Kind.UNCHANGED, Kind.REMOVED, Kind.UNCHANGED, Kind.SKIPPED),
                section.lines().stream().map(Line::kind).toList());
        assertEquals("• Obras revisadas: 12", section.lines().get(1).newerText());
        assertEquals("• Pendientes: 4", section.lines().get(3).newerText());
        assertEquals(
                List.of(2, 1),
                List.of(section.lines().get(0).skipped(), section.lines().get(4).skipped()));
    }

    @Test
    void aParagraphEditedNextToAnInsertedOneIsPairedWithItsNewWording() {
        MinutesContent newer = minutes()
                .withNarrative(
                        12,
                        REPORT.replace(
                                "<p>El informe fue aprobado por el GMS.</p>",
                                "<p>Hubo un receso.</p><p>El informe fue aprobado por unanimidad del GMS.</p>"));

        List<Line> changes = changes(only(MinutesDiff.compare(minutes(), newer)));

        assertEquals(
                List.of(Kind.ADDED, Kind.CHANGED),
                changes.stream().map(Line::kind).toList());
        assertEquals("Hubo un receso.", changes.get(0).newerText());
        assertEquals(
                List.of(
                        new Segment("El informe fue aprobado por ", Op.SAME),
                        new Segment("el", Op.DELETED),
                        new Segment("unanimidad del", Op.INSERTED),
                        new Segment(" GMS.", Op.SAME)),
                changes.get(1).segments());
    }

    private static MinutesContent withQuorum(String statement) {
        MinutesContent m = minutes();
        return new MinutesContent(
                m.document(),
                m.meetingName(),
                m.kindLabel(),
                m.day(),
                m.startsAt(),
                m.endsAt(),
                m.place(),
                m.chair(),
                m.secretary(),
                m.attendance(),
                statement,
                m.items(),
                m.agreements(),
                m.actions());
    }

    @Test
    void theWordsOfAChangedLineReassembleBothVersionsExactly() {
        String[][] pairs = {
            {
                "Se declaró el quórum con 9 de 15 instituciones.",
                "Se declaró el quórum con 10 de 15 instituciones, a las 10:05."
            },
            {"Quórum:  9/15 —  «válido»", "Quórum: 9/15 — «no válido»\n(según el art. 20)"},
            {"Ñandú, pingüino y acción", "Ñandu, pingüinos y acciones…"},
            {"a b c d", "x b y d"}
        };
        for (String[] pair : pairs) {
            Line line = only(MinutesDiff.compare(withQuorum(pair[0]), withQuorum(pair[1])))
                    .lines()
                    .get(0);

            assertEquals(Kind.CHANGED, line.kind());
            assertEquals(pair[0], line.olderText());
            assertEquals(pair[1], line.newerText());
        }
    }

    @Test
    void aLineRewrittenWithNoWordInCommonShowsOldAndNewWhole() {
        Line line = only(MinutesDiff.compare(withQuorum("Hubo quórum."), withQuorum("No se alcanzó el mínimo.")))
                .lines()
                .get(0);

        assertEquals(
                List.of(new Segment("Hubo quórum.", Op.DELETED), new Segment("No se alcanzó el mínimo.", Op.INSERTED)),
                line.segments());
    }

    @Test
    void anAgendaItemAddedShowsWholeAsAddedInItsPlace() {
        MinutesContent newer = withItems(minutes(), items -> {
            items.add(
                    2, new Item(20, "5.2", "Plan de trabajo", "<p>Se presentó el plan.</p><ol><li>Meta uno</li></ol>"));
            return items;
        });

        Section section = only(MinutesDiff.compare(minutes(), newer));

        assertEquals("item:20", section.key());
        assertEquals("5.2 Plan de trabajo", section.title());
        assertEquals(
                List.of("5.2 Plan de trabajo", "Se presentó el plan.", "1. Meta uno"),
                section.lines().stream().map(Line::newerText).toList());
        assertTrue(section.lines().stream().allMatch(line -> line.kind() == Kind.ADDED));
        assertEquals(3, section.changedLines());
    }

    @Test
    void anAgendaItemRemovedShowsWholeAsRemovedWhereItWas() {
        MinutesContent newer = withItems(minutes(), items -> {
            items.remove(1);
            return items;
        });
        newer = newer.withNarrative(13, "<p>Sin asuntos.</p>");

        List<Section> sections = MinutesDiff.compare(minutes(), newer).sections();

        assertEquals(
                List.of("item:12", "item:13"),
                sections.stream().map(Section::key).toList());
        assertTrue(sections.get(0).lines().stream().allMatch(line -> line.kind() == Kind.REMOVED));
        assertEquals(7, sections.get(0).changedLines());
        assertEquals(
                List.of(Kind.ADDED),
                sections.get(1).lines().stream().map(Line::kind).toList());
    }

    @Test
    void aRetitledItemShowsItsHeadingChanged() {
        MinutesContent newer = withItems(minutes(), items -> {
            items.set(2, new Item(13, "7", "Asuntos generales", ""));
            return items;
        });

        Section section = only(MinutesDiff.compare(minutes(), newer));

        assertEquals("7 Asuntos generales", section.title());
        assertEquals(
                List.of(new Line(
                        Kind.CHANGED,
                        List.of(
                                new Segment("6", Op.DELETED),
                                new Segment("7", Op.INSERTED),
                                new Segment(" Asuntos generales", Op.SAME)))),
                section.lines());
    }

    @Test
    void anAttendanceStatusChangedReadsAsOneChangedRow() {
        MinutesContent older = minutes();
        List<Attendee> attendance = new ArrayList<>(older.attendance());
        attendance.set(2, new Attendee("UdeG", "Sociedad civil", "Justificó su ausencia", null, false));
        MinutesContent newer = new MinutesContent(
                older.document(),
                older.meetingName(),
                older.kindLabel(),
                older.day(),
                older.startsAt(),
                older.endsAt(),
                older.place(),
                older.chair(),
                older.secretary(),
                attendance,
                older.quorumStatement(),
                older.items(),
                older.agreements(),
                older.actions());

        Section section = only(MinutesDiff.compare(older, newer));

        assertEquals("attendance", section.key());
        assertEquals("Lista de asistencia", MinutesDiff.title(section, SPANISH));
        assertEquals("Attendance list", MinutesDiff.title(section, ENGLISH));
        assertEquals(
                List.of(
                        new Line(Kind.SKIPPED, List.of(), 1),
                        new Line(
                                Kind.UNCHANGED,
                                List.of(new Segment("ITEI — Asistió el suplente — Marta Ruiz", Op.SAME))),
                        new Line(
                                Kind.CHANGED,
                                List.of(
                                        new Segment("UdeG — ", Op.SAME),
                                        new Segment("Ausente", Op.DELETED),
                                        new Segment("Justificó su ausencia", Op.INSERTED)))),
                section.lines());
    }

    @Test
    void anAgreementsTextChangedIsMarkedWithinNumberTextAndVote() {
        MinutesContent older = minutes();
        MinutesContent newer = new MinutesContent(
                older.document(),
                older.meetingName(),
                older.kindLabel(),
                older.day(),
                older.startsAt(),
                older.endsAt(),
                older.place(),
                older.chair(),
                older.secretary(),
                older.attendance(),
                older.quorumStatement(),
                older.items(),
                List.of(new Agreement(
                        "GMS-02-2023-01",
                        "Se aprueba el informe de la Gerencia con observaciones.",
                        "A favor: 2; en contra: 0; abstenciones: 0",
                        "Aprobado por unanimidad de los presentes")),
                older.actions());

        Section section = only(MinutesDiff.compare(older, newer));

        assertEquals("agreements", section.key());
        Line line = section.lines().get(0);
        assertEquals(Kind.CHANGED, line.kind());
        assertEquals(
                "GMS-02-2023-01. Se aprueba el informe de la Gerencia. (A favor: 2; en contra: 0; abstenciones: 0;"
                        + " Aprobado por unanimidad de los presentes)",
                line.olderText());
        assertEquals(
                List.of(new Segment(" con observaciones", Op.INSERTED)),
                line.segments().stream().filter(s -> s.op() != Op.SAME).toList());
    }

    @Test
    void factsAreLabelledInTheReadersLanguage() {
        MinutesContent older = minutes();
        MinutesContent newer = new MinutesContent(
                older.document(),
                older.meetingName(),
                older.kindLabel(),
                older.day(),
                LocalTime.of(10, 15),
                older.endsAt(),
                older.place(),
                older.chair(),
                older.secretary(),
                older.attendance(),
                older.quorumStatement(),
                older.items(),
                older.agreements(),
                older.actions());

        Section spanish = only(MinutesDiff.compare(older, newer));
        Section english = only(MinutesDiff.compare(older, newer, ENGLISH));

        assertEquals(
                List.of("Fecha: 18 de mayo de 2023", "Hora de inicio: 10:15", "Hora de término: 12:30"),
                spanish.lines().subList(1, 4).stream().map(Line::newerText).toList());
        assertEquals("Hora de inicio: 10:00", spanish.lines().get(2).olderText());
        assertEquals("Start time: 10:15", english.lines().get(2).newerText());
        assertEquals("Date: May 18, 2023", english.lines().get(1).newerText());
    }

    @Test
    void aLongNarrativeComparesQuicklyAndShowsOnlyTheChangesWithTheirContext() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            String paragraph =
                    "<p>Párrafo " + i + " del informe: la obra número " + i + " avanza según lo previsto.</p>";
            before.append(paragraph);
            after.append(i == 100 || i == 250 || i == 251 ? paragraph.replace("avanza", "se retrasa") : paragraph);
        }
        MinutesContent older = minutes().withNarrative(12, before.toString());
        MinutesContent newer = minutes().withNarrative(12, after.toString());

        Comparison comparison =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MinutesDiff.compare(older, newer));

        Section section = only(comparison);
        assertEquals(3, comparison.changedLines());
        assertEquals(
                List.of(
                        Kind.SKIPPED,
                        Kind.UNCHANGED,
                        Kind.CHANGED,
                        Kind.UNCHANGED,
                        Kind.SKIPPED,
                        Kind.UNCHANGED,
                        Kind.CHANGED,
                        Kind.CHANGED,
                        Kind.UNCHANGED,
                        Kind.SKIPPED),
                section.lines().stream().map(Line::kind).toList());
        assertEquals(
                List.of(98, 147, 248),
                section.lines().stream()
                        .filter(line -> line.kind() == Kind.SKIPPED)
                        .map(Line::skipped)
                        .toList());
        assertEquals(
                "Párrafo 99 del informe: la obra número 99 avanza según lo previsto.",
                section.lines().get(1).newerText());
        assertEquals(
                List.of(new Segment("avanza", Op.DELETED), new Segment("se retrasa", Op.INSERTED)),
                section.lines().get(2).segments().stream()
                        .filter(s -> s.op() != Op.SAME)
                        .toList());
    }

    @Test
    void theHtmlEscapesWhatPeopleWroteAndMarksInsertionsAndDeletionsForEveryone() {
        MinutesContent older =
                minutes().withNarrative(11, "<p>Se pasó lista &lt;script&gt;alert(1)&lt;/script&gt; a las 10.</p>");
        MinutesContent newer =
                minutes().withNarrative(11, "<p>Se pasó lista &lt;script&gt;alert(1)&lt;/script&gt; a las 11.</p>");

        String html = MinutesDiff.html(MinutesDiff.compare(older, newer), SPANISH);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<h3>1 Lista de asistencia</h3>"), html);
        assertTrue(html.contains("<del><span class=\"sr-only\">texto eliminado: </span>10</del>"), html);
        assertTrue(html.contains("<ins><span class=\"sr-only\">texto añadido: </span>11</ins>"), html);
        assertTrue(html.startsWith("<div class=\"gms-diff\">") && html.endsWith("</ul></div>"), html);
        assertTrue(MinutesDiff.html(MinutesDiff.compare(older, newer), ENGLISH)
                .contains("<span class=\"sr-only\">added text: </span>"));
    }

    @Test
    void theHtmlEscapesAnItemTitle() {
        MinutesContent newer = withItems(minutes(), items -> {
            items.add(new Item(30, "7", "Cierre <b>&", ""));
            return items;
        });

        String html = MinutesDiff.html(MinutesDiff.compare(minutes(), newer), SPANISH);

        assertTrue(html.contains("<h3>7 Cierre &lt;b&gt;&amp;</h3>"), html);
    }

    @Test
    void theTextRenderingMarksEachLineAndTheWordsThatChanged() {
        MinutesContent newer = minutes()
                .withNarrative(
                        12,
                        REPORT.replace("fue aprobado por", "fue rechazado por").replace("<li>Pendientes: 4</li>", "")
                                + "<p>Se cerró la sesión.</p>");

        String text = MinutesDiff.text(MinutesDiff.compare(minutes(), newer), SPANISH);

        assertEquals("""
                5.1 Informe de la Gerencia
                  La Gerencia presentó el informe del trimestre.
                ~ El informe fue [-aprobado-]{+rechazado+} por el GMS.
                  • Obras revisadas: 12
                  • Contratos publicados: 30
                - • Pendientes: 4
                  Se abrió un turno de preguntas.
                + Se cerró la sesión.
                """, text);
    }

    @Test
    void anEmptyComparisonSaysSoInBothRenderings() {
        Comparison comparison = MinutesDiff.compare(minutes(), minutes());

        assertEquals("No hay cambios entre estas dos versiones.\n", MinutesDiff.text(comparison, SPANISH));
        assertEquals(
                "<div class=\"gms-diff\"><p class=\"gms-diff-none\">There are no changes between these two versions.</p></div>",
                MinutesDiff.html(comparison, ENGLISH));
    }
}
