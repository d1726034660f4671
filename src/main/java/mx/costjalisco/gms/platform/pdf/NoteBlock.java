package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;

/**
 * Emphasised text in a shaded, bordered box — e.g. the justification printed on a late convocation. The box stays
 * on one page when it fits on one; a longer one continues in a second box on the next page.
 */
record NoteBlock(Text text) implements Block {

    @Override
    public void layout(PageLayout pages) throws IOException {
        float size = Theme.BODY_SIZE;
        float lineHeight = Theme.lineHeight(size);
        float padding = Theme.NOTE_PADDING;
        var lines = pages.breaker(size).wrap(text, pages.width() - 2 * padding);
        pages.gap(Theme.PARAGRAPH_GAP);
        int next = 0;
        while (next < lines.size()) {
            float whole = (lines.size() - next) * lineHeight + 2 * padding;
            pages.ensure(whole <= pages.pageHeight() ? whole : 2 * padding + 2 * lineHeight);
            int fit = (int) Math.floor((pages.remaining() - 2 * padding) / lineHeight);
            int count = Math.max(1, Math.min(fit, lines.size() - next));
            float height = count * lineHeight + 2 * padding;
            float bottom = pages.y() - height;
            pages.fillRect(pages.left(), bottom, pages.width(), height, Theme.NOTE_FILL);
            pages.strokeRect(pages.left(), bottom, pages.width(), height, Theme.BORDER, Theme.BORDER_WIDTH);
            float lineTop = pages.y() - padding;
            for (int i = next; i < next + count; i++) {
                pages.text(lines.get(i), pages.left() + padding, lineTop, size, Theme.TEXT);
                lineTop -= lineHeight;
            }
            pages.advance(height);
            next += count;
            if (next < lines.size()) {
                pages.newPage();
            }
        }
        pages.gap(Theme.PARAGRAPH_GAP);
    }
}
