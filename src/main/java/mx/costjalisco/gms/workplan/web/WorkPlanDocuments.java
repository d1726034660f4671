package mx.costjalisco.gms.workplan.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import mx.costjalisco.gms.platform.web.Bundle;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.control.Quarter;
import mx.costjalisco.gms.workplan.control.QuarterlyReportPdf;
import mx.costjalisco.gms.workplan.control.WorkPlanExport;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * The documents made of a plan for members: the quarterly progress report (PDF, for the quarter of the day asked, as
 * of that day) and the plan with its progress as CSV and XLSX — all from the same {@code PlanReport}, so they show the
 * numbers of the dashboard.
 */
@ApplicationScoped
public class WorkPlanDocuments {

    /** A document to send: its name, type and bytes. */
    public record Document(String fileName, String contentType, byte[] content) {}

    @Inject
    private WorkPlanReads reads;

    @Inject
    private Clock clock;

    /** The report of the quarter that holds {@code asOf} (default: today, or the plan's last day), as of that day. */
    public Document report(WorkPlan plan, LocalDate asOf, Locale locale) {
        var entries = reads.planEntries(plan);
        var report = reads.report(plan, asOf, entries);
        Quarter quarter = Quarter.of(report.asOf());
        byte[] pdf = QuarterlyReportPdf.render(
                report, entries, quarter.number(), Bundle.RECORD_LOCALE, ZonedDateTime.now(clock));
        return new Document(
                "informe-plan-de-trabajo-" + plan.getYear() + "-T" + quarter.number() + ".pdf", "application/pdf", pdf);
    }

    public Document csv(WorkPlan plan, LocalDate asOf) {
        var export = export(plan, asOf);
        var report = export.report();
        String csv = export.csv();
        return new Document(
                "plan-de-trabajo-" + plan.getYear() + "-al-" + report.asOf() + ".csv",
                "text/csv;charset=UTF-8",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    public Document xlsx(WorkPlan plan, LocalDate asOf) {
        var export = export(plan, asOf);
        return new Document(
                "plan-de-trabajo-" + plan.getYear() + "-al-" + export.report().asOf() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                export.xlsx(Bundle.RECORD_LOCALE, clock.getZone()));
    }

    /** The plan's export as of a day: its entries read once, for the progress and for the sheet of entries. */
    private WorkPlanExport export(WorkPlan plan, LocalDate asOf) {
        var entries = reads.planEntries(plan);
        return WorkPlanExport.of(reads.report(plan, asOf, entries), entries, reads.planEvidence(plan.getId()));
    }
}
