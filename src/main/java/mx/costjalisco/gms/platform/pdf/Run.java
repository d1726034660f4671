package mx.costjalisco.gms.platform.pdf;

import java.util.Objects;

/**
 * A piece of text printed in one face, e.g. the bold "Justificación:" that opens a paragraph, possibly underlined as a
 * rich-text editor allows. Whitespace is kept as given, so callers put the space between runs where a reader expects
 * one.
 */
public record Run(String text, FontStyle style, boolean underline) {

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public Run(String text, FontStyle style) {
        this(text, style, false);
    }

    public static Run plain(String text) {
        return new Run(text, FontStyle.REGULAR);
    }

    public static Run bold(String text) {
        return new Run(text, FontStyle.BOLD);
    }

    public static Run italic(String text) {
        return new Run(text, FontStyle.ITALIC);
    }

    /** The same text, underlined. */
    public Run underlined() {
        return new Run(text, style, true);
    }
}
