package mx.costjalisco.gms.minutes.control;

import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.platform.pdf.FontStyle;
import mx.costjalisco.gms.platform.pdf.ListItem;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Run;
import mx.costjalisco.gms.platform.pdf.Text;
import mx.costjalisco.gms.platform.richtext.RichText;

/**
 * An agenda item's narrative, from the secretary's rich text to the printed page: paragraphs stay paragraphs,
 * consecutive list items form one list with their bullets, numbers and nesting, and bold and italic print in those
 * faces, underline underlined. The documents have no bold italic face, so bold wins.
 */
final class PrintedNarrative {

    private PrintedNarrative() {}

    /** Adds the narrative's blocks to the document; returns false, adding nothing, when it has no words. */
    static boolean addTo(PdfDocument pdf, String html) {
        var blocks = RichText.blocks(html);
        var list = new ArrayList<ListItem>();
        for (var block : blocks) {
            var text = text(block.spans());
            if (block.isListItem()) {
                list.add(
                        block.list() == RichText.ListKind.NUMBERED
                                ? ListItem.numbered(block.depth(), block.number(), text)
                                : ListItem.bullet(block.depth(), text));
            } else {
                flush(pdf, list);
                pdf.paragraph(text);
            }
        }
        flush(pdf, list);
        return !blocks.isEmpty();
    }

    static Text text(List<RichText.Span> spans) {
        return new Text(spans.stream().map(PrintedNarrative::run).toList());
    }

    private static Run run(RichText.Span span) {
        var style = span.bold() ? FontStyle.BOLD : span.italic() ? FontStyle.ITALIC : FontStyle.REGULAR;
        return new Run(span.text(), style, span.underline());
    }

    private static void flush(PdfDocument pdf, List<ListItem> list) {
        if (!list.isEmpty()) {
            pdf.list(List.copyOf(list));
            list.clear();
        }
    }
}
