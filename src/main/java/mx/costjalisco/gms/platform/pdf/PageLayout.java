package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of a document being laid out and the vertical cursor on the current one. Blocks ask for room with
 * {@link #ensure}, draw at {@link #y()} and move the cursor down with {@link #advance}; a new page starts with the
 * running header. Footers are drawn last, once the number of pages is known, so each can say "page X of Y".
 *
 * <p>The body area has 2 cm margins on every side; the running header and footer sit inside the top and bottom
 * margins.
 */
final class PageLayout {

    private static final float HEADER_TOP = 1.0f * Theme.CM;
    private static final float FOOTER_RULE = Theme.MARGIN - 14f;
    private static final float RULE_GAP = 3f;
    private static final float BODY_GAP_BELOW_HEADER = 12f;
    private static final float RUNNING_COLUMN_GAP = 24f;
    private static final int FOOTER_NOTE_MAX_LINES = 2;

    private final PDDocument document;
    private final FontSet fonts;
    private final RunningText running;
    private final List<PDPage> pages = new ArrayList<>();
    private Orientation orientation;
    private PDRectangle size;
    private PDPageContentStream content;
    private float top;
    private float y;
    private float pendingGap;

    PageLayout(PDDocument document, FontSet fonts, RunningText running, Orientation orientation) {
        this.document = document;
        this.fonts = fonts;
        this.running = running;
        this.orientation = orientation;
    }

    FontSet fonts() {
        return fonts;
    }

    LineBreaker breaker(float fontSize) {
        return new LineBreaker(fonts, fontSize);
    }

    float left() {
        return Theme.MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * Theme.MARGIN;
    }

    float y() {
        return y;
    }

    float remaining() {
        return y - Theme.MARGIN;
    }

    /** The body height of an empty page: what a block must fit in if it is to stay in one piece. */
    float pageHeight() {
        return top - Theme.MARGIN;
    }

    boolean atTop() {
        return y >= top;
    }

    PDPageContentStream content() {
        return content;
    }

    /**
     * Makes room for {@code height} below the cursor: applies the pending gap, or starts a new page if the gap and the
     * height no longer fit on this one (and it is not still empty).
     */
    void ensure(float height) throws IOException {
        if (content == null) {
            newPage();
        } else if (!atTop() && pendingGap + height > remaining()) {
            newPage();
        }
        if (!atTop()) {
            y -= Math.min(pendingGap, remaining());
        }
        pendingGap = 0;
    }

    /** A new page unless {@code height}, after the pending gap, fits below the cursor. */
    void need(float height) throws IOException {
        if (content != null && !atTop() && pendingGap + height > remaining()) {
            newPage();
        }
    }

    /**
     * White space between blocks, collapsed with the space the neighbour asks for (the larger wins, as between a
     * paragraph and a heading), and dropped at the top of a page, where it would only push the text down.
     */
    void gap(float height) {
        pendingGap = Math.max(pendingGap, height);
    }

    /** White space the caller asked for, added to the gap between blocks rather than collapsed with it. */
    void space(float height) {
        pendingGap += height;
    }

    void advance(float height) {
        y -= height;
    }

    /** A page break that leaves no blank page behind when the current page is still empty. */
    void pageBreak() throws IOException {
        newPage(orientation);
    }

    /** A page break; an empty current page is replaced rather than left blank, e.g. when the orientation changes. */
    void newPage(Orientation newOrientation) throws IOException {
        if (content != null && atTop()) {
            content.close();
            content = null;
            document.removePage(pages.remove(pages.size() - 1));
        }
        orientation = newOrientation;
        newPage();
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        size = orientation == Orientation.LANDSCAPE
                ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        var page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        top = drawHeader();
        y = top;
        pendingGap = 0;
    }

    /** Draws a line of text whose line box starts at {@code lineTop}. */
    void text(Line line, float x, float lineTop, float fontSize, float[] color) throws IOException {
        text(content, line, x, lineTop - Theme.baselineOffset(fontSize), fontSize, color);
    }

    void fillRect(float x, float yBottom, float w, float h, float[] color) throws IOException {
        content.setNonStrokingColor(color[0], color[1], color[2]);
        content.addRect(x, yBottom, w, h);
        content.fill();
    }

    void strokeRect(float x, float yBottom, float w, float h, float[] color, float lineWidth) throws IOException {
        content.setStrokingColor(color[0], color[1], color[2]);
        content.setLineWidth(lineWidth);
        content.addRect(x, yBottom, w, h);
        content.stroke();
    }

    /** Closes the last page and draws every page's footer; returns the number of pages. */
    int finish() throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        for (int i = 0; i < pages.size(); i++) {
            var page = pages.get(i);
            try (var footer =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                drawFooter(footer, page.getMediaBox(), running.pageNumber(i + 1, pages.size()));
            }
        }
        return pages.size();
    }

    /** Organisation on the left and document title on the right of one line, or stacked when they do not fit. */
    private float drawHeader() throws IOException {
        float fontSize = Theme.RUNNING_SIZE;
        float lineHeight = Theme.lineHeight(fontSize);
        var breaker = breaker(fontSize);
        var organisation = breaker.wrap(Text.bold(running.organisation()), width());
        var title = breaker.wrap(Text.of(running.documentTitle()), width());
        float lineTop = size.getHeight() - HEADER_TOP;
        boolean oneLine = organisation.size() == 1
                && title.size() == 1
                && organisation.get(0).width()
                                + RUNNING_COLUMN_GAP
                                + title.get(0).width()
                        <= width();
        if (oneLine) {
            var titleLine = title.get(0);
            text(organisation.get(0), left(), lineTop, fontSize, Theme.RUNNING_TEXT);
            text(titleLine, left() + width() - titleLine.width(), lineTop, fontSize, Theme.RUNNING_TEXT);
            lineTop -= lineHeight;
        } else {
            for (var line : concat(organisation, title)) {
                text(line, left(), lineTop, fontSize, Theme.RUNNING_TEXT);
                lineTop -= lineHeight;
            }
        }
        float ruleY = lineTop - RULE_GAP;
        rule(content, ruleY, size);
        return Math.min(size.getHeight() - Theme.MARGIN, ruleY - BODY_GAP_BELOW_HEADER);
    }

    private void drawFooter(PDPageContentStream footer, PDRectangle pageSize, String pageNumber) throws IOException {
        float fontSize = Theme.RUNNING_SIZE;
        float pageWidth = pageSize.getWidth() - 2 * Theme.MARGIN;
        rule(footer, FOOTER_RULE, pageSize);
        float lineTop = FOOTER_RULE - RULE_GAP;
        var breaker = breaker(fontSize);
        var number = breaker.wrap(Text.of(pageNumber), pageWidth).get(0);
        text(
                footer,
                number,
                Theme.MARGIN + pageWidth - number.width(),
                lineTop - Theme.baselineOffset(fontSize),
                fontSize,
                Theme.RUNNING_TEXT);
        if (running.footerNote() != null && !running.footerNote().isBlank()) {
            // Long notes wrap beside the page number; the bottom margin has room for two lines.
            var note = breaker.wrap(Text.of(running.footerNote()), pageWidth - number.width() - RUNNING_COLUMN_GAP);
            for (var line : note.subList(0, Math.min(note.size(), FOOTER_NOTE_MAX_LINES))) {
                text(
                        footer,
                        line,
                        Theme.MARGIN,
                        lineTop - Theme.baselineOffset(fontSize),
                        fontSize,
                        Theme.RUNNING_TEXT);
                lineTop -= Theme.lineHeight(fontSize);
            }
        }
    }

    private void text(PDPageContentStream stream, Line line, float x, float baseline, float fontSize, float[] color)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(color[0], color[1], color[2]);
        stream.newLineAtOffset(x, baseline);
        boolean underlined = false;
        for (var segment : line.segments()) {
            stream.setFont(fonts.font(segment.style()), fontSize);
            stream.showText(segment.text());
            underlined |= segment.underline();
        }
        stream.endText();
        if (underlined) {
            underline(stream, line, x, baseline, fontSize, color);
        }
    }

    /** A rule under each underlined segment, at the font's underline position and thickness. */
    private void underline(
            PDPageContentStream stream, Line line, float x, float baseline, float fontSize, float[] color)
            throws IOException {
        stream.setStrokingColor(color[0], color[1], color[2]);
        stream.setLineWidth(Theme.UNDERLINE_THICKNESS * fontSize);
        float ruleY = baseline - Theme.UNDERLINE_OFFSET * fontSize;
        float start = x;
        for (var segment : line.segments()) {
            float end = start + fonts.width(segment.style(), segment.text(), fontSize);
            if (segment.underline()) {
                stream.moveTo(start, ruleY);
                stream.lineTo(end, ruleY);
            }
            start = end;
        }
        stream.stroke();
    }

    private static void rule(PDPageContentStream stream, float ruleY, PDRectangle pageSize) throws IOException {
        stream.setStrokingColor(Theme.RULE[0], Theme.RULE[1], Theme.RULE[2]);
        stream.setLineWidth(Theme.RULE_WIDTH);
        stream.moveTo(Theme.MARGIN, ruleY);
        stream.lineTo(pageSize.getWidth() - Theme.MARGIN, ruleY);
        stream.stroke();
    }

    private static List<Line> concat(List<Line> first, List<Line> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
