package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.costjalisco.gms.platform.api.Csv;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;

/**
 * The members' export of a work plan with its progress: one row per target, built once from the {@link PlanReport} and
 * written as CSV or as an XLSX workbook, so both carry the same numbers as the dashboard, the quarterly report and the
 * API. The CSV has the API's columns ({@link #PUBLIC_COLUMNS}, the same values) followed by what only members see
 * ({@link #INTERNAL_COLUMNS}); the workbook adds sheets listing the progress entries (internal notes and withdrawn
 * ones included) and the evidence.
 *
 * <p>Entries dated after the report's day are left out, as they do not count in its numbers.
 */
public final class WorkPlanExport {

    /** The columns of {@code /api/v1/workplans/YYYY} as CSV, in its order. */
    public static final List<String> PUBLIC_COLUMNS = List.of(
            "year",
            "asOf",
            "activity",
            "activityTitle",
            "responsible",
            "period",
            "activityState",
            "activityStatus",
            "targetId",
            "target",
            "kind",
            "goal",
            "unit",
            "countedFrom",
            "periodFirst",
            "periodLast",
            "value",
            "achieved",
            "expected",
            "status");

    /** What the members' CSV adds after the public columns. */
    public static final List<String> INTERNAL_COLUMNS =
            List.of("reason", "entries", "withdrawnEntries", "activityEvidence");

    /**
     * One row of the export: a target with its activity, and counts from the plan's records.
     *
     * @param entries the target's entries that count by the report's day (typed, or counted from the system's records)
     * @param withdrawnEntries the target's withdrawn entries
     * @param activityEvidence the activity's evidence files, withdrawn ones left out
     */
    public record TargetRow(
            ActivityReport activity, TargetReport target, int entries, int withdrawnEntries, int activityEvidence) {

        public Activity activityEntity() {
            return activity.activity();
        }

        public PlanTarget targetEntity() {
            return target.target();
        }

        public Progress progress() {
            return target.progress();
        }
    }

    private final PlanReport report;
    private final List<TargetRow> rows;
    private final List<ProgressEntry> entries;
    private final List<Evidence> evidence;

    private WorkPlanExport(
            PlanReport report, List<TargetRow> rows, List<ProgressEntry> entries, List<Evidence> evidence) {
        this.report = report;
        this.rows = rows;
        this.entries = entries;
        this.evidence = evidence;
    }

    /**
     * The export of {@code report}.
     *
     * @param entries the plan's progress entries (withdrawn ones included); those of targets outside the report, or
     *     dated after its day, are left out
     * @param evidence the plan's evidence (withdrawn included); that of activities outside the report is left out
     */
    public static WorkPlanExport of(PlanReport report, List<ProgressEntry> entries, List<Evidence> evidence) {
        Objects.requireNonNull(report, "report");
        EntityIndex<PlanTarget, TargetReport> targets = new EntityIndex<>();
        report.targets().forEach(target -> targets.put(target.target(), target));
        EntityIndex<Activity, int[]> evidenceCounts = new EntityIndex<>();
        report.activities().forEach(activity -> evidenceCounts.put(activity.activity(), new int[1]));

        List<Evidence> shownEvidence = new ArrayList<>();
        for (Evidence file : evidence) {
            int[] count = evidenceCounts.get(file.getActivity());
            if (count != null) {
                shownEvidence.add(file);
                count[0] += file.isWithdrawn() ? 0 : 1;
            }
        }
        List<ProgressEntry> shownEntries = entries.stream()
                .filter(entry -> targets.get(entry.getTarget()) != null
                        && !entry.getDate().isAfter(report.asOf()))
                .sorted(Comparator.comparing(ProgressEntry::getDate))
                .toList();

        List<TargetRow> rows = new ArrayList<>();
        for (ActivityReport activity : report.activities()) {
            int activityEvidence = evidenceCounts.get(activity.activity())[0];
            for (TargetReport target : activity.targets()) {
                int counted = (int) target.entries().stream()
                        .filter(entry -> entry.countsBy(report.asOf()))
                        .count();
                int withdrawn =
                        (int) target.entries().stream().filter(Entry::withdrawn).count();
                rows.add(new TargetRow(activity, target, counted, withdrawn, activityEvidence));
            }
        }
        return new WorkPlanExport(report, List.copyOf(rows), shownEntries, List.copyOf(shownEvidence));
    }

    public PlanReport report() {
        return report;
    }

    public List<TargetRow> rows() {
        return rows;
    }

    /** The progress entries the workbook lists, in date order. */
    public List<ProgressEntry> entries() {
        return entries;
    }

    /** The evidence the workbook lists. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** The rows as CSV (RFC 4180, see {@link Csv}): the API's columns with its values, then the internal ones. */
    public String csv() {
        List<String> header = new ArrayList<>(PUBLIC_COLUMNS);
        header.addAll(INTERNAL_COLUMNS);
        Csv csv = new Csv(header.toArray(String[]::new));
        for (TargetRow row : rows) {
            Activity activity = row.activityEntity();
            PlanTarget target = row.targetEntity();
            PlanPeriod period = row.target().definition().period();
            Progress progress = row.progress();
            csv.row(
                    report.plan().getYear(),
                    report.asOf(),
                    activity.getNumeral(),
                    activity.getTitle(),
                    activity.getResponsible(),
                    activity.getPeriodLabel(),
                    activity.getState().name(),
                    row.activity().status().name(),
                    target.getId(),
                    target.getDescription(),
                    target.getKind().name(),
                    target.isMilestone() ? null : plain(target.getGoal()),
                    target.getUnit(),
                    target.getAutoCount() == null ? null : target.getAutoCount().name(),
                    period.first(),
                    period.last(),
                    plain(progress.value()),
                    progress.achieved(),
                    progress.expected(),
                    progress.status().name(),
                    progress.reason().name(),
                    row.entries(),
                    row.withdrawnEntries(),
                    row.activityEvidence());
        }
        return csv.toString();
    }

    /**
     * The workbook: the targets (the CSV's rows, with labels in the reader's language, numbers as numbers, days as
     * dates and shares as percentages), the progress entries, the evidence and a summary.
     *
     * @param zone the GMS's time zone, for the times entries and files were recorded
     */
    public byte[] xlsx(Locale locale, ZoneId zone) {
        return new WorkPlanWorkbook(this, new ReportFormat(locale), zone).write();
    }

    /** A decimal as the API writes it: 15 rather than 15.00, 2.5 rather than 2.50. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
