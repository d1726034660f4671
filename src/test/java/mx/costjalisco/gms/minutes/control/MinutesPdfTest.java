package mx.costjalisco.gms.minutes.control;

import static mx.costjalisco.gms.minutes.control.MinutesSamples.GENERATED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.minutes.control.MinutesPdf.SignatureLine;
import mx.costjalisco.gms.minutes.control.MinutesPdf.Stamp;
import mx.costjalisco.gms.platform.pdf.PdfA;
import mx.costjalisco.gms.platform.pdf.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The minutes as a member reads them in the PDF: what is printed, where, and in which face. */
class MinutesPdfTest {

    private static final String STATEMENT =
            "Aprobada en la 3ª sesión ordinaria 2023, celebrada el 20 de junio de 2023, por unanimidad de los presentes.";

    private static final MinutesContent SESSION = MinutesSamples.session(30, 7, 6, 12);
    private static final String SHA = MinutesSamples.sha256(SESSION);

    private static Stamp approved(MinutesContent content) {
        return Stamp.approved(
                3,
                MinutesSamples.sha256(content),
                STATEMENT,
                MinutesSamples.approvals(9),
                List.of(new SignatureLine("Ing. Ana Pérez Luna", "Presidencia", GENERATED.minusHours(3), 3)),
                GENERATED);
    }

    @Test
    void anApprovedActaSaysWhatWhenWhereAndWhoInEverySection() throws IOException {
        var pdf = MinutesPdf.render(SESSION, approved(SESSION));

        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            var first = PdfText.pageText(document, 1);
            assertTrue(first.contains("Acta de la 2ª sesión ordinaria 2023"), first);
            assertTrue(first.contains("Grupo Multisectorial de CoST Jalisco"), first);
            assertTrue(first.contains("Página 1 de " + pages), first);
            assertTrue(first.contains("Acta aprobada — versión 3"), first);
            assertTrue(first.contains("Generado el 22 de junio de 2023, 13:05 h"), first);
            for (var fact : List.of(
                    "Carácter: Sesión ordinaria",
                    "Fecha: jueves 18 de mayo de 2023",
                    "Hora de inicio: 9:05 h",
                    "Hora de término: 11:40 h",
                    "Lugar: Sala de juntas de la Secretaría de Infraestructura y Obra Pública, Guadalajara",
                    "Presidió: Ing. Ana Pérez Luna (Cámara Mexicana de la Industria de la Construcción)",
                    "Secretaría Técnica: Mtra. Laura Díaz Ochoa")) {
                assertTrue(first.contains(fact), fact + " in\n" + first);
            }
            var all = new PDFTextStripper().getText(document);
            for (var heading : List.of(
                    "Lista de asistencia",
                    "Orden del día",
                    "Desarrollo de la sesión",
                    "Acuerdos",
                    "Seguimiento de acuerdos",
                    "Constancia de aprobación")) {
                assertTrue(all.contains(heading + "\n"), heading);
            }
            assertTrue(all.contains("Se declaró el quórum con 23 de 30 instituciones con voto presentes."));
            assertTrue(all.contains("5.2. Asunto 5.2: informe y discusión del avance del plan de trabajo"));
            assertFalse(all.contains("Borrador"), "an approved acta is no draft");
            assertEquals(
                    "Acta de la 2ª sesión ordinaria 2023",
                    document.getDocumentInformation().getTitle());
            assertEquals("es-MX", document.getDocumentCatalog().getLanguage());
            for (int page = 2; page <= pages; page++) {
                assertTrue(
                        PdfText.pageText(document, page).contains("Página " + page + " de " + pages), "page " + page);
            }
        }
    }

    @Test
    void theApprovalPageRecordsWhoApprovedAndTheFingerprintOfWhatWasApproved() throws IOException {
        var pdf = MinutesPdf.render(SESSION, approved(SESSION));

        try (var document = Loader.loadPDF(pdf)) {
            var last = PdfText.pageText(document, document.getNumberOfPages()).replaceAll("\\s+", " ");
            assertTrue(last.contains("Constancia de aprobación"), last);
            assertTrue(last.contains(STATEMENT.substring(0, 40)), last);
            assertTrue(last.contains("Institución Persona Fecha y hora Versión"), last);
            assertTrue(last.contains("Cámara Mexicana de la Industria de la Construcción, Delegación Jalisco"), last);
            assertTrue(last.contains("Presidencia"), last);
            assertTrue(last.contains("Huella SHA-256 del contenido aprobado:"), last);
            assertTrue(last.replaceAll("\\s+", "").contains(SHA), "the whole hash, as printed: " + last);
            assertTrue(last.contains(SHA), "the hash reads back as one word: " + last);
            var beforeLast = PdfText.pageText(document, document.getNumberOfPages() - 1);
            assertFalse(beforeLast.contains("Constancia de aprobación"), "the approval starts a page of its own");
        }
    }

    @Test
    void anApprovalWithoutIndividualApprovalsSaysSo() throws IOException {
        var stamp = Stamp.approved(1, SHA, STATEMENT, List.of(), List.of(), GENERATED);

        var text = PdfText.text(MinutesPdf.render(SESSION, stamp));

        assertTrue(text.contains("No se registraron aprobaciones individuales."), text);
        assertFalse(text.contains("Firmas"), "no signatures, no signature table");
    }

    @Test
    void aDraftSaysSoOnItsFirstPageAndOnEveryFooterAndHasNoApprovalPage() throws IOException {
        var pdf = MinutesPdf.render(SESSION, Stamp.draft(2, SHA, GENERATED));

        try (var document = Loader.loadPDF(pdf)) {
            var first = PdfText.pageText(document, 1);
            int note = first.indexOf("Borrador para revisión — versión 2.");
            assertTrue(note > 0 && note < first.indexOf("Lista de asistencia"), "the note opens the draft:\n" + first);
            assertTrue(first.contains("Huella SHA-256 del contenido:"), first);
            assertTrue(first.contains(SHA), first);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertTrue(
                        PdfText.pageText(document, page).contains("Borrador para revisión — versión 2 — no aprobado"),
                        "footer of page " + page);
            }
            var all = new PDFTextStripper().getText(document);
            assertFalse(all.contains("Constancia de aprobación"), all);
            assertFalse(all.contains("aprobado:"), all);
        }
    }

    @Test
    void theNarrativeKeepsItsParagraphsListsAndBold() throws IOException {
        var pdf = MinutesPdf.render(SESSION, Stamp.draft(1, SHA, GENERATED));

        var text = PdfText.text(pdf);
        assertTrue(text.contains("Antecedentes. "), text);
        assertTrue(text.contains("Es " + MinutesSamples.BOLD_WORD + " publicar los datos a tiempo."), text);
        assertTrue(text.contains("Sin comentarios adicionales de la presidencia."), text);
        assertTrue(text.contains("• "), "bulleted items");
        assertTrue(text.contains("◦ Subpunto: "), "a nested item with the second level's bullet");
        assertTrue(text.contains("Compromiso: "), text);
        var positions = PdfText.positions(pdf);
        assertTrue(
                PdfText.fontsOf(positions, MinutesSamples.BOLD_WORD).stream().allMatch(name -> name.contains("Bold")));
        assertTrue(PdfText.fontsOf(positions, "Sin comentarios adicionales").stream()
                .allMatch(f -> f.contains("Italic")));
        assertTrue(PdfText.fontsOf(positions, "Compromiso:").stream().allMatch(name -> name.contains("Bold")));
        assertTrue(PdfText.fontsOf(positions, "Subpunto").stream().noneMatch(name -> name.contains("Bold")));
        float bullet = PdfText.xOf(positions, "•");
        float nested = PdfText.xOf(positions, "◦");
        assertTrue(nested > bullet + 5, "nested items are indented: " + bullet + " → " + nested);
    }

    @Test
    void numberedAndNestedListsKeepTheirNumbersAndLevels() throws IOException {
        var content = MinutesSamples.session(3, 1, 0, 0)
                .withNarrative(
                        1000,
                        "<p>Se acordó lo siguiente:</p><ol><li>Primer paso</li><li>Segundo paso<ul><li>Detalle"
                                + "</li></ul></li><li>Tercer paso</li></ol><p>Y además:</p><ul><li>Viñeta</li></ul>");

        var text = PdfText.text(MinutesPdf.render(content, Stamp.draft(1, MinutesSamples.sha256(content), GENERATED)));

        assertTrue(
                text.contains("Se acordó lo siguiente:\n1. Primer paso\n2. Segundo paso\n◦ Detalle\n3. Tercer paso\n"
                        + "Y además:\n• Viñeta\n"),
                text);
    }

    @Test
    void aLineBreakAndAVeryLongWordArePrintedWhole() throws IOException {
        var longWord = "x".repeat(40) + "transparencia".repeat(12) + "y".repeat(4);
        assertEquals(200, longWord.length());
        var content = MinutesSamples.session(3, 1, 0, 0)
                .withNarrative(1000, "<p>Primera línea<br>segunda línea: " + longWord + " fin.</p>");

        var text = PdfText.text(MinutesPdf.render(content, Stamp.draft(1, MinutesSamples.sha256(content), GENERATED)));

        assertTrue(text.contains("Primera línea\nsegunda línea:"), text);
        assertTrue(text.replaceAll("\\s+", "").contains(longWord + "fin."), "all 200 characters are printed");
    }

    @Test
    void anItemWithoutNarrativeSaysSoInItalics() throws IOException {
        var content = SESSION.withNarrative(1001, "<p> </p>");

        var pdf = MinutesPdf.render(content, Stamp.draft(1, MinutesSamples.sha256(content), GENERATED));

        var text = PdfText.text(pdf);
        var item = "2. Asunto 2: informe y discusión del avance del plan de trabajo\nSin narrativa.";
        assertTrue(text.contains(item), text);
        assertTrue(PdfText.fontsOf(PdfText.positions(pdf), "Sin narrativa.").stream()
                .allMatch(name -> name.contains("Italic")));
    }

    @Test
    void aLongAttendanceListRepeatsItsHeaderOnTheNextPage() throws IOException {
        var pdf = MinutesPdf.render(SESSION, Stamp.draft(1, SHA, GENERATED));

        try (var document = Loader.loadPDF(pdf)) {
            var header = "Institución Sector Asistencia Representante";
            assertTrue(PdfText.pageText(document, 1).contains(header));
            var second = PdfText.pageText(document, 2);
            assertTrue(second.contains(header), "header repeated on page 2:\n" + second);
            var all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (int i = 0; i < 30; i++) {
                assertTrue(all.contains(MinutesSamples.institution(i)), MinutesSamples.institution(i));
            }
        }
    }

    @Test
    void agreementsAndTheirActionsArePrintedWholeEachOnOnePage() throws IOException {
        var content = MinutesSamples.session(10, 2, 2, 40);
        var pdf = MinutesPdf.render(content, Stamp.draft(1, MinutesSamples.sha256(content), GENERATED));

        try (var document = Loader.loadPDF(pdf)) {
            var seen = new ArrayList<String>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var flat = PdfText.pageText(document, page).replaceAll("\\s+", " ");
                if (flat.contains("Acuerdos") || flat.contains("Núm.")) {
                    for (var agreement : content.agreements()) {
                        if (flat.contains(agreement.number() + " Se aprueba")) {
                            seen.add(agreement.number());
                            var row = String.join(
                                    " ", agreement.number(), agreement.text(), agreement.vote(), agreement.result());
                            assertTrue(flat.contains(row), agreement.number() + " whole on page " + page);
                        }
                    }
                }
            }
            assertEquals(
                    content.agreements().stream()
                            .map(MinutesContent.Agreement::number)
                            .toList(),
                    seen);
            var all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(all.contains("Acuerdo Acción Responsable Fecha compromiso Estado"), all);
            assertTrue(all.contains("01/07/2023"), "due dates as the GMS writes them");
        }
    }

    @Test
    void aMinutaHasNeitherQuorumNorApproval() throws IOException {
        var minuta = MinutesSamples.minuta();

        var pdf = MinutesPdf.render(minuta, Stamp.sent(1, MinutesSamples.sha256(minuta), GENERATED));

        var text = PdfText.text(pdf);
        assertTrue(text.contains("Minuta de la 1ª reunión de enlaces 2023"), text);
        assertTrue(text.contains("Desarrollo de la reunión"), text);
        assertTrue(text.contains("Minuta enviada a los integrantes — versión 1"), text);
        assertTrue(text.contains("No se tomaron acuerdos."), text);
        assertFalse(text.contains("quórum"), text);
        assertFalse(text.contains("Constancia de aprobación"), text);
        assertFalse(text.contains("Presidió"), "no chair recorded, no empty fact");
        assertFalse(text.contains("Seguimiento de acuerdos"), "no actions, no table");
        assertThrows(
                IllegalArgumentException.class,
                () -> MinutesPdf.render(
                        minuta,
                        Stamp.approved(1, MinutesSamples.sha256(minuta), STATEMENT, List.of(), List.of(), GENERATED)));
        assertThrows(IllegalArgumentException.class, () -> MinutesPdf.render(SESSION, Stamp.sent(1, SHA, GENERATED)));
    }

    @Test
    void anAddendumNamesTheMinutesAndTheContentItCorrectsThenItsReasonAndText() throws IOException {
        var pdf = MinutesPdf.renderAddendum(
                SESSION,
                2,
                "<p>Donde dice <em>9 de 12</em> debe decir <strong>10 de 12</strong>.</p><ul><li>Punto 3</li></ul>",
                "Error de captura en la asistencia.",
                GENERATED,
                SHA);

        try (var document = Loader.loadPDF(pdf)) {
            assertEquals(
                    "Adenda 2 al acta de la 2ª sesión ordinaria 2023",
                    document.getDocumentInformation().getTitle());
            var text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Adenda 2 al acta de la 2ª sesión ordinaria 2023\n"), text);
            assertTrue(text.contains("Corrige: Acta de la 2ª sesión ordinaria 2023"), text);
            assertTrue(text.contains("Fecha: jueves 18 de mayo de 2023"), text);
            assertTrue(text.contains("Huella SHA-256 del contenido aprobado:"), text);
            assertTrue(text.contains(SHA), text);
            assertTrue(text.contains("Motivo\nError de captura en la asistencia.\nCorrección\n"), text);
            assertTrue(text.contains("Donde dice 9 de 12 debe decir 10 de 12.\n• Punto 3"), text);
            assertTrue(text.contains("Adenda 2 · Generado el 22 de junio de 2023, 13:05 h"), text);
            assertTrue(text.contains("Página 1 de 1"), text);
        }
        assertTrue(
                PdfText.fontsOf(PdfText.positions(pdf), "10 de 12").stream().allMatch(name -> name.contains("Bold")));
        assertEquals(List.of(), PdfA.violations(pdf));
    }

    @Test
    void anAddendumToAMinutaSaysMinutaAndNeedsWords() throws IOException {
        var minuta = MinutesSamples.minuta();
        var sha = MinutesSamples.sha256(minuta);

        var text = PdfText.text(MinutesPdf.renderAddendum(minuta, 1, "<p>Texto</p>", "Motivo", GENERATED, sha));

        assertTrue(text.contains("Adenda 1 a la minuta de la 1ª reunión de enlaces 2023"), text);
        assertFalse(text.contains("aprobad"), "a minuta is never approved: " + text);
        assertThrows(
                IllegalArgumentException.class,
                () -> MinutesPdf.renderAddendum(minuta, 1, "<p> </p>", "Motivo", GENERATED, sha));
        assertThrows(
                IllegalArgumentException.class,
                () -> MinutesPdf.renderAddendum(minuta, 1, "<p>Texto</p>", "Motivo", GENERATED, "abc"));
    }

    @Test
    void aStampNeedsTheContentsSha256() {
        assertThrows(IllegalArgumentException.class, () -> Stamp.draft(1, "abc", GENERATED));
        assertThrows(IllegalArgumentException.class, () -> Stamp.draft(1, SHA.toUpperCase(), GENERATED));
        assertThrows(IllegalArgumentException.class, () -> Stamp.draft(0, SHA, GENERATED));
    }

    @Test
    void theSameVersionRendersToTheSameBytes() {
        // The archive keeps the approved PDF's own SHA-256: printing it again must give the same file.
        assertArrayEquals(MinutesPdf.render(SESSION, approved(SESSION)), MinutesPdf.render(SESSION, approved(SESSION)));
    }

    @Test
    void draftApprovedAndSentMinutesAreValidPdfA2b() {
        assertEquals(List.of(), PdfA.violations(MinutesPdf.render(SESSION, Stamp.draft(2, SHA, GENERATED))));
        assertEquals(List.of(), PdfA.violations(MinutesPdf.render(SESSION, approved(SESSION))));
        var minuta = MinutesSamples.minuta();
        assertEquals(
                List.of(),
                PdfA.violations(MinutesPdf.render(minuta, Stamp.sent(1, MinutesSamples.sha256(minuta), GENERATED))));
    }
}
