package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Table}: its caption, if any, kept with what follows; the header row on a grey band at the top of
 * the table and again on every page it continues on; each row kept whole on one page, unless it is taller than a page on its own, in which case it is cut
 * between lines and continues below the repeated header.
 */
final class TableBlock implements Block {

    private static final float SIZE = Theme.TABLE_SIZE;
    private static final float LINE_HEIGHT = Theme.lineHeight(SIZE);
    private static final float PADDING = Theme.CELL_PADDING;

    private final Table table;
    private PageLayout pages;
    private float[] widths;
    private List<List<Line>> header;
    private float headerHeight;

    TableBlock(Table table) {
        this.table = table;
    }

    @Override
    public void layout(PageLayout layout) throws IOException {
        pages = layout;
        var columns = table.columns();
        double total = columns.stream().mapToDouble(Column::fraction).sum();
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (columns.get(i).fraction() / total * pages.width());
        }
        header = wrap(columns.stream().map(column -> Text.bold(column.title())).toList());
        headerHeight = height(header, 0);

        var rows = table.rows().stream().map(this::wrap).toList();
        var caption = table.caption() == null
                ? List.<Line>of()
                : pages.breaker(Theme.SUBHEADING_SIZE).wrap(Text.bold(table.caption()), pages.width());
        float captionLine = Theme.lineHeight(Theme.SUBHEADING_SIZE);
        float captionHeight = caption.isEmpty() ? 0 : caption.size() * captionLine + Theme.HEADING_GAP_AFTER;
        pages.gap(caption.isEmpty() ? Theme.PARAGRAPH_GAP : Theme.SUBHEADING_GAP_BEFORE);
        float firstRow = rows.isEmpty() ? 0 : rowHeight(rows.get(0));
        pages.ensure(
                captionHeight + headerHeight + Math.min(firstRow, pages.pageHeight() - captionHeight - headerHeight));
        for (var line : caption) {
            pages.text(line, pages.left(), pages.y(), Theme.SUBHEADING_SIZE, Theme.TEXT);
            pages.advance(captionLine);
        }
        pages.advance(caption.isEmpty() ? 0 : Theme.HEADING_GAP_AFTER);
        drawHeader();
        for (var row : rows) {
            float height = rowHeight(row);
            if (height > pages.remaining() && height <= pages.pageHeight() - headerHeight) {
                continueOnNextPage();
            }
            if (height <= pages.remaining()) {
                drawRow(row, new int[row.size()], height, false);
            } else {
                drawTallRow(row);
            }
        }
        pages.gap(Theme.PARAGRAPH_GAP);
    }

    private List<List<Line>> wrap(List<Text> cells) {
        var breaker = pages.breaker(SIZE);
        var lines = new ArrayList<List<Line>>();
        for (int i = 0; i < cells.size(); i++) {
            lines.add(breaker.wrap(cells.get(i), widths[i] - 2 * PADDING));
        }
        return lines;
    }

    private float rowHeight(List<List<Line>> row) {
        return height(row, table.minRowHeight());
    }

    private static float height(List<List<Line>> cells, float minimum) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(lines * LINE_HEIGHT + 2 * PADDING, minimum);
    }

    private void continueOnNextPage() throws IOException {
        pages.newPage();
        pages.ensure(headerHeight);
        drawHeader();
    }

    private void drawHeader() throws IOException {
        drawRow(header, new int[header.size()], headerHeight, true);
    }

    /** A row taller than a page: as many lines as fit here, the rest after the header on the next page. */
    private void drawTallRow(List<List<Line>> row) throws IOException {
        int[] from = new int[row.size()];
        while (true) {
            int fit = (int) Math.floor((pages.remaining() - 2 * PADDING) / LINE_HEIGHT);
            if (fit < 1) {
                continueOnNextPage();
                continue;
            }
            int taken = 0;
            boolean more = false;
            for (int i = 0; i < row.size(); i++) {
                int left = row.get(i).size() - from[i];
                taken = Math.max(taken, Math.min(fit, left));
                more |= left > fit;
            }
            drawRow(row, from, Math.max(taken, 1) * LINE_HEIGHT + 2 * PADDING, false);
            for (int i = 0; i < row.size(); i++) {
                from[i] = Math.min(row.get(i).size(), from[i] + fit);
            }
            if (!more) {
                return;
            }
            continueOnNextPage();
        }
    }

    /** Draws the lines of each cell from {@code from[i]} on that fit in {@code height}, with the cell borders. */
    private void drawRow(List<List<Line>> row, int[] from, float height, boolean isHeader) throws IOException {
        float x = pages.left();
        float top = pages.y();
        var columns = table.columns();
        // Fills first, then borders, so a neighbour's fill never covers half of a border line.
        for (int i = 0; isHeader && i < row.size(); i++) {
            pages.fillRect(x, top - height, widths[i], height, Theme.HEADER_FILL);
            x += widths[i];
        }
        x = pages.left();
        for (int i = 0; i < row.size(); i++) {
            pages.strokeRect(x, top - height, widths[i], height, Theme.BORDER, Theme.BORDER_WIDTH);
            x += widths[i];
        }
        x = pages.left();
        for (int i = 0; i < row.size(); i++) {
            var lines = row.get(i);
            float lineTop = top - PADDING;
            for (int j = from[i]; j < lines.size() && lineTop - LINE_HEIGHT >= top - height + PADDING - 0.01f; j++) {
                var line = lines.get(j);
                float free = widths[i] - 2 * PADDING - line.width();
                float offset = switch (columns.get(i).align()) {
                    case LEFT -> 0;
                    case CENTER -> free / 2;
                    case RIGHT -> free;
                };
                pages.text(line, x + PADDING + offset, lineTop, SIZE, Theme.TEXT);
                lineTop -= LINE_HEIGHT;
            }
            x += widths[i];
        }
        pages.advance(height);
    }
}
