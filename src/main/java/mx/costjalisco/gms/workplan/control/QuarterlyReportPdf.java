package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.platform.pdf.Align;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Run;
import mx.costjalisco.gms.platform.pdf.Table;
import mx.costjalisco.gms.platform.pdf.Text;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * The quarterly progress report of a work plan as a PDF, for the GMS's session that reviews it: the plan and its
 * approval, how many targets have each status, each activity's share of targets done, then every activity with its
 * targets' progress and the progress recorded within the quarter (public notes only; withdrawn entries left out).
 *
 * <p>Every number comes from the {@link PlanReport} — the same computation as the dashboard, the exports and the API —
 * which the caller computes as of the quarter's last day ({@link Quarter#last()}), or as of today for the quarter
 * under way. Entries dated after the report's day are not listed, since they do not count in its numbers.
 *
 * <p>A pure function of its inputs: the same report, entries and time of generation give the same bytes.
 */
public final class QuarterlyReportPdf {

    /** The statuses in the order the summary lists them: what is finished first, what has not begun last. */
    private static final List<TargetStatus> ORDER = List.of(
            TargetStatus.DONE,
            TargetStatus.ON_TRACK,
            TargetStatus.AT_RISK,
            TargetStatus.LATE,
            TargetStatus.NOT_STARTED);

    /**
     * The room an activity needs to begin on a page: its heading, its four facts, the targets' header and first row
     * (about 7 cm).
     */
    private static final float ACTIVITY_START = 200;

    private static final int BAR_CELLS = 10;
    private static final String BAR_FULL = "\u2588";
    private static final String BAR_EMPTY = "\u2591";

    /** A line of an activity's progress within the quarter: a typed entry, or a day a counted target counted. */
    private record QuarterLine(LocalDate date, PlanTarget target, BigDecimal amount, String note) {}

    private QuarterlyReportPdf() {}

    /**
     * The report of {@code quarter} of the plan's year.
     *
     * @param report the plan's progress as of the quarter's last day (or today, for the quarter under way)
     * @param entries the plan's progress entries, any quarter, withdrawn ones included (they are left out here)
     * @param quarter 1 to 4
     * @param locale the reader's language; the GMS's records use {@code Bundle.RECORD_LOCALE}
     * @param generatedAt when the PDF is made, printed in its footer and recorded in its metadata
     * @throws IllegalArgumentException when {@code quarter} is not 1 to 4
     */
    public static byte[] render(
            PlanReport report, List<ProgressEntry> entries, int quarter, Locale locale, ZonedDateTime generatedAt) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(generatedAt, "generatedAt");
        var f = new ReportFormat(Objects.requireNonNull(locale, "locale"));
        WorkPlan plan = report.plan();
        Quarter period = Quarter.of(plan.getYear(), quarter);
        String quarterName = f.text("workplanReport.quarter." + quarter);
        String title =
                f.text("workplanReport.title", plan.getYear(), quarterName, f.text("workplanReport.months." + quarter));
        String generated = DateTimeFormatter.ofPattern(f.text("format.fullDateTime"), locale)
                .format(generatedAt);

        PdfDocument pdf = PdfDocument.a4(
                        f.text("pdf.organisation"), f.text("workplanReport.document", plan.getYear(), quarterName))
                .metadata(title, f.text("pdf.author"), f.text("workplanReport.subject", report.asOf()), locale)
                .createdAt(generatedAt)
                .pageNumbers(f.text("pdf.pageNumbers"))
                .footerNote(f.text("pdf.generatedOn", generated))
                .title(title)
                .facts(facts(report, f, generated));
        summary(pdf, report, f);
        Map<ActivityReport, List<QuarterLine>> lines = quarterLines(report, entries, period, f);
        for (ActivityReport activity : report.activities()) {
            activity(pdf, activity, lines.get(activity), f);
        }
        return pdf.render();
    }

    private static List<Fact> facts(PlanReport report, ReportFormat f, String generated) {
        WorkPlan plan = report.plan();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(f.text("workplanReport.plan"), plan.getTitle()));
        if (plan.isApproved()) {
            String approval = Stream.of(
                            plan.getApprovalMeeting() == null
                                    ? null
                                    : MeetingTexts.name(plan.getApprovalMeeting(), f.locale()),
                            plan.getApprovedOn() == null ? null : f.date(plan.getApprovedOn()),
                            plan.getApprovalAgreement() == null
                                    ? null
                                    : f.text("workplanReport.agreement", plan.getApprovalAgreement()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            facts.add(Fact.of(f.text("workplanReport.approval"), approval));
            facts.add(Fact.of(
                    f.text("workplanReport.revision"),
                    plan.getRevision() == 0
                            ? f.text("workplanReport.noRevision")
                            : String.valueOf(plan.getRevision())));
        } else {
            facts.add(Fact.of(f.text("workplanReport.approval"), f.text("workplanReport.notApproved")));
        }
        facts.add(Fact.of(f.text("workplanReport.asOf"), f.date(report.asOf())));
        facts.add(Fact.of(f.text("workplanReport.generated"), generated));
        return facts;
    }

    private static void summary(PdfDocument pdf, PlanReport report, ReportFormat f) {
        PlanProgress progress = report.progress();
        Map<TargetStatus, Integer> targets = progress.targetCounts();
        Map<TargetStatus, Integer> activities = progress.activityCounts();
        int total = progress.targetCount();
        pdf.heading(f.text("workplanReport.summary")).paragraph(f.text("workplanReport.statusNote", report.asOf()));
        Table table = Table.columns(
                Column.of(f.text("workplanReport.col.status"), 0.34),
                Column.of(f.text("workplanReport.col.targets"), 0.22).align(Align.RIGHT),
                Column.of(f.text("workplanReport.col.targetShare"), 0.22).align(Align.RIGHT),
                Column.of(f.text("workplanReport.col.activities"), 0.22).align(Align.RIGHT));
        for (TargetStatus status : ORDER) {
            table = table.row(
                    f.label(status),
                    f.number(targets.get(status)),
                    f.percent(share(targets.get(status), total)),
                    f.number(activities.get(status)));
        }
        table = table.row(
                Text.bold(f.text("workplanReport.total")),
                Text.bold(f.number(total)),
                Text.bold(f.percent(share(total, total))),
                Text.bold(f.number(report.activities().size())));
        pdf.table(table)
                .paragraph(Text.of(
                        Run.bold(f.text("workplanReport.doneShare") + " "),
                        Run.plain(f.text(
                                "workplanReport.doneOf",
                                f.number(targets.get(TargetStatus.DONE)),
                                f.number(total),
                                f.percent(progress.doneShare())))));

        pdf.heading(f.text("workplanReport.byActivity"));
        Table byActivity = Table.columns(
                Column.of(f.text("workplanReport.col.activity"), 0.44),
                Column.of(f.text("workplanReport.col.status"), 0.15),
                Column.of(f.text("workplanReport.col.targetsDone"), 0.13).align(Align.RIGHT),
                Column.of(f.text("workplanReport.col.doneBar"), 0.28));
        for (ActivityReport activity : report.activities()) {
            int count = activity.targets().size();
            int done = activity.progress().counts().get(TargetStatus.DONE);
            BigDecimal doneShare = share(done, count);
            byActivity = byActivity.row(
                    heading(activity.activity()),
                    f.label(activity.status()),
                    f.text("workplanReport.doneOf.short", f.number(done), f.number(count)),
                    bar(doneShare) + " " + f.percent(doneShare));
        }
        pdf.table(byActivity);
    }

    private static void activity(PdfDocument pdf, ActivityReport report, List<QuarterLine> lines, ReportFormat f) {
        Activity activity = report.activity();
        pdf.needSpace(ACTIVITY_START)
                .heading(heading(activity))
                .facts(List.of(
                        Fact.of(f.text("workplanReport.responsible"), activity.getResponsible()),
                        Fact.of(f.text("workplanReport.period"), activity.getPeriodLabel()),
                        Fact.of(f.text("workplanReport.state"), f.label(activity.getState())),
                        Fact.of(f.text("workplanReport.computedStatus"), f.label(report.status()))));
        if (report.targets().isEmpty()) {
            pdf.paragraph(f.text("workplanReport.noTargets"));
        } else {
            Table targets = Table.columns(
                    Column.of(f.text("workplanReport.col.target"), 0.30),
                    Column.of(f.text("workplanReport.col.goal"), 0.16),
                    Column.of(f.text("workplanReport.col.value"), 0.12).align(Align.RIGHT),
                    Column.of(f.text("workplanReport.col.achieved"), 0.11).align(Align.RIGHT),
                    Column.of(f.text("workplanReport.col.elapsed"), 0.16).align(Align.RIGHT),
                    Column.of(f.text("workplanReport.col.status"), 0.15));
            for (TargetReport target : report.targets()) {
                Progress progress = target.progress();
                targets = targets.row(
                        target.target().getDescription(),
                        f.goal(target.target()),
                        f.value(target.target(), progress.value()),
                        f.percent(progress.achieved()),
                        f.percent(progress.expected()),
                        f.label(progress.status()));
            }
            pdf.table(targets);
        }
        if (lines.isEmpty()) {
            pdf.subheading(f.text("workplanReport.quarterEntries")).paragraph(f.text("workplanReport.noEntries"));
            return;
        }
        Table table = Table.columns(
                        Column.of(f.text("workplanReport.col.date"), 0.2),
                        Column.of(f.text("workplanReport.col.target"), 0.3),
                        Column.of(f.text("workplanReport.col.entryValue"), 0.13).align(Align.RIGHT),
                        Column.of(f.text("workplanReport.col.note"), 0.37))
                .caption(f.text("workplanReport.quarterEntries"));
        for (QuarterLine line : lines) {
            table = table.row(
                    f.date(line.date()),
                    line.target().getDescription(),
                    f.value(line.target(), line.amount()),
                    line.note());
        }
        pdf.table(table);
    }

    /**
     * Each activity's lines of the quarter, up to the report's day, in date order (and, on one day, in the order of
     * its targets): typed entries not withdrawn, with their public note, and the days counted targets counted.
     */
    private static Map<ActivityReport, List<QuarterLine>> quarterLines(
            PlanReport report, List<ProgressEntry> entries, Quarter quarter, ReportFormat f) {
        LocalDate until = report.asOf().isBefore(quarter.last()) ? report.asOf() : quarter.last();
        EntityIndex<PlanTarget, List<QuarterLine>> byTarget = new EntityIndex<>();
        for (TargetReport target : report.targets()) {
            List<QuarterLine> lines = new ArrayList<>();
            byTarget.put(target.target(), lines);
            if (target.target().isCounted()) {
                String note = f.text("workplanReport.counted." + target.target().getAutoCount());
                target.entries().stream()
                        .filter(entry -> quarter.contains(entry.date()) && entry.countsBy(until))
                        .forEach(entry ->
                                lines.add(new QuarterLine(entry.date(), target.target(), entry.value(), note)));
            }
        }
        for (ProgressEntry entry : entries) {
            List<QuarterLine> lines = byTarget.get(entry.getTarget());
            if (lines != null
                    && !entry.isWithdrawn()
                    && quarter.contains(entry.getDate())
                    && !entry.getDate().isAfter(until)) {
                lines.add(new QuarterLine(entry.getDate(), entry.getTarget(), entry.getAmount(), entry.getNote()));
            }
        }
        Map<ActivityReport, List<QuarterLine>> byActivity = new IdentityHashMap<>();
        for (ActivityReport activity : report.activities()) {
            List<QuarterLine> lines = new ArrayList<>();
            activity.targets().forEach(target -> lines.addAll(byTarget.get(target.target())));
            lines.sort(Comparator.comparing(QuarterLine::date));
            byActivity.put(activity, lines);
        }
        return byActivity;
    }

    /** "I. Capacitación a enlaces del GMS". */
    private static String heading(Activity activity) {
        return activity.getNumeral() + ". " + activity.getTitle();
    }

    /** A bar of ten cells, as many full as tenths of {@code share} reached (rounded down). */
    private static String bar(BigDecimal share) {
        int full = share.movePointRight(1).intValue();
        return BAR_FULL.repeat(full) + BAR_EMPTY.repeat(BAR_CELLS - full);
    }

    /** {@code part} of {@code whole}, 0 to 1; 0 when there is nothing to count. */
    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO : Ratio.of(part, whole);
    }
}
