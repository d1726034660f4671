package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;

/**
 * A title, a heading or a paragraph: wrapped lines at one size. A paragraph never leaves its first line alone at the
 * foot of a page, and a heading keeps {@code keepWithNext} points of room below it so it is not stranded without the
 * text it announces.
 */
record TextBlock(Text text, float size, float gapBefore, float gapAfter, float keepWithNext) implements Block {

    static TextBlock title(String text) {
        return new TextBlock(Text.bold(text), Theme.TITLE_SIZE, 0, Theme.TITLE_GAP_AFTER, 0);
    }

    static TextBlock heading(String text) {
        return new TextBlock(
                Text.bold(text),
                Theme.HEADING_SIZE,
                Theme.HEADING_GAP_BEFORE,
                Theme.HEADING_GAP_AFTER,
                3 * Theme.lineHeight(Theme.BODY_SIZE));
    }

    static TextBlock subheading(String text) {
        return new TextBlock(
                Text.bold(text),
                Theme.SUBHEADING_SIZE,
                Theme.SUBHEADING_GAP_BEFORE,
                Theme.HEADING_GAP_AFTER,
                3 * Theme.lineHeight(Theme.BODY_SIZE));
    }

    static TextBlock paragraph(Text text) {
        return new TextBlock(text, Theme.BODY_SIZE, Theme.PARAGRAPH_GAP, Theme.PARAGRAPH_GAP, 0);
    }

    @Override
    public void layout(PageLayout pages) throws IOException {
        pages.gap(gapBefore);
        float lineHeight = Theme.lineHeight(size);
        var lines = pages.breaker(size).wrap(text, pages.width());
        int together = keepWithNext > 0 ? lines.size() : Math.min(lines.size(), 2);
        pages.ensure(together * lineHeight + keepWithNext);
        for (var line : lines) {
            pages.ensure(lineHeight);
            pages.text(line, pages.left(), pages.y(), size, Theme.TEXT);
            pages.advance(lineHeight);
        }
        pages.gap(gapAfter);
    }
}
