package mx.costjalisco.gms.platform.pdf;

import static mx.costjalisco.gms.platform.pdf.SampleDocuments.GMS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Renders documents and reads them back as a reader (or an archive) would: text, pages, fonts and metadata. */
class PdfDocumentTest {

    private static final String SPANISH_SAMPLE =
            "¿Año nuevo? ¡Sí! Señoría Ñandú, pingüino y güero: «acción» – más — “cita” por 5 € ÁÉÍÓÚ áéíóú Ü";

    @Test
    void spanishTextIsExtractedAsWritten() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Convocatoria").paragraph(SPANISH_SAMPLE).render();

        assertTrue(PdfText.text(pdf).contains(SPANISH_SAMPLE), PdfText.text(pdf));
    }

    @Test
    void everyPageSaysWhichPageOfHowMany() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Convocatoria")
                .paragraph("Primera")
                .pageBreak()
                .paragraph("Segunda")
                .pageBreak()
                .paragraph("Tercera")
                .render();

        try (var document = Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                var text = PdfText.pageText(document, page);
                assertTrue(text.contains("Página " + page + " de 3"), text);
                assertTrue(text.contains(GMS) && text.contains("Convocatoria"), "running header on page " + page);
            }
        }
    }

    @Test
    void pageNumberWordingAndFooterNoteComeFromTheCaller() throws IOException {
        var pdf = PdfDocument.a4("CoST Jalisco Multi-Stakeholder Group", "Notice")
                .pageNumbers("Page {0} of {1}")
                .footerNote("Generated on 25 November 2026")
                .paragraph("One")
                .pageBreak()
                .paragraph("Two")
                .render();

        try (var document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= 2; page++) {
                var text = PdfText.pageText(document, page);
                assertTrue(text.contains("Page " + page + " of 2"), text);
                assertTrue(text.contains("Generated on 25 November 2026"), text);
                assertFalse(text.contains("Página"), text);
            }
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndKeepsRowsWhole() throws IOException {
        var labels = SampleDocuments.rowLabels(80);
        var table = Table.columns(
                Column.of("Institución", 0.4), Column.of("Representante", 0.35), Column.of("Firma", 0.25));
        for (var label : labels) {
            table = table.row(label, "Representante de " + label + " con un nombre largo que ocupa dos líneas", "");
        }
        var pdf = PdfDocument.a4(GMS, "Lista de asistencia")
                .title("Lista de asistencia")
                .table(table)
                .render();

        try (var document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3, "80 two-line rows need several pages");
            var seen = new ArrayList<String>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var text = PdfText.pageText(document, page);
                assertTrue(
                        text.contains("Institución Representante Firma"), "header row on page " + page + ":\n" + text);
                var flat = text.replaceAll("\\s+", " ");
                for (var label : labels) {
                    if (text.contains(label + " ")) {
                        seen.add(label);
                        // The whole row on this page: its second column's wrapped text ends here too.
                        assertTrue(
                                flat.contains(
                                        "Representante de " + label + " con un nombre largo que ocupa dos" + " líneas"),
                                label + " split across pages");
                    }
                }
            }
            assertEquals(labels, seen, "every row once, in order");
        }
    }

    @Test
    void aCaptionIsNeverLeftAtTheFootOfAPageWithoutItsTable() throws IOException {
        var table = Table.columns(Column.of("Fecha", 0.3), Column.of("Nota", 0.7))
                .caption("Avances registrados en el trimestre")
                .row("20 de abril de 2023", "Una nota\nde dos líneas");
        boolean moved = false;
        // Push the table down the first page line by line, past where the caption alone would still fit.
        for (int filled = 36; filled <= 48; filled++) {
            var pdf = PdfDocument.a4(GMS, "Informe trimestral")
                    .paragraph(String.join("\n", Collections.nCopies(filled, "Línea")))
                    .table(table)
                    .render();
            try (var document = Loader.loadPDF(pdf)) {
                var first = PdfText.pageText(document, 1);
                assertEquals(first.contains("Avances registrados"), first.contains("de dos líneas"), "at " + filled);
                moved |= document.getNumberOfPages() == 2;
            }
            if (filled == 36) {
                assertTrue(PdfText.fontsOf(PdfText.positions(pdf), "Avances").stream()
                        .allMatch(name -> name.contains("Bold")));
            }
        }
        assertTrue(moved, "the table reached the foot of the page");
    }

    @Test
    void needSpaceStartsANewPageOnlyWhenTheRoomIsShort() throws IOException {
        var roomy = PdfDocument.a4(GMS, "Informe")
                .paragraph("Uno")
                .needSpace(200)
                .heading("Dos")
                .render();
        var crowded = PdfDocument.a4(GMS, "Informe")
                .paragraph("Uno")
                .spacer(560)
                .needSpace(200)
                .heading("Dos")
                .render();

        var without = PdfDocument.a4(GMS, "Informe")
                .paragraph("Uno")
                .spacer(560)
                .heading("Dos")
                .render();

        try (var one = Loader.loadPDF(roomy);
                var two = Loader.loadPDF(crowded);
                var fits = Loader.loadPDF(without)) {
            assertEquals(1, one.getNumberOfPages());
            assertEquals(1, fits.getNumberOfPages(), "the heading alone fits");
            assertEquals(2, two.getNumberOfPages());
            assertTrue(PdfText.pageText(two, 2).contains("Dos"));
        }
    }

    @Test
    void signatureRowsLeaveRoomToSign() throws IOException {
        var table = Table.columns(Column.of("Institución", 0.6), Column.of("Firma", 0.4))
                .minRowHeight(36)
                .row("Fila uno", "")
                .row("Fila dos", "")
                .row("Fila tres", "");
        var pdf = PdfDocument.a4(GMS, "Lista de asistencia").table(table).render();

        var rows = PdfText.positions(pdf).stream()
                .filter(p ->
                        p.getUnicode().equals("F") && !p.getFont().getName().contains("Bold"))
                .map(TextPosition::getYDirAdj)
                .toList();
        assertEquals(3, rows.size(), "one 'F' per row: " + rows);
        assertTrue(rows.get(1) - rows.get(0) >= 36 - 0.01, "rows are at least 36 pt apart: " + rows);
        assertTrue(rows.get(2) - rows.get(1) >= 36 - 0.01, "rows are at least 36 pt apart: " + rows);
    }

    @Test
    void aWordLongerThanTheLineWrapsWithinTheMarginsAndLosesNothing() throws IOException {
        var word = new StringBuilder();
        for (int i = 0; word.length() < 300; i++) {
            word.append("transparencia".charAt(i % 13)).append(i % 10);
        }
        var longWord = word.substring(0, 300);
        var pdf = PdfDocument.a4(GMS, "Informe")
                .paragraph("Identificador: " + longWord + " fin.")
                .render();

        assertTrue(PdfText.text(pdf).replaceAll("\\s+", "").contains(longWord), "all 300 characters are printed");
        float rightMargin = PDRectangle.A4.getWidth() - Theme.MARGIN;
        for (var position : PdfText.positions(pdf)) {
            assertTrue(
                    position.getXDirAdj() + position.getWidthDirAdj() <= rightMargin + 0.5f,
                    "'" + position.getUnicode() + "' runs into the right margin at " + position.getXDirAdj());
        }
    }

    @Test
    void nestedListItemsHangTheirMarkersWhereTheLevelAboveStartsItsText() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Acta")
                .list(List.of(
                        ListItem.numbered(1, 1, Text.of("Primero")),
                        ListItem.bullet(2, Text.of("Anidado")),
                        ListItem.bullet(3, Text.of("Hondo")),
                        ListItem.numbered(1, 10, Text.of("Décimo")),
                        ListItem.marked(2, "5.2", Text.of("Subpunto"))))
                .render();

        assertTrue(
                PdfText.text(pdf).contains("1. Primero\n◦ Anidado\n▪ Hondo\n10. Décimo\n5.2 Subpunto"),
                PdfText.text(pdf));
        var positions = PdfText.positions(pdf);
        float first = PdfText.xOf(positions, "Primero");
        assertEquals(first, PdfText.xOf(positions, "Décimo"), 0.01, "items of one level share a left edge");
        // A bullet's shape tells its level; the glyphs are in the font, not replaced by "?".
        var bullet = positions.get(PdfText.indexOf(positions, "◦"));
        assertTrue(bullet.getXDirAdj() >= first - 0.01, "the nested marker column starts under the text above");
        assertEquals(
                PdfText.xOf(positions, "Anidado") - Theme.MARKER_GAP,
                bullet.getXDirAdj() + bullet.getWidthDirAdj(),
                0.5);
        assertTrue(PdfText.xOf(positions, "Anidado") > first + 5, "nested text is indented");
        assertEquals(PdfText.xOf(positions, "Anidado"), PdfText.xOf(positions, "Subpunto"), 0.01);
        assertTrue(PdfText.xOf(positions, "Hondo") > PdfText.xOf(positions, "Anidado") + 5);
        float numbersEnd = PdfText.xOf(positions, "Primero") - Theme.MARKER_GAP;
        var one = positions.get(PdfText.indexOf(positions, "1.Primero") + 1);
        assertEquals(numbersEnd, one.getXDirAdj() + one.getWidthDirAdj(), 0.5, "numbers are right-aligned");
    }

    @Test
    void aFlatListKeepsItsNumbering() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Convocatoria")
                .numbered(List.of("Uno", "Dos", "Tres"))
                .bullets(List.of("Anexo"))
                .render();

        assertTrue(PdfText.text(pdf).contains("1. Uno\n2. Dos\n3. Tres\n• Anexo"), PdfText.text(pdf));
    }

    @Test
    void aSubheadingPrintsBoldBetweenHeadingAndText() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Acta")
                .heading("Desarrollo de la sesión")
                .subheading("5.2. Informe trimestral")
                .paragraph("Texto")
                .render();

        var positions = PdfText.positions(pdf);
        assertTrue(PdfText.fontsOf(positions, "Informe trimestral").stream().allMatch(name -> name.contains("Bold")));
        float heading = positions.get(PdfText.indexOf(positions, "Desarrollo")).getFontSizeInPt();
        float subheading = positions.get(PdfText.indexOf(positions, "Informe")).getFontSizeInPt();
        float body = positions.get(PdfText.indexOf(positions, "Texto")).getFontSizeInPt();
        assertTrue(heading > subheading && subheading > body, heading + " > " + subheading + " > " + body);
    }

    @Test
    void documentsAreValidPdfA2bAndTheCheckWouldSayIfNot() throws IOException {
        assertEquals(List.of(), PdfA.violations(SampleDocuments.convocation().render()));

        var plain = new java.io.ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(plain);
        }
        assertFalse(PdfA.violations(plain.toByteArray()).isEmpty(), "a PDF without metadata is no PDF/A");
    }

    @Test
    void anUnderlinedRunIsUnderlinedFromItsFirstToItsLastLetterAndNothingElseIs() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Acta")
                .paragraph(Text.of(
                        Run.plain("Se aprobó el "), Run.plain("plan anual").underlined(), Run.plain(" sin cambios.")))
                .render();

        var positions = PdfText.positions(pdf);
        var first = positions.get(PdfText.indexOf(positions, "plan anual"));
        var last = positions.get(PdfText.indexOf(positions, "plan anual") + "plan anual".length() - 1);
        float pageHeight = PDRectangle.A4.getHeight();
        var rules = new ArrayList<float[]>();
        try (var document = Loader.loadPDF(pdf)) {
            var operands = new ArrayList<Float>();
            float[] from = null;
            for (var token : new PDFStreamParser(document.getPage(0)).parse()) {
                if (token instanceof COSNumber number) {
                    operands.add(number.floatValue());
                } else if (token instanceof Operator operator) {
                    int n = operands.size();
                    if (operator.getName().equals("m") && n >= 2) {
                        from = new float[] {operands.get(n - 2), operands.get(n - 1)};
                    } else if (operator.getName().equals("l") && n >= 2 && from != null) {
                        rules.add(new float[] {from[0], operands.get(n - 2), pageHeight - operands.get(n - 1)});
                    }
                    operands.clear();
                }
            }
        }
        // Rules below the text's baseline and above the footer: the running header and footer rules are left out.
        float baseline = first.getYDirAdj();
        var underlines = rules.stream()
                .filter(rule -> rule[2] > baseline && rule[2] < baseline + 3)
                .toList();
        assertEquals(1, underlines.size(), "one rule under the underlined words, the space between them included");
        var rule = underlines.get(0);
        assertEquals(first.getXDirAdj(), rule[0], 0.5);
        assertEquals(last.getXDirAdj() + last.getWidthDirAdj(), rule[1], 0.5);
    }

    @Test
    void boldRunsPrintInTheBoldFace() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Convocatoria")
                .paragraph(Text.of(Run.bold("Justificación:"), Run.plain(" sede confirmada tarde.")))
                .render();

        var positions = PdfText.positions(pdf);
        assertTrue(PdfText.fontsOf(positions, "Justificación").stream().allMatch(name -> name.contains("Bold")));
        assertTrue(PdfText.fontsOf(positions, "sede").stream().noneMatch(name -> name.contains("Bold")));
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsAStandardOne() throws IOException {
        var pdf = SampleDocuments.convocation().render();

        try (var document = Loader.loadPDF(pdf)) {
            var names = new ArrayList<String>();
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    names.add(font.getName());
                }
            }
            assertTrue(names.stream().allMatch(name -> name.contains("LiberationSans")), names.toString());
            assertTrue(names.stream().anyMatch(name -> name.contains("Bold")), names.toString());
        }
    }

    @Test
    void metadataRoundTripsAndDeclaresPdfA2b() throws IOException {
        var title = "Convocatoria a la 1ª sesión ordinaria 2023 «GMS» & anexos";
        var pdf = PdfDocument.a4(GMS, "Convocatoria")
                .metadata(title, "Secretaría Técnica", "Convocatoria", PdfDocument.SPANISH)
                .paragraph("Texto")
                .render();

        try (var document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertEquals(title, info.getTitle());
            assertEquals("Secretaría Técnica", info.getAuthor());
            var catalog = document.getDocumentCatalog();
            assertEquals("es-MX", catalog.getLanguage());
            var xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">" + Archival.escape(title) + "</rdf:li>"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("<pdf:Producer>" + info.getProducer() + "</pdf:Producer>"), xmp);
            assertEquals(1, catalog.getOutputIntents().size());
            assertNotNull(catalog.getOutputIntents().get(0).getDestOutputIntent(), "embedded sRGB profile");
        }
    }

    @Test
    void pagesAreA4PortraitAndTurnToLandscapeForWideTables() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Informe trimestral")
                .paragraph("Texto")
                .pageBreak(Orientation.LANDSCAPE)
                .table(Table.columns(Column.of("Meta", 1), Column.of("Avance", 1))
                        .row("Convenios", "3 de 5"))
                .render();

        try (var document = Loader.loadPDF(pdf)) {
            var portrait = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), portrait.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), portrait.getHeight(), 0.01);
            var landscape = document.getPage(1).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), landscape.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getWidth(), landscape.getHeight(), 0.01);
            assertTrue(PdfText.pageText(document, 2).contains("Página 2 de 2"));
        }
    }

    @Test
    void theSameDocumentRendersToTheSameBytes() {
        // The archive stores a PDF's SHA-256: rendering the same minutes again must reproduce it.
        assertArrayEquals(
                SampleDocuments.convocation().render(),
                SampleDocuments.convocation().render());
    }

    @Test
    void theDocumentLanguageComesFromTheCaller() throws IOException {
        var pdf = PdfDocument.a4(GMS, "Notice")
                .metadata("Notice", null, null, Locale.UK)
                .paragraph("Text")
                .render();

        try (var document = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
    }
}
