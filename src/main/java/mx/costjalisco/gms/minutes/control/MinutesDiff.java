package mx.costjalisco.gms.minutes.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import mx.costjalisco.gms.minutes.control.MinutesContent.Item;
import mx.costjalisco.gms.platform.richtext.RichText;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * What changed between two versions of the minutes, as a member reviewing them reads it: section by section (the
 * session's facts, attendance, quorum, each agenda item, agreements, actions), only the sections that changed, and
 * in each only the changed lines with one unchanged line of context either side. A narrative compares paragraph by
 * paragraph (list items count as paragraphs); a paragraph edited in place shows its words deleted and inserted.
 * Agenda items are matched by their id, so an item renumbered or retitled reads as changed, not as removed and added.
 *
 * <p>Every line is plain text (a narrative's formatting is not compared: bold made plain is not a change of wording);
 * {@link #html} escapes it for a page.
 */
public final class MinutesDiff {

    /** Unchanged lines shown either side of a change. */
    public static final int CONTEXT = 1;

    public static final String FACTS = "facts";
    public static final String ATTENDANCE = "attendance";
    public static final String QUORUM = "quorum";
    public static final String ITEM = "item:";
    public static final String AGREEMENTS = "agreements";
    public static final String ACTIONS = "actions";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MinutesDiff() {}

    /** The comparison with its labels in the language of the records (Spanish), as the minutes themselves are. */
    public static Comparison compare(MinutesContent older, MinutesContent newer) {
        return compare(older, newer, Bundle.RECORD_LOCALE);
    }

    /** The comparison, the labels the lines carry (of facts, of due dates) in the reader's language. */
    public static Comparison compare(MinutesContent older, MinutesContent newer, Locale locale) {
        List<Section> sections = new ArrayList<>();
        add(sections, FACTS, null, LineDiff.fields(facts(older, locale), facts(newer, locale)));
        add(sections, ATTENDANCE, null, LineDiff.lines(attendance(older), attendance(newer)));
        add(
                sections,
                QUORUM,
                null,
                LineDiff.fields(
                        Arrays.asList(blankAsNull(older.quorumStatement())),
                        Arrays.asList(blankAsNull(newer.quorumStatement()))));
        items(older.items(), newer.items(), sections);
        add(sections, AGREEMENTS, null, LineDiff.lines(agreements(older), agreements(newer)));
        add(sections, ACTIONS, null, LineDiff.lines(actions(older, locale), actions(newer, locale)));
        return new Comparison(sections);
    }

    /** The section's heading: an agenda item's number and title, otherwise the bundle's name for the section. */
    public static String title(Section section, Locale locale) {
        return section.title() != null ? section.title() : Bundle.text(locale, "minutesDiff.section." + section.key());
    }

    /**
     * The comparison as an HTML fragment for a page (to be written unescaped: every text in it is escaped here). Each
     * section is an {@code <h3>} and a list of lines; inserted words are in {@code <ins>}, deleted ones in {@code
     * <del>}, each starting with words only a screen reader speaks ("texto añadido:"), since colour and strike-through
     * do not reach a listener. When nothing changed, one paragraph says so.
     */
    public static String html(Comparison comparison, Locale locale) {
        return DiffRendering.html(comparison, locale);
    }

    /**
     * The comparison as plain text for an e-mail: a section's heading, then its lines marked "+ " (added), "- "
     * (removed), "~ " (changed, the words as [-deleted-]{+inserted+}) or indented (unchanged context).
     */
    public static String text(Comparison comparison, Locale locale) {
        return DiffRendering.text(comparison, locale);
    }

    private static void add(List<Section> sections, String key, String title, List<Line> lines) {
        List<Line> shown = LineDiff.collapse(lines, CONTEXT);
        if (!shown.isEmpty()) {
            sections.add(new Section(key, title, shown));
        }
    }

    /** Labelled lines in a fixed order; a fact not recorded is null, so recording it later reads as added. */
    private static List<String> facts(MinutesContent content, Locale locale) {
        return Arrays.asList(
                fact(locale, "meeting", content.meetingName()),
                fact(locale, "kind", content.kindLabel()),
                fact(locale, "day", content.day()),
                fact(locale, "startsAt", content.startsAt() == null ? null : TIME.format(content.startsAt())),
                fact(locale, "endsAt", content.endsAt() == null ? null : TIME.format(content.endsAt())),
                fact(locale, "place", content.place()),
                fact(locale, "chair", content.chair()),
                fact(locale, "secretary", content.secretary()));
    }

    private static String fact(Locale locale, String name, Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : Bundle.text(locale, "minutesDiff.fact." + name, value);
    }

    /**
     * "Institución — estado — representante". The sector and the present flag are left out: the first belongs to the
     * institution, the second follows from the status.
     */
    private static List<String> attendance(MinutesContent content) {
        return content.attendance().stream()
                .map(a -> joined(" — ", a.institution(), a.status(), a.representative()))
                .toList();
    }

    /** "number. text (vote; result)". */
    private static List<String> agreements(MinutesContent content) {
        return content.agreements().stream()
                .map(a -> {
                    String text = a.number() == null || a.number().isBlank()
                            ? Objects.toString(a.text(), "")
                            : a.number() + ". " + Objects.toString(a.text(), "");
                    String outcome = joined("; ", a.vote(), a.result());
                    return outcome.isEmpty() ? text : text + " (" + outcome + ")";
                })
                .toList();
    }

    /** "Acuerdo 3 — description — responsible — vence el 15 de diciembre de 2023 — status". */
    private static List<String> actions(MinutesContent content, Locale locale) {
        return content.actions().stream()
                .map(a -> joined(
                        " — ",
                        a.agreementNumber() == null || a.agreementNumber().isBlank()
                                ? null
                                : Bundle.text(locale, "minutesDiff.action.agreement", a.agreementNumber()),
                        a.description(),
                        a.responsible(),
                        a.dueOn() == null ? null : Bundle.text(locale, "minutesDiff.action.due", a.dueOn()),
                        a.status()))
                .toList();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String joined(String separator, String... parts) {
        return Arrays.stream(parts)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(separator));
    }

    /**
     * One section per item that changed, in the newer agenda's order; an item no longer on the agenda shows after
     * the item that preceded it in the older one (or first, if it was first).
     */
    private static void items(List<Item> older, List<Item> newer, List<Section> sections) {
        Map<Long, Item> olderById = new HashMap<>();
        older.forEach(item -> olderById.putIfAbsent(item.agendaItemId(), item));
        Set<Long> newerIds = new HashSet<>();
        newer.forEach(item -> newerIds.add(item.agendaItemId()));
        List<Item> removedFirst = new ArrayList<>();
        Map<Long, List<Item>> removedAfter = new HashMap<>();
        Long previous = null;
        for (Item item : older) {
            if (newerIds.contains(item.agendaItemId())) {
                previous = item.agendaItemId();
            } else if (previous == null) {
                removedFirst.add(item);
            } else {
                removedAfter.computeIfAbsent(previous, id -> new ArrayList<>()).add(item);
            }
        }
        removedFirst.forEach(item -> whole(item, Kind.REMOVED, sections));
        for (Item item : newer) {
            Item before = olderById.get(item.agendaItemId());
            if (before == null) {
                whole(item, Kind.ADDED, sections);
            } else if (!before.equals(item)) {
                List<Line> lines = new ArrayList<>();
                if (!heading(before).equals(heading(item))) {
                    lines.add(LineDiff.changed(heading(before), heading(item)));
                }
                lines.addAll(
                        LineDiff.lines(RichText.lines(before.narrativeHtml()), RichText.lines(item.narrativeHtml())));
                add(sections, ITEM + item.agendaItemId(), heading(item), lines);
            }
            removedAfter
                    .getOrDefault(item.agendaItemId(), List.of())
                    .forEach(gone -> whole(gone, Kind.REMOVED, sections));
        }
    }

    /** An item added to or removed from the agenda: its heading and every paragraph, all added or all removed. */
    private static void whole(Item item, Kind kind, List<Section> sections) {
        List<Line> lines = new ArrayList<>();
        lines.add(LineDiff.whole(kind, heading(item)));
        RichText.lines(item.narrativeHtml()).forEach(line -> lines.add(LineDiff.whole(kind, line)));
        sections.add(new Section(ITEM + item.agendaItemId(), heading(item), lines));
    }

    /** "5.1 Informe de la Gerencia". */
    private static String heading(Item item) {
        return joined(" ", item.number(), item.title());
    }

    /**
     * The sections that changed, in reading order; empty when the two versions say the same.
     *
     * @param sections never null
     */
    public record Comparison(List<Section> sections) implements java.io.Serializable {

        public Comparison {
            sections = List.copyOf(sections);
        }

        public boolean isEmpty() {
            return sections.isEmpty();
        }

        /** How many lines were added, removed or changed, over all sections (context not counted). */
        public int changedLines() {
            return sections.stream().mapToInt(Section::changedLines).sum();
        }
    }

    /**
     * A part of the minutes that changed.
     *
     * @param key {@code facts}, {@code attendance}, {@code quorum}, {@code item:<agendaItemId>}, {@code agreements}
     *     or {@code actions}
     * @param title an agenda item's number and title (the newer one, or the older for a removed item); null for the
     *     other sections, which {@link MinutesDiff#title} names from the bundle
     * @param lines the changed lines with their context, runs of unchanged lines collapsed
     */
    public record Section(String key, String title, List<Line> lines) implements java.io.Serializable {

        public Section {
            Objects.requireNonNull(key, "key");
            lines = List.copyOf(lines);
        }

        public int changedLines() {
            return (int) lines.stream().filter(Line::isChange).count();
        }
    }

    /**
     * One line (a fact, an attendance row, a paragraph or list item, an agreement…) as it changed.
     *
     * @param segments the text in pieces; for an added, removed or unchanged line one piece, for a changed line the
     *     words both versions share and those deleted and inserted; empty for a skipped run
     * @param skipped for a {@link Kind#SKIPPED} line, how many unchanged lines it stands for; otherwise 0
     */
    public record Line(Kind kind, List<Segment> segments, int skipped) implements java.io.Serializable {

        public Line {
            Objects.requireNonNull(kind, "kind");
            segments = List.copyOf(segments);
        }

        public Line(Kind kind, List<Segment> segments) {
            this(kind, segments, 0);
        }

        static Line skipped(int count) {
            return new Line(Kind.SKIPPED, List.of(), count);
        }

        public boolean isChange() {
            return kind == Kind.ADDED || kind == Kind.REMOVED || kind == Kind.CHANGED;
        }

        /** The line as the older version has it (empty for an added line). */
        public String olderText() {
            return text(Op.DELETED);
        }

        /** The line as the newer version has it (empty for a removed line). */
        public String newerText() {
            return text(Op.INSERTED);
        }

        private String text(Op side) {
            StringBuilder text = new StringBuilder();
            segments.stream().filter(s -> s.op() == Op.SAME || s.op() == side).forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /** A piece of a line's text and whether both versions have it, or only the older or the newer. */
    public record Segment(String text, Op op) implements java.io.Serializable {

        public Segment {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(op, "op");
        }
    }

    public enum Kind {
        /** Only in the newer version. */
        ADDED,
        /** Only in the older version. */
        REMOVED,
        /** In both, reworded: an older line paired with its replacement. */
        CHANGED,
        /** In both, the same: context around a change. */
        UNCHANGED,
        /** A run of unchanged lines left out; {@link Line#skipped} counts them. */
        SKIPPED
    }

    public enum Op {
        SAME,
        INSERTED,
        DELETED
    }
}
