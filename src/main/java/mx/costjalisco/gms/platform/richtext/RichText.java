package mx.costjalisco.gms.platform.richtext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The rich text the GMS writes: paragraphs, bulleted and numbered lists, bold, italics and underline — nothing else.
 * Whatever arrives (a browser editor's HTML, text pasted from Word with its styles and conditional comments, or a
 * forged request with scripts) is reduced to that by the OWASP HTML sanitizer: unknown elements are dropped with
 * their text kept, scripts and styles with their content, every attribute but a list item's kind.
 *
 * <p>{@link #blocks} reads clean HTML as a flat sequence of paragraphs and list items, each a sequence of styled
 * spans — what a PDF prints and what a comparison compares.
 */
public final class RichText {

    /** The most a narrative may hold, in characters of HTML (about 60 printed pages). */
    public static final int MAX_LENGTH = 200_000;

    /** Quill (PrimeFaces' editor) marks each list item's kind on the item itself. */
    private static final Pattern LIST_KIND = Pattern.compile("bullet|ordered");

    private static final HtmlPolicyBuilder RULES = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "u")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowElements((name, attributes) -> "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")
            .allowAttributes("data-list")
            .matching(LIST_KIND)
            .onElements("li");

    private static final PolicyFactory POLICY = RULES.toFactory();

    private RichText() {}

    /** The HTML cleaned to the allow-list; blank (or only empty paragraphs) becomes "". */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String clean = POLICY.sanitize(html).strip();
        return plainText(clean).isBlank() ? "" : clean;
    }

    /**
     * Plain text typed in a text area (an addendum, a note) as rich text: every character kept as typed (escaped), a
     * blank line between paragraphs, a single line break kept inside its paragraph.
     */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(escape(paragraph.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        return sanitize(html.toString());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the HTML says anything once cleaned. */
    public static boolean isBlank(String html) {
        return sanitize(html).isEmpty();
    }

    /** The paragraphs and list items of (already clean or not) HTML, in reading order. */
    public static List<Block> blocks(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Reader reader = new Reader();
        HtmlSanitizer.sanitize(html, RULES.build(reader));
        reader.endBlock();
        return List.copyOf(reader.blocks);
    }

    /** One line per block, list items marked ("• ", "2. "): for comparing versions and for plain-text mail. */
    public static List<String> lines(String html) {
        return blocks(html).stream().map(Block::line).toList();
    }

    /** All the words, blocks separated by line feeds. */
    public static String plainText(String html) {
        return String.join("\n", lines(html));
    }

    /** A run of characters in one style. */
    public record Span(String text, boolean bold, boolean italic, boolean underline) {}

    /**
     * A paragraph, or an item of a list.
     *
     * @param list null for a paragraph; BULLET or NUMBERED for a list item
     * @param number the item's number in its numbered list (1, 2, …); 0 otherwise
     * @param depth how deep the list is nested (1 for a top-level list); 0 for a paragraph
     */
    public record Block(ListKind list, int number, int depth, List<Span> spans) {

        public Block {
            spans = List.copyOf(spans);
        }

        public boolean isListItem() {
            return list != null;
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }

        /** The block as one line of plain text, a list item with its bullet or number. */
        public String line() {
            String marker = list == null ? "" : list == ListKind.BULLET ? "• " : number + ". ";
            return "  ".repeat(Math.max(0, depth - 1)) + marker + text();
        }
    }

    public enum ListKind {
        BULLET,
        NUMBERED
    }

    /** Collects blocks from the sanitizer's stream of clean tags and text. */
    private static final class Reader implements HtmlStreamEventReceiver {

        private final List<Block> blocks = new ArrayList<>();
        private final Deque<int[]> lists = new ArrayDeque<>(); // {kind: 0 bullet 1 numbered, items so far}
        private List<Span> spans = new ArrayList<>();
        private StringBuilder text = new StringBuilder();
        private ListKind itemKind;
        private int itemNumber;
        private int bold;
        private int italic;
        private int underline;

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String element, List<String> attributes) {
            switch (element) {
                case "p" -> {
                    if (itemKind == null || !text.isEmpty() || !spans.isEmpty()) {
                        endBlock(); // a paragraph inside a list item (Word writes them) continues the item
                    }
                }
                case "br" -> text.append('\n');
                case "ul", "ol" -> {
                    endBlock();
                    lists.push(new int[] {"ol".equals(element) ? 1 : 0, 0});
                }
                case "li" -> {
                    endBlock();
                    int[] list = lists.isEmpty() ? new int[] {0, 0} : lists.peek();
                    boolean numbered = list[0] == 1;
                    int kindAt = attributes.indexOf("data-list");
                    if (kindAt >= 0 && kindAt + 1 < attributes.size()) {
                        numbered = "ordered".equals(attributes.get(kindAt + 1));
                    }
                    itemKind = numbered ? ListKind.NUMBERED : ListKind.BULLET;
                    itemNumber = numbered ? ++list[1] : 0;
                }
                case "strong" -> style(() -> bold++);
                case "em" -> style(() -> italic++);
                case "u" -> style(() -> underline++);
                default -> {}
            }
        }

        @Override
        public void closeTag(String element) {
            switch (element) {
                case "p", "li" -> endBlock();
                case "ul", "ol" -> {
                    endBlock();
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                }
                case "strong" -> style(() -> bold--);
                case "em" -> style(() -> italic--);
                case "u" -> style(() -> underline--);
                default -> {}
            }
        }

        @Override
        public void text(String chars) {
            text.append(chars.replace('\u00a0', ' '));
        }

        private void style(Runnable change) {
            endSpan();
            change.run();
        }

        private void endSpan() {
            if (!text.isEmpty()) {
                spans.add(new Span(text.toString(), bold > 0, italic > 0, underline > 0));
                text = new StringBuilder();
            }
        }

        void endBlock() {
            endSpan();
            List<Span> tidy = tidy(spans);
            if (!tidy.isEmpty()) {
                blocks.add(new Block(
                        itemKind, itemKind == null ? 0 : itemNumber, itemKind == null ? 0 : lists.size(), tidy));
            }
            spans = new ArrayList<>();
            itemKind = null;
            itemNumber = 0;
        }

        /** Runs of spaces become one (HTML's rule), the block's ends are trimmed, line breaks kept. */
        private static List<Span> tidy(List<Span> spans) {
            List<Span> out = new ArrayList<>();
            for (Span span : spans) {
                String text = span.text().replaceAll("[ \\t\\r\\f]+", " ").replaceAll(" ?\n ?", "\n");
                out.add(new Span(text, span.bold(), span.italic(), span.underline()));
            }
            while (!out.isEmpty() && out.get(0).text().isBlank()) {
                out.remove(0);
            }
            while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
                out.remove(out.size() - 1);
            }
            if (out.isEmpty()) {
                return out;
            }
            Span first = out.get(0);
            out.set(0, new Span(first.text().stripLeading(), first.bold(), first.italic(), first.underline()));
            Span last = out.get(out.size() - 1);
            out.set(
                    out.size() - 1,
                    new Span(last.text().stripTrailing(), last.bold(), last.italic(), last.underline()));
            return out;
        }
    }
}
