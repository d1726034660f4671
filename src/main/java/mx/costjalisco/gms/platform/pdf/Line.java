package mx.costjalisco.gms.platform.pdf;

import java.util.List;

/** One laid-out line: consecutive pieces of text in one face each, and the width they take at the line's size. */
record Line(List<Segment> segments, float width) {

    record Segment(FontStyle style, String text, boolean underline) {

        Segment(FontStyle style, String text) {
            this(style, text, false);
        }

        boolean continues(FontStyle otherStyle, boolean otherUnderline) {
            return style == otherStyle && underline == otherUnderline;
        }
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }
}
