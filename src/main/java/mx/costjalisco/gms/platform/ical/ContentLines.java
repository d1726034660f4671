package mx.costjalisco.gms.platform.ical;

import java.nio.charset.StandardCharsets;

/**
 * Line folding by octets. RFC 5545 §3.1 limits a content line to 75 octets, but ical4j's {@code FoldingWriter} counts
 * characters, so a Spanish description full of accents (two octets each in UTF-8) would give lines of up to ~146
 * octets, which strict parsers reject or cut. This folds by the UTF-8 length and never inside a character.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {}

    /** Folds every line of {@code unfolded} (lines ended by CRLF or LF) and ends each with CRLF. */
    static String fold(String unfolded) {
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 50 * 3);
        for (String line : unfolded.split("\r?\n", -1)) {
            if (!line.isEmpty()) {
                foldLine(line, folded);
                folded.append(CRLF);
            }
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                // The continuation's leading space counts toward its 75 octets.
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, i + width);
            octets += size;
            i += width;
        }
    }
}
