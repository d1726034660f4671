package mx.costjalisco.gms.minutes.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Kind;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Line;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Op;
import mx.costjalisco.gms.minutes.control.MinutesDiff.Segment;

/**
 * Compares sequences of lines, and the words of a line with its replacement, for {@link MinutesDiff}. Lines are
 * compared whole (Myers' algorithm); where a run of lines was replaced by another, each old line is paired with the
 * new line that resembles it, so an edited paragraph reads as one changed line with its words marked rather than as
 * a paragraph removed and another added.
 */
final class LineDiff {

    /** A word (letters of any alphabet, accents included, and digits), a run of white space, or one other sign. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|[^\\p{L}\\p{M}\\p{N}\\s]");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** How alike (shared words over all words) a removed and an added line must be to read as one changed line. */
    private static final double SIMILAR = 0.4;

    /**
     * Above this many words and signs in a pair of lines the word comparison is skipped and the line is shown
     * replaced whole: Myers' time grows with the product of length and difference, and a rewritten page-long
     * paragraph marked word by word would not be readable anyway.
     */
    private static final int MAX_TOKENS = 8_000;

    /** Above this many candidate pairs in one replaced run, lines are not paired (the pairing is quadratic). */
    private static final int MAX_PAIRINGS = 250_000;

    private LineDiff() {}

    /** Every line of the newer sequence and every removed line of the older, in reading order, context included. */
    static List<Line> lines(List<String> older, List<String> newer) {
        List<Line> out = new ArrayList<>();
        // The algorithm reports a replacement as a deletion and an insertion side by side; they are one run here.
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer, new MyersDiffWithLinearSpace<>(), null, true)
                .getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                replaced(removed, added, out);
                removed.clear();
                added.clear();
                delta.getSource().getLines().forEach(line -> out.add(whole(Kind.UNCHANGED, line)));
            } else {
                removed.addAll(delta.getSource().getLines());
                added.addAll(delta.getTarget().getLines());
            }
        }
        replaced(removed, added, out);
        return out;
    }

    /**
     * Two sequences of the same fixed fields, compared field by field; a null field is absent (a value set where
     * there was none reads as added).
     */
    static List<Line> fields(List<String> older, List<String> newer) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            String before = older.get(i);
            String after = newer.get(i);
            if (before == null && after == null) {
                continue;
            }
            if (before == null) {
                out.add(whole(Kind.ADDED, after));
            } else if (after == null) {
                out.add(whole(Kind.REMOVED, before));
            } else if (before.equals(after)) {
                out.add(whole(Kind.UNCHANGED, after));
            } else {
                out.add(changed(before, after));
            }
        }
        return out;
    }

    /** A line in one piece: added, removed or unchanged. */
    static Line whole(Kind kind, String text) {
        Op op = switch (kind) {
            case ADDED -> Op.INSERTED;
            case REMOVED -> Op.DELETED;
            case UNCHANGED -> Op.SAME;
            default -> throw new IllegalArgumentException(kind + " is not a line in one piece");
        };
        return new Line(kind, List.of(new Segment(text, op)));
    }

    /** A line and its replacement, the words that differ marked. */
    static Line changed(String before, String after) {
        return new Line(Kind.CHANGED, words(before, after));
    }

    /**
     * Only the changed lines and up to {@code context} unchanged lines either side of each; every other run of
     * unchanged lines becomes one {@link Kind#SKIPPED} line that counts them. Nothing when nothing changed.
     */
    static List<Line> collapse(List<Line> lines, int context) {
        boolean[] keep = new boolean[lines.size()];
        boolean anyChange = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != Kind.UNCHANGED) {
                anyChange = true;
                for (int k = Math.max(0, i - context); k <= Math.min(lines.size() - 1, i + context); k++) {
                    keep[k] = true;
                }
            }
        }
        if (!anyChange) {
            return List.of();
        }
        List<Line> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                if (skipped > 0) {
                    out.add(Line.skipped(skipped));
                    skipped = 0;
                }
                out.add(lines.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            out.add(Line.skipped(skipped));
        }
        return out;
    }

    /**
     * The words of a line against those of its replacement: what both share is {@link Op#SAME}, the rest deleted
     * then inserted. The segments of an op reassemble the old line (SAME + DELETED) and the new one (SAME +
     * INSERTED) exactly. Changes separated only by a space read as one (see {@link #tidy}); and when the two share no
     * word at all the line is shown replaced whole.
     */
    static List<Segment> words(String before, String after) {
        List<String> older = tokens(before);
        List<String> newer = tokens(after);
        if (older.size() + newer.size() > MAX_TOKENS) {
            return replacedWhole(before, after);
        }
        List<Run> runs = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer, new MyersDiffWithLinearSpace<>(), null, true)
                .getDeltas()) {
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            if (delta.getType() == DeltaType.EQUAL) {
                runs.add(Run.same(removed));
            } else if (!runs.isEmpty() && runs.get(runs.size() - 1).isChange()) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run("", last.deleted + removed, last.inserted + added));
            } else {
                runs.add(new Run("", removed, added));
            }
        }
        runs = tidy(runs);
        if (runs.stream().noneMatch(run -> WORD.matcher(run.same).find())) {
            return replacedWhole(before, after);
        }
        List<Segment> segments = new ArrayList<>();
        for (Run run : runs) {
            if (!run.same.isEmpty()) {
                segments.add(new Segment(run.same, Op.SAME));
            }
            if (!run.deleted.isEmpty()) {
                segments.add(new Segment(run.deleted, Op.DELETED));
            }
            if (!run.inserted.isEmpty()) {
                segments.add(new Segment(run.inserted, Op.INSERTED));
            }
        }
        return segments;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static List<Segment> replacedWhole(String before, String after) {
        List<Segment> segments = new ArrayList<>();
        if (!before.isEmpty()) {
            segments.add(new Segment(before, Op.DELETED));
        }
        if (!after.isEmpty()) {
            segments.add(new Segment(after, Op.INSERTED));
        }
        return segments;
    }

    /** A stretch of a changed line: either text both share, or what was deleted and inserted there. */
    private record Run(String same, String deleted, String inserted) {

        static Run same(String text) {
            return new Run(text, "", "");
        }

        boolean isChange() {
            return same.isEmpty();
        }
    }

    /**
     * Myers matches any shared token, spaces included, so a rewording comes out in shreds — "{+ se+} [-avanza-]{+
     * retrasa+}" around a matched space. A space alone between two changes therefore joins them, and white space that
     * both sides of a change begin or end with goes back to the shared text: "[-avanza-]{+se retrasa+}".
     */
    private static List<Run> tidy(List<Run> runs) {
        List<Run> joined = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (!run.isChange()
                    && run.same.isBlank()
                    && !joined.isEmpty()
                    && joined.get(joined.size() - 1).isChange()
                    && i + 1 < runs.size()
                    && runs.get(i + 1).isChange()) {
                Run previous = joined.remove(joined.size() - 1);
                Run next = runs.get(++i);
                joined.add(new Run(
                        "", previous.deleted + run.same + next.deleted, previous.inserted + run.same + next.inserted));
            } else {
                joined.add(run);
            }
        }
        List<Run> out = new ArrayList<>();
        for (Run run : joined) {
            if (!run.isChange()) {
                appendSame(out, run.same);
                continue;
            }
            String deleted = run.deleted;
            String inserted = run.inserted;
            int lead = 0;
            while (lead < Math.min(deleted.length(), inserted.length())
                    && deleted.charAt(lead) == inserted.charAt(lead)
                    && Character.isWhitespace(deleted.charAt(lead))) {
                lead++;
            }
            int trail = 0;
            while (trail < Math.min(deleted.length(), inserted.length()) - lead
                    && deleted.charAt(deleted.length() - 1 - trail) == inserted.charAt(inserted.length() - 1 - trail)
                    && Character.isWhitespace(deleted.charAt(deleted.length() - 1 - trail))) {
                trail++;
            }
            appendSame(out, deleted.substring(0, lead));
            String keptDeleted = deleted.substring(lead, deleted.length() - trail);
            String keptInserted = inserted.substring(lead, inserted.length() - trail);
            if (!keptDeleted.isEmpty() || !keptInserted.isEmpty()) {
                out.add(new Run("", keptDeleted, keptInserted));
            }
            appendSame(out, deleted.substring(deleted.length() - trail));
        }
        return out;
    }

    private static void appendSame(List<Run> runs, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && !runs.get(runs.size() - 1).isChange()) {
            runs.add(Run.same(runs.remove(runs.size() - 1).same + text));
        } else {
            runs.add(Run.same(text));
        }
    }

    /**
     * A run of old lines replaced by a run of new ones (either may be empty). One line for one line is a changed line; otherwise each old
     * line is paired with the alike new line that keeps the order and the most likeness overall, and the lines left
     * unpaired read as removed or added where they stand.
     */
    private static void replaced(List<String> removed, List<String> added, List<Line> out) {
        int[] partner = removed.size() == 1 && added.size() == 1 ? new int[] {0} : pairs(removed, added);
        int next = 0;
        for (int i = 0; i < removed.size(); i++) {
            if (partner[i] < 0) {
                out.add(whole(Kind.REMOVED, removed.get(i)));
                continue;
            }
            while (next < partner[i]) {
                out.add(whole(Kind.ADDED, added.get(next++)));
            }
            out.add(changed(removed.get(i), added.get(next++)));
        }
        while (next < added.size()) {
            out.add(whole(Kind.ADDED, added.get(next++)));
        }
    }

    /** For each removed line, the index of its added partner, or -1 (an order-keeping alignment, by likeness). */
    private static int[] pairs(List<String> removed, List<String> added) {
        int n = removed.size();
        int m = added.size();
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        if ((long) n * m > MAX_PAIRINGS) {
            return partner;
        }
        List<Map<String, Integer>> olderWords =
                removed.stream().map(LineDiff::wordCounts).toList();
        List<Map<String, Integer>> newerWords =
                added.stream().map(LineDiff::wordCounts).toList();
        double[][] likeness = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                likeness[i - 1][j - 1] = likeness(olderWords.get(i - 1), newerWords.get(j - 1));
                double paired = likeness[i - 1][j - 1] >= SIMILAR ? best[i - 1][j - 1] + likeness[i - 1][j - 1] : -1;
                best[i][j] = Math.max(paired, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        for (int i = n, j = m; i > 0 && j > 0; ) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                partner[--i] = --j;
            }
        }
        return partner;
    }

    private static Map<String, Integer> wordCounts(String line) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = WORD.matcher(line);
        while (matcher.find()) {
            counts.merge(matcher.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    /** Shared words over all words, from 0 (none shared) to 1 (the same words). */
    private static double likeness(Map<String, Integer> a, Map<String, Integer> b) {
        int shared = 0;
        for (var entry : a.entrySet()) {
            shared += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
        }
        int total = a.values().stream().mapToInt(Integer::intValue).sum()
                + b.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : 2.0 * shared / total;
    }
}
