package mx.costjalisco.gms.platform.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks rich text into lines no wider than a measure: greedily at spaces, at every line feed, and between
 * characters inside a word longer than a whole line (an URL, a long identifier), which would otherwise run off the
 * page. Text is left-aligned and never hyphenated, as in the GMS's own documents.
 */
final class LineBreaker {

    private final FontSet fonts;
    private final float size;

    LineBreaker(FontSet fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    List<Line> wrap(Text text, float maxWidth) {
        var builder = new Builder(maxWidth);
        for (var word : words(text)) {
            builder.add(word);
        }
        return builder.finish();
    }

    /** A word may change face in the middle ("art. <b>17</b>,"), so it is a list of pieces. */
    private record Word(List<Line.Segment> pieces, boolean spaceBefore, boolean breakBefore) {}

    private List<Word> words(Text text) {
        var words = new ArrayList<Word>();
        var pieces = new ArrayList<Line.Segment>();
        boolean spaceBefore = false;
        boolean breakBefore = false;
        for (var run : text.runs()) {
            var chars = fonts.printable(run.style(), run.text());
            var current = new StringBuilder();
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == ' ' || c == '\n') {
                    if (!current.isEmpty()) {
                        pieces.add(new Line.Segment(run.style(), current.toString(), run.underline()));
                        current.setLength(0);
                    }
                    if (!pieces.isEmpty()) {
                        words.add(new Word(List.copyOf(pieces), spaceBefore, breakBefore));
                        pieces.clear();
                        spaceBefore = false;
                        breakBefore = false;
                    }
                    if (c == '\n') {
                        breakBefore = true;
                        spaceBefore = false;
                    } else if (!breakBefore) {
                        spaceBefore = true;
                    }
                } else {
                    current.append(c);
                }
            }
            if (!current.isEmpty()) {
                pieces.add(new Line.Segment(run.style(), current.toString(), run.underline()));
            }
        }
        if (!pieces.isEmpty()) {
            words.add(new Word(List.copyOf(pieces), spaceBefore, breakBefore));
        }
        return words;
    }

    /** Collects pieces into the current line, merging neighbours of one look so each prints as one string. */
    private final class Builder {
        private final float maxWidth;
        private final List<Line> lines = new ArrayList<>();
        private final List<Line.Segment> segments = new ArrayList<>();
        private float width;

        Builder(float maxWidth) {
            this.maxWidth = maxWidth;
        }

        void add(Word word) {
            if (word.breakBefore() && !segments.isEmpty()) {
                flush();
            }
            float wordWidth = 0;
            for (var piece : word.pieces()) {
                wordWidth += fonts.width(piece.style(), piece.text(), size);
            }
            var first = word.pieces().get(0);
            float space = segments.isEmpty() || !word.spaceBefore() ? 0 : fonts.width(first.style(), " ", size);
            if (!segments.isEmpty() && width + space + wordWidth > maxWidth) {
                flush();
                space = 0;
            }
            if (space > 0) {
                // The space between two underlined words is underlined too, as in a word processor.
                boolean underline =
                        first.underline() && segments.get(segments.size() - 1).underline();
                append(first.style(), underline, " ", space);
            }
            if (wordWidth <= maxWidth - width) {
                for (var piece : word.pieces()) {
                    append(
                            piece.style(),
                            piece.underline(),
                            piece.text(),
                            fonts.width(piece.style(), piece.text(), size));
                }
            } else {
                breakInside(word);
            }
        }

        /** Fills lines character by character; at least one character per line, so even a narrow cell progresses. */
        private void breakInside(Word word) {
            for (var piece : word.pieces()) {
                var text = piece.text();
                for (int i = 0; i < text.length(); ) {
                    int codePoint = text.codePointAt(i);
                    var character = new String(Character.toChars(codePoint));
                    float w = fonts.width(piece.style(), character, size);
                    if (width + w > maxWidth && !segments.isEmpty()) {
                        flush();
                    }
                    append(piece.style(), piece.underline(), character, w);
                    i += character.length();
                }
            }
        }

        private void append(FontStyle style, boolean underline, String text, float w) {
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).continues(style, underline)) {
                segments.set(last, new Line.Segment(style, segments.get(last).text() + text, underline));
            } else {
                segments.add(new Line.Segment(style, text, underline));
            }
            width += w;
        }

        private void flush() {
            lines.add(new Line(List.copyOf(segments), width));
            segments.clear();
            width = 0;
        }

        List<Line> finish() {
            if (!segments.isEmpty() || lines.isEmpty()) {
                flush();
            }
            return lines;
        }
    }
}
