package mx.costjalisco.gms.platform.pdf;

import java.util.Objects;

/**
 * One item of a list with its own marker and nesting level, as a rich-text editor writes them: a bulleted list inside a
 * numbered one, or an agenda whose points are numbered "5", "5.1", "5.2". Items of one depth share a marker column,
 * and a nested level's marker column starts where
 * the text of the level above starts.
 *
 * @param depth 1 for a top-level item, 2 for an item of a list inside it, …
 * @param marker printed before the item ("3.", "5.2"); null for a bullet, whose shape the engine chooses by depth
 */
public record ListItem(int depth, String marker, Text text) {

    public ListItem {
        if (depth < 1) {
            throw new IllegalArgumentException("A list item's depth starts at 1: " + depth);
        }
        Objects.requireNonNull(text, "text");
    }

    public static ListItem bullet(int depth, Text text) {
        return new ListItem(depth, null, text);
    }

    /** "3." — the item's number in its own list. */
    public static ListItem numbered(int depth, int number, Text text) {
        return new ListItem(depth, number + ".", text);
    }

    /** A marker the caller words, e.g. an agenda point's "5.2". */
    public static ListItem marked(int depth, String marker, Text text) {
        return new ListItem(depth, Objects.requireNonNull(marker, "marker"), text);
    }

    boolean isBullet() {
        return marker == null;
    }
}
