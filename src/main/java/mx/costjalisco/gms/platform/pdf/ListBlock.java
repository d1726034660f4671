package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;
import java.util.List;

/**
 * A bulleted or numbered list. Markers hang in a column of their own, numbers right-aligned so that 9 and 10 line up,
 * and continuation lines align with the item's text, not with its marker. An item stays on one page when it can.
 */
record ListBlock(ListStyle style, List<Text> items) implements Block {

    private static final String BULLET = "\u2022";

    ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public void layout(PageLayout pages) throws IOException {
        float size = Theme.BODY_SIZE;
        float lineHeight = Theme.lineHeight(size);
        var breaker = pages.breaker(size);
        float markerWidth = breaker.wrap(Text.of(marker(items.size())), Float.MAX_VALUE)
                .get(0)
                .width();
        float textOffset = Theme.LIST_INDENT + markerWidth + Theme.MARKER_GAP;
        pages.gap(Theme.PARAGRAPH_GAP);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                pages.gap(Theme.ITEM_GAP);
            }
            var lines = breaker.wrap(items.get(i), pages.width() - textOffset);
            float itemHeight = lines.size() * lineHeight;
            pages.ensure(itemHeight <= pages.pageHeight() ? itemHeight : lineHeight);
            var marker = breaker.wrap(Text.of(marker(i + 1)), Float.MAX_VALUE).get(0);
            for (int j = 0; j < lines.size(); j++) {
                pages.ensure(lineHeight);
                if (j == 0) {
                    float markerX = pages.left() + Theme.LIST_INDENT + markerWidth - marker.width();
                    pages.text(marker, markerX, pages.y(), size, Theme.TEXT);
                }
                pages.text(lines.get(j), pages.left() + textOffset, pages.y(), size, Theme.TEXT);
                pages.advance(lineHeight);
            }
        }
        pages.gap(Theme.PARAGRAPH_GAP);
    }

    private String marker(int number) {
        return style == ListStyle.NUMBERED ? number + "." : BULLET;
    }
}
