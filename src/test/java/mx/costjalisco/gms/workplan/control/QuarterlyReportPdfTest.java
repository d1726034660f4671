package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.ReportSamples.END_OF_Q2;
import static mx.costjalisco.gms.workplan.control.ReportSamples.GENERATED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.platform.pdf.PdfA;
import mx.costjalisco.gms.platform.pdf.PdfText;
import mx.costjalisco.gms.platform.web.Bundle;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

/** The quarterly report as the GMS reads it: the plan's numbers, each activity, and only the quarter's progress. */
class QuarterlyReportPdfTest {

    private static final ReportSamples.Sample PLAN = ReportSamples.plan2023();

    private static byte[] secondQuarter() {
        return QuarterlyReportPdf.render(PLAN.report(END_OF_Q2), PLAN.entries, 2, Bundle.RECORD_LOCALE, GENERATED);
    }

    /** The text as a reader takes it in: lines joined, the no-break space of "20 %" as a space. */
    private static String read(byte[] pdf) throws IOException {
        return PdfText.text(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theSecondQuarterShowsThePlanEveryActivityItsTargetsAndTheQuartersProgress() throws IOException {
        byte[] pdf = secondQuarter();
        String text = read(pdf);
        if (System.getProperty("report.sample") != null) {
            Files.write(Path.of(System.getProperty("report.sample")), pdf);
        }

        assertTrue(
                text.contains("Informe trimestral de avance del plan de trabajo 2023 — 2º trimestre (abril–junio)"),
                text);
        for (String fact : List.of(
                "Plan: Plan de trabajo 2023 del GMS de CoST Jalisco",
                "Aprobación: 4ª sesión ordinaria 2022, 8 de diciembre de 2022, acuerdo GMS-2022-O4-03",
                "Revisión: 1",
                "Avance al: 30 de junio de 2023",
                "Generado: 4 de julio de 2023, 10:30 h")) {
            assertTrue(text.contains(fact), fact + " in " + text);
        }
        for (String activity : List.of(
                "I. Capacitación en el Estándar de Datos",
                "II. Plataforma de datos abiertos",
                "III. Convenios de colaboración",
                "IV. Difusión de los datos de infraestructura",
                "V. Reforma a los lineamientos de obra pública",
                "VI. Auditoría social",
                "VII. Sesiones del GMS")) {
            assertTrue(text.contains(activity), activity);
        }
        // IV: the latest figure of a running count, against its goal, with es-MX grouping; 70 % of it done with 65 %
        // of its February, June and November elapsed.
        assertTrue(text.contains("3,000,000 receptores 2,100,000 70 % 65 % En tiempo"), text);
        assertTrue(text.contains("La versión 2 de la plataforma Hito Cumplido 100 % 100 % Cumplida"), text);
        assertTrue(text.contains("Estado según sus metas: Atrasada"), "III is late");
        assertTrue(text.contains("En riesgo"), "V.2 is at risk");
        assertTrue(text.contains("Metas concluidas: 2 de 10 (20 %)"), text);

        assertTrue(text.contains("20 de abril de 2023 La versión 2 de la plataforma Cumplido Versión 2 publicada"));
        assertTrue(text.contains("Convenio con la COPARMEX"));
        assertTrue(text.contains("Campaña de junio en redes sociales"));
        assertTrue(text.contains("18 de mayo de 2023 04 sesiones celebradas 1 Sesión ordinaria celebrada"), text);
        assertFalse(text.contains("Ayuntamiento de Zapopan"), "a withdrawn entry");
        assertFalse(text.contains("Taller de inducción"), "an entry of the first quarter");
        assertFalse(text.contains("Campaña de febrero"), "an entry of the first quarter");
        assertFalse(text.contains("Curso de julio"), "an entry of the third quarter");
        assertFalse(text.contains("17 de agosto de 2023"), "a session of the third quarter");
        assertFalse(text.contains("Nota interna"), "internal notes stay inside");
        assertEquals(2, text.split("Sin avances registrados en el trimestre", -1).length - 1, "I and VI have none");
    }

    @Test
    void theReportIsArchivablePdfA() {
        assertEquals(List.of(), PdfA.violations(secondQuarter()));
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertArrayEquals(secondQuarter(), secondQuarter());
    }

    @Test
    void theFirstQuarterListsItsOwnEntries() throws IOException {
        String text = read(QuarterlyReportPdf.render(
                PLAN.report(Quarter.of(2023, 1).last()), PLAN.entries, 1, Bundle.RECORD_LOCALE, GENERATED));

        assertTrue(text.contains("2023 — 1er trimestre (enero–marzo)"), text);
        assertTrue(text.contains("Avance al: 31 de marzo de 2023"));
        assertTrue(text.contains("Taller de inducción para enlaces"));
        assertTrue(text.contains("Campaña de febrero"));
        assertFalse(text.contains("Versión 2 publicada"), "an entry of the second quarter");
    }

    @Test
    void theQuarterUnderWayListsOnlyWhatCountsByTheReportsDay() throws IOException {
        String text = read(QuarterlyReportPdf.render(
                PLAN.report(LocalDate.of(2023, 6, 15)), PLAN.entries, 2, Bundle.RECORD_LOCALE, GENERATED));

        assertTrue(text.contains("Avance al: 15 de junio de 2023"));
        assertTrue(text.contains("Convenio con la COPARMEX"));
        assertFalse(text.contains("Campaña de junio"), "dated 30 June, after the report's day");
    }

    @Test
    void anEnglishReaderGetsTheReportInEnglish() throws IOException {
        String text =
                read(QuarterlyReportPdf.render(PLAN.report(END_OF_Q2), PLAN.entries, 2, Locale.ENGLISH, GENERATED));

        assertTrue(text.contains("Quarterly progress report on the 2023 work plan — 2nd quarter (April–June)"), text);
        assertTrue(text.contains("Progress as of: June 30, 2023"), text);
        assertTrue(text.contains("3,000,000 receptores 2,100,000 70% 65% On track"), text);
        assertTrue(text.contains("No progress recorded in the quarter."));
    }

    @Test
    void aLargePlanBreaksItsTablesAcrossPages() throws IOException {
        var large = ReportSamples.large(50, 5_000);
        var report = large.report(END_OF_Q2);

        long start = System.nanoTime();
        byte[] pdf = QuarterlyReportPdf.render(report, large.entries, 2, Bundle.RECORD_LOCALE, GENERATED);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (System.getProperty("report.sample") != null) {
            Files.write(Path.of(System.getProperty("report.sample").replaceAll("\\.pdf$", "") + "-large.pdf"), pdf);
        }

        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            System.out.printf(
                    "Quarterly report, 50 activities, 200 targets, 5,000 entries: %d pages, %,d bytes, %d ms%n",
                    pages, pdf.length, millis);
            assertTrue(pages > 0);
        }
    }
}
