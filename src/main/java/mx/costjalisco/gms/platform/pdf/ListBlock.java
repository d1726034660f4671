package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list, bulleted, numbered or both, possibly nested. Markers hang in a column of their own per depth, right-aligned
 * so that 9. and 10. line up; continuation lines align with the item's text, not with its marker; a nested level's
 * marker column starts where the text of the level above starts. An item stays on one page when it can.
 *
 * <p>Nesting deeper than {@link #MAX_INDENTED_DEPTH} levels is printed at that level's indent, so a pasted document
 * with absurd nesting still leaves room for its words.
 */
record ListBlock(List<ListItem> items) implements Block {

    static final int MAX_INDENTED_DEPTH = 4;

    /** A filled bullet, then a hollow one, then a small square, as word processors mark nested levels. */
    private static final List<String> BULLETS = List.of("\u2022", "\u25E6", "\u25AA");

    ListBlock {
        items = List.copyOf(items);
    }

    /** A flat list whose markers follow from its style: bullets, or the numbers 1., 2., … */
    static ListBlock of(ListStyle style, List<Text> texts) {
        var items = new ArrayList<ListItem>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(
                    style == ListStyle.NUMBERED
                            ? ListItem.numbered(1, i + 1, texts.get(i))
                            : ListItem.bullet(1, texts.get(i)));
        }
        return new ListBlock(items);
    }

    @Override
    public void layout(PageLayout pages) throws IOException {
        float size = Theme.BODY_SIZE;
        float lineHeight = Theme.lineHeight(size);
        var breaker = pages.breaker(size);
        float[] textOffset = textOffsets(breaker);
        pages.gap(Theme.PARAGRAPH_GAP);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                pages.gap(Theme.ITEM_GAP);
            }
            var item = items.get(i);
            int level = level(item);
            var lines = breaker.wrap(item.text(), pages.width() - textOffset[level]);
            float itemHeight = lines.size() * lineHeight;
            pages.ensure(itemHeight <= pages.pageHeight() ? itemHeight : lineHeight);
            var marker = markerLine(breaker, item);
            float markerRight = textOffset[level] - Theme.MARKER_GAP;
            for (int j = 0; j < lines.size(); j++) {
                pages.ensure(lineHeight);
                if (j == 0) {
                    pages.text(marker, pages.left() + markerRight - marker.width(), pages.y(), size, Theme.TEXT);
                }
                pages.text(lines.get(j), pages.left() + textOffset[level], pages.y(), size, Theme.TEXT);
                pages.advance(lineHeight);
            }
        }
        pages.gap(Theme.PARAGRAPH_GAP);
    }

    /**
     * Where the text of each level starts, from the left margin: level 1's markers start one indent in, and each
     * level's marker column is as wide as its widest marker (at least a bullet's width).
     */
    private float[] textOffsets(LineBreaker breaker) {
        float bullet = width(breaker, BULLETS.get(0));
        float[] markerWidth = new float[MAX_INDENTED_DEPTH + 1];
        Arrays.fill(markerWidth, bullet);
        for (var item : items) {
            int level = level(item);
            markerWidth[level] =
                    Math.max(markerWidth[level], markerLine(breaker, item).width());
        }
        float[] offsets = new float[MAX_INDENTED_DEPTH + 1];
        float start = Theme.LIST_INDENT;
        for (int level = 1; level <= MAX_INDENTED_DEPTH; level++) {
            offsets[level] = start + markerWidth[level] + Theme.MARKER_GAP;
            start = offsets[level];
        }
        return offsets;
    }

    private static int level(ListItem item) {
        return Math.min(item.depth(), MAX_INDENTED_DEPTH);
    }

    private static Line markerLine(LineBreaker breaker, ListItem item) {
        var marker = item.isBullet() ? BULLETS.get((item.depth() - 1) % BULLETS.size()) : item.marker();
        return breaker.wrap(Text.of(marker), Float.MAX_VALUE).get(0);
    }

    private static float width(LineBreaker breaker, String text) {
        return breaker.wrap(Text.of(text), Float.MAX_VALUE).get(0).width();
    }
}
