package mx.costjalisco.gms.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, with their metrics. PDFBox binds a loaded font to its document, so each document loads
 * its own; the font files themselves are read from the class path once and kept in memory. Fonts are embedded as
 * subsets (only the glyphs used), which keeps a two-page convocation near 33 KB.
 */
final class FontSet {

    /** PDFBox ships the regular face; the others come with this application (see fonts/LICENSE-LiberationFonts.txt). */
    private static final Map<FontStyle, String> RESOURCES = Map.of(
            FontStyle.REGULAR, "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf",
            FontStyle.BOLD, "fonts/LiberationSans-Bold.ttf",
            FontStyle.ITALIC, "fonts/LiberationSans-Italic.ttf");

    private static final Map<FontStyle, byte[]> BYTES = new ConcurrentHashMap<>();

    /** Removed from the font files: see {@link FontFiles} for why. */
    private static final String GLYPH_SUBSTITUTION = "GSUB";

    /** Printed instead of a character the font has no glyph for, so one odd character cannot fail a document. */
    private static final String REPLACEMENT = "?";

    private final PDDocument document;
    private final Map<FontStyle, PDFont> fonts = new EnumMap<>(FontStyle.class);
    private final Map<FontStyle, Map<Integer, Float>> advances = new EnumMap<>(FontStyle.class);

    FontSet(PDDocument document) {
        this.document = document;
    }

    /** Loaded on first use, so a document without italics carries no italic font. */
    PDFont font(FontStyle style) {
        return fonts.computeIfAbsent(style, this::load);
    }

    /** Width of {@code text} at {@code size} points; the text must have been through {@link #printable}. */
    float width(FontStyle style, String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += advance(style, codePoint);
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    /**
     * The text as it can be drawn: tabs and other white space become plain spaces, control characters are dropped, and
     * a character without a glyph in the font becomes "?". Line feeds are kept for the line breaker.
     */
    String printable(FontStyle style, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (codePoint == '\u00A0') {
                out.appendCodePoint(codePoint);
            } else if (Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (Character.isISOControl(codePoint)) {
                // Dropped: a carriage return or a stray control character prints as nothing.
            } else if (Float.isNaN(advance(style, codePoint))) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /** Advance width in 1/1000 em, or NaN if the font cannot show the character. */
    private float advance(FontStyle style, int codePoint) {
        return advances.computeIfAbsent(style, s -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> measure(style, cp));
    }

    private float measure(FontStyle style, int codePoint) {
        try {
            return font(style).getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IllegalArgumentException noGlyph) {
            return Float.NaN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont load(FontStyle style) {
        try (InputStream in = new ByteArrayInputStream(bytes(style))) {
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the " + style + " font", e);
        }
    }

    private static byte[] bytes(FontStyle style) {
        return BYTES.computeIfAbsent(
                style, s -> FontFiles.withoutTable(Resources.read(RESOURCES.get(s)), GLYPH_SUBSTITUTION));
    }
}
