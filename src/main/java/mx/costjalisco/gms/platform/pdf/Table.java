package mx.costjalisco.gms.platform.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table with a header row, thin borders and wrapped cell text. When it runs over a page its header is printed again
 * at the top of the next one, and a row is never split unless it is taller than a whole page. A minimum row height
 * leaves room to sign in an otherwise empty cell, as in an attendance list. A caption, printed above the table like a
 * subheading, is kept on the page of the header and the first row, so it is never stranded at the foot of a page.
 *
 * <p>Immutable: each method returns a new table, so one definition of columns can serve several documents.
 */
public final class Table {

    private final List<Column> columns;
    private final List<List<Text>> rows;
    private final float minRowHeight;
    private final String caption;

    private Table(List<Column> columns, List<List<Text>> rows, float minRowHeight, String caption) {
        this.columns = columns;
        this.rows = rows;
        this.minRowHeight = minRowHeight;
        this.caption = caption;
    }

    public static Table columns(Column... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        return new Table(List.of(columns), List.of(), 0, null);
    }

    /** The least height of every body row, in points (36 pt, about 1.3 cm, leaves room for a signature). */
    public Table minRowHeight(float points) {
        if (points < 0) {
            throw new IllegalArgumentException("Negative row height: " + points);
        }
        return new Table(columns, rows, points, caption);
    }

    /** A title printed above the table in the face of a subheading, e.g. "Avances registrados en el trimestre". */
    public Table caption(String text) {
        return new Table(columns, rows, minRowHeight, text == null || text.isBlank() ? null : text);
    }

    /** Adds a row of plain cells; missing trailing cells print empty, and {@code null} prints as an empty cell. */
    public Table row(String... cells) {
        return row(Arrays.stream(cells).map(Text::of).toArray(Text[]::new));
    }

    public Table row(Text... cells) {
        if (cells.length > columns.size()) {
            throw new IllegalArgumentException(
                    "A row has " + cells.length + " cells but the table " + columns.size() + " columns");
        }
        var row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < columns.size()) {
            row.add(Text.empty());
        }
        var newRows = new ArrayList<>(rows);
        newRows.add(List.copyOf(row));
        return new Table(columns, List.copyOf(newRows), minRowHeight, caption);
    }

    public Table rows(List<List<String>> plainRows) {
        var table = this;
        for (var cells : plainRows) {
            table = table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    List<Column> columns() {
        return columns;
    }

    List<List<Text>> rows() {
        return rows;
    }

    float minRowHeight() {
        return minRowHeight;
    }

    String caption() {
        return caption;
    }
}
