package mx.costjalisco.gms.platform.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Edits TrueType font files before PDFBox loads them. The engine lays out text itself, one glyph per character at the
 * advance width it measured, so the fonts' glyph substitution table (GSUB: ligatures, contextual forms) must not be
 * applied when the text is drawn. PDFBox applies it whenever a font has one, and for Latin text it does so by building
 * regular expressions for every word shown, which took four fifths of the time of a long document.
 */
final class FontFiles {

    private static final int OFFSET_TABLE = 12;
    private static final int RECORD = 16;

    private FontFiles() {}

    /**
     * The font without the table {@code tag}: its record is dropped from the table directory, the other tables stay
     * where they are (their offsets count from the start of the file), and the freed 16 bytes become padding.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        var in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        var kept = new ArrayList<byte[]>();
        for (int i = 0; i < tables; i++) {
            int at = OFFSET_TABLE + i * RECORD;
            var record = Arrays.copyOfRange(font, at, at + RECORD);
            if (!tag.equals(new String(record, 0, 4, StandardCharsets.US_ASCII))) {
                kept.add(record);
            }
        }
        if (kept.size() == tables) {
            return font;
        }
        var out = font.clone();
        var header = ByteBuffer.wrap(out);
        int count = kept.size();
        int power = Integer.highestOneBit(count);
        header.putShort(4, (short) count);
        header.putShort(6, (short) (power * RECORD));
        header.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        header.putShort(10, (short) ((count - power) * RECORD));
        for (int i = 0; i < count; i++) {
            System.arraycopy(kept.get(i), 0, out, OFFSET_TABLE + i * RECORD, RECORD);
        }
        Arrays.fill(out, OFFSET_TABLE + count * RECORD, OFFSET_TABLE + tables * RECORD, (byte) 0);
        return out;
    }
}
