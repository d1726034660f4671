package mx.costjalisco.gms.platform.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rich text: a sequence of {@link Run runs}, each in one face. Lines break at spaces; a line feed forces a break (an
 * address over two lines); a word longer than the line is broken between characters rather than running off the page.
 */
public record Text(List<Run> runs) {

    private static final Text EMPTY = new Text(List.of());

    public Text {
        runs = List.copyOf(runs);
    }

    public static Text of(Run... runs) {
        return new Text(List.of(runs));
    }

    /** Plain text in the regular face; {@code null} reads as empty, as a missing value in a table cell would. */
    public static Text of(String plain) {
        return plain == null || plain.isEmpty() ? EMPTY : of(Run.plain(plain));
    }

    public static Text bold(String text) {
        return of(Run.bold(text));
    }

    public static Text empty() {
        return EMPTY;
    }

    /** The characters a reader sees, without the faces. */
    public String plainText() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /** The same characters, all in one face (headings print bold whatever runs they were given). */
    Text in(FontStyle style) {
        return new Text(runs.stream()
                .map(run -> new Run(run.text(), style, run.underline()))
                .toList());
    }
}
