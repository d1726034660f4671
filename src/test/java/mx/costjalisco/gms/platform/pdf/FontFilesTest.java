package mx.costjalisco.gms.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The fonts are drawn glyph by glyph as measured: without their substitution table, and otherwise unchanged. */
class FontFilesTest {

    private static final byte[] BOLD = Resources.read("fonts/LiberationSans-Bold.ttf");

    @Test
    void aFontWithoutItsSubstitutionTableKeepsEveryOtherTableAndItsMetrics() throws IOException {
        var stripped = FontFiles.withoutTable(BOLD, "GSUB");

        try (var original = parse(BOLD);
                var edited = parse(stripped)) {
            assertTrue(original.getTableMap().containsKey("GSUB"), "Liberation Sans has a GSUB table");
            assertFalse(edited.getTableMap().containsKey("GSUB"));
            var others = new TreeSet<>(original.getTableMap().keySet());
            others.remove("GSUB");
            assertEquals(others, new TreeSet<>(edited.getTableMap().keySet()));
            assertEquals(original.getNumberOfGlyphs(), edited.getNumberOfGlyphs());
            int glyph = original.getUnicodeCmapLookup().getGlyphId('Ñ');
            assertEquals(glyph, edited.getUnicodeCmapLookup().getGlyphId('Ñ'));
            assertEquals(original.getAdvanceWidth(glyph), edited.getAdvanceWidth(glyph));
            assertEquals(
                    original.getGlyph().getGlyph(glyph).getBoundingBox().toString(),
                    edited.getGlyph().getGlyph(glyph).getBoundingBox().toString());
        }
    }

    @Test
    void aFontWithoutTheTableIsReturnedAsIs() {
        var stripped = FontFiles.withoutTable(BOLD, "GSUB");

        assertSame(stripped, FontFiles.withoutTable(stripped, "GSUB"));
    }

    @Test
    void theDocumentsFontsCarryNoGlyphSubstitution() throws IOException {
        try (var document = new PDDocument()) {
            var fonts = new FontSet(document);
            for (var style : FontStyle.values()) {
                var font = (PDType0Font) fonts.font(style);
                assertSame(GsubData.NO_DATA_FOUND, font.getGsubData(), style.name());
            }
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
