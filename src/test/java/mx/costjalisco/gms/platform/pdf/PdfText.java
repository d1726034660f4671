package mx.costjalisco.gms.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back as a reader (or an archive) reads it: its text, a page's text, where each character sits. */
public final class PdfText {

    private PdfText() {}

    public static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static String pageText(PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Every character drawn, with its font and position, in reading order. */
    public static List<TextPosition> positions(byte[] pdf) throws IOException {
        var positions = new ArrayList<TextPosition>();
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> textPositions) {
                    positions.addAll(textPositions);
                }
            };
            stripper.getText(document);
        }
        return positions;
    }

    /** The font names of the characters of {@code word} where it first appears. */
    public static List<String> fontsOf(List<TextPosition> positions, String word) {
        int start = indexOf(positions, word);
        return positions.subList(start, start + word.length()).stream()
                .map(p -> p.getFont().getName())
                .toList();
    }

    /** Where {@code word} starts across the page, in points. */
    public static float xOf(List<TextPosition> positions, String word) {
        return positions.get(indexOf(positions, word)).getXDirAdj();
    }

    /** Where {@code word} first appears in the characters drawn. */
    public static int indexOf(List<TextPosition> positions, String word) {
        var text = new StringBuilder();
        positions.forEach(p -> text.append(p.getUnicode()));
        int start = text.indexOf(word);
        assertTrue(start >= 0, word + " not found in " + text);
        return start;
    }
}
