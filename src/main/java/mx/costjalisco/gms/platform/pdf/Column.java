package mx.costjalisco.gms.platform.pdf;

import java.util.Objects;

/**
 * A table column: its header and its share of the table's width. Shares are relative: they are scaled to fill the
 * width between the margins, so {@code 0.4, 0.35, 0.25} and {@code 4, 3.5, 2.5} give the same table.
 */
public record Column(String title, double fraction, Align align) {

    public Column {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(align, "align");
        if (!(fraction > 0)) {
            throw new IllegalArgumentException("A column needs a positive width: " + title + " " + fraction);
        }
    }

    public static Column of(String title, double fraction) {
        return new Column(title, fraction, Align.LEFT);
    }

    public Column align(Align newAlign) {
        return new Column(title, fraction, newAlign);
    }
}
