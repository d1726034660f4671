package mx.costjalisco.gms.platform.pdf;

/**
 * The typographic choices of every GMS document in one place, in points (1/72 inch): a sober, single-typeface
 * layout in black and greys that prints well in black and white.
 */
final class Theme {

    static final float CM = 72f / 2.54f;
    static final float MARGIN = 2 * CM;

    static final float BODY_SIZE = 10.5f;
    static final float TITLE_SIZE = 16f;
    static final float HEADING_SIZE = 12.5f;
    static final float SUBHEADING_SIZE = 11f;
    static final float TABLE_SIZE = 9.5f;
    static final float RUNNING_SIZE = 8.5f;

    /** Line height as a multiple of the font size: generous enough for accents on capitals (É, Á). */
    static final float LEADING = 1.35f;

    static final float PARAGRAPH_GAP = 7f;
    static final float TITLE_GAP_AFTER = 10f;
    static final float HEADING_GAP_BEFORE = 14f;
    static final float HEADING_GAP_AFTER = 5f;
    static final float SUBHEADING_GAP_BEFORE = 11f;
    static final float ITEM_GAP = 3f;
    static final float FACT_GAP = 2f;

    static final float LIST_INDENT = 8f;
    static final float MARKER_GAP = 6f;
    static final float FACT_LABEL_GAP = 12f;
    static final float CELL_PADDING = 4f;
    static final float NOTE_PADDING = 8f;

    static final float RULE_WIDTH = 0.5f;
    static final float BORDER_WIDTH = 0.5f;

    static final float[] TEXT = {0f, 0f, 0f};
    static final float[] RUNNING_TEXT = {0.3f, 0.3f, 0.3f};
    static final float[] RULE = {0.55f, 0.55f, 0.55f};
    static final float[] BORDER = {0.4f, 0.4f, 0.4f};
    static final float[] HEADER_FILL = {0.9f, 0.9f, 0.9f};
    static final float[] NOTE_FILL = {0.95f, 0.95f, 0.95f};

    /** Liberation Sans' ascent and descent as fractions of the size, to put a baseline in a line box. */
    static final float ASCENT = 0.905f;

    static final float DESCENT = 0.212f;

    /** Liberation Sans' underline: its distance below the baseline and its thickness, as fractions of the size. */
    static final float UNDERLINE_OFFSET = 0.106f;

    static final float UNDERLINE_THICKNESS = 0.073f;

    private Theme() {}

    static float lineHeight(float size) {
        return size * LEADING;
    }

    /** Distance from the top of a line box to its baseline, with the leading split evenly above and below. */
    static float baselineOffset(float size) {
        return (lineHeight(size) - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
    }
}
