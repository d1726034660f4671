package mx.costjalisco.gms.workplan.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.WorkPlan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link WorkPlanExport} as an XLSX workbook: one sheet per list, each with a bold header row that stays in
 * view and filters, numbers as numbers, days as dates and shares as percentages, so the members can sort, filter and
 * sum without retyping.
 */
final class WorkPlanWorkbook {

    /** A column: its header's key and its width in characters. */
    private record Col(String key, int width) {}

    private static final List<Col> TARGET_COLUMNS = List.of(
            new Col("number", 7),
            new Col("activity", 40),
            new Col("responsible", 30),
            new Col("period", 24),
            new Col("activityState", 14),
            new Col("activityStatus", 14),
            new Col("target", 45),
            new Col("kind", 11),
            new Col("goal", 13),
            new Col("unit", 14),
            new Col("countedFrom", 22),
            new Col("periodFirst", 12),
            new Col("periodLast", 12),
            new Col("value", 13),
            new Col("achieved", 11),
            new Col("elapsed", 13),
            new Col("status", 13),
            new Col("reason", 40),
            new Col("entries", 12),
            new Col("withdrawnEntries", 12),
            new Col("evidence", 12));

    private static final List<Col> ENTRY_COLUMNS = List.of(
            new Col("date", 12),
            new Col("number", 7),
            new Col("target", 45),
            new Col("amount", 13),
            new Col("unit", 14),
            new Col("note", 50),
            new Col("internalNote", 40),
            new Col("institution", 30),
            new Col("recordedBy", 24),
            new Col("recordedAt", 17),
            new Col("withdrawn", 10),
            new Col("withdrawnAt", 17),
            new Col("withdrawnBy", 24),
            new Col("withdrawReason", 40));

    private static final List<Col> EVIDENCE_COLUMNS = List.of(
            new Col("uploadedAt", 17),
            new Col("number", 7),
            new Col("fileName", 36),
            new Col("evidenceType", 28),
            new Col("description", 40),
            new Col("contentType", 20),
            new Col("size", 13),
            new Col("published", 10),
            new Col("institution", 30),
            new Col("uploadedBy", 24),
            new Col("evidenceWithdrawn", 10),
            new Col("withdrawReason", 40));

    private final WorkPlanExport export;
    private final ReportFormat f;
    private final ZoneId zone;
    /**
     * Streamed: rows go to a temporary file as they are written rather than staying in memory cell by cell, which
     * writes a plan of 5,000 entries about four times faster.
     */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook();

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final String yes;
    private final String no;

    WorkPlanWorkbook(WorkPlanExport export, ReportFormat format, ZoneId zone) {
        this.export = export;
        this.f = format;
        this.zone = zone;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        var formats = workbook.createDataFormat();
        date = style(formats.getFormat(f.text("workplanExport.dateFormat")));
        dateTime = style(formats.getFormat(f.text("workplanExport.dateTimeFormat")));
        integer = style(formats.getFormat("#,##0"));
        decimal = style(formats.getFormat("#,##0.00"));
        percent = style(formats.getFormat("0.0%"));
        yes = f.text("workplanExport.yes");
        no = f.text("workplanExport.no");
    }

    byte[] write() {
        targets();
        entries();
        evidence();
        summary();
        var out = new ByteArrayOutputStream(64 * 1024);
        try (workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the work plan's workbook", e);
        } finally {
            workbook.dispose();
        }
        return out.toByteArray();
    }

    private void targets() {
        Sheet sheet = sheet("workplanExport.sheet.targets", TARGET_COLUMNS);
        int r = 1;
        for (WorkPlanExport.TargetRow row : export.rows()) {
            Activity activity = row.activityEntity();
            PlanTarget target = row.targetEntity();
            PlanPeriod period = row.target().definition().period();
            Progress progress = row.progress();
            Row cells = sheet.createRow(r++);
            int c = 0;
            text(cells, c++, activity.getNumeral());
            text(cells, c++, activity.getTitle());
            text(cells, c++, activity.getResponsible());
            text(cells, c++, activity.getPeriodLabel());
            text(cells, c++, f.label(activity.getState()));
            text(cells, c++, f.label(row.activity().status()));
            text(cells, c++, target.getDescription());
            text(cells, c++, f.text("workplanExport.kind." + target.getKind()));
            number(cells, c++, target.isMilestone() ? null : target.getGoal());
            text(cells, c++, target.getUnit());
            text(cells, c++, f.label(target.getAutoCount()));
            date(cells, c++, period.first());
            date(cells, c++, period.last());
            number(cells, c++, progress.value());
            share(cells, c++, progress.achieved());
            share(cells, c++, progress.expected());
            text(cells, c++, f.label(progress.status()));
            text(cells, c++, f.label(progress.reason()));
            count(cells, c++, row.entries());
            count(cells, c++, row.withdrawnEntries());
            count(cells, c, row.activityEvidence());
        }
        filter(sheet, r, TARGET_COLUMNS);
    }

    private void entries() {
        Sheet sheet = sheet("workplanExport.sheet.entries", ENTRY_COLUMNS);
        int r = 1;
        for (ProgressEntry entry : export.entries()) {
            PlanTarget target = entry.getTarget();
            Row cells = sheet.createRow(r++);
            int c = 0;
            date(cells, c++, entry.getDate());
            text(cells, c++, target.getActivity().getNumeral());
            text(cells, c++, target.getDescription());
            number(cells, c++, entry.getAmount());
            text(cells, c++, target.getUnit());
            text(cells, c++, entry.getNote());
            text(cells, c++, entry.getInternalNote());
            text(cells, c++, name(entry.getInstitution()));
            text(cells, c++, entry.getRecordedBy());
            time(cells, c++, entry.getRecordedAt());
            text(cells, c++, yesNo(entry.isWithdrawn()));
            time(cells, c++, entry.getWithdrawnAt());
            text(cells, c++, entry.getWithdrawnBy());
            text(cells, c, entry.getWithdrawReason());
        }
        filter(sheet, r, ENTRY_COLUMNS);
    }

    private void evidence() {
        Sheet sheet = sheet("workplanExport.sheet.evidence", EVIDENCE_COLUMNS);
        int r = 1;
        for (Evidence file : export.evidence()) {
            Row cells = sheet.createRow(r++);
            int c = 0;
            time(cells, c++, file.getUploadedAt());
            text(cells, c++, file.getActivity().getNumeral());
            text(cells, c++, file.getFileName());
            text(cells, c++, file.getEvidenceType());
            text(cells, c++, file.getDescription());
            text(cells, c++, file.getContentType());
            count(cells, c++, file.getSize());
            text(cells, c++, yesNo(file.isPublished()));
            text(cells, c++, name(file.getInstitution()));
            text(cells, c++, file.getUploadedBy());
            text(cells, c++, yesNo(file.isWithdrawn()));
            text(cells, c, file.getWithdrawReason());
        }
        filter(sheet, r, EVIDENCE_COLUMNS);
    }

    /** The plan, its day and its totals: label and value, then the count of targets and activities by status. */
    private void summary() {
        Sheet sheet = workbook.createSheet(f.text("workplanExport.sheet.summary"));
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 14 * 256);
        WorkPlan plan = export.report().plan();
        PlanProgress progress = export.report().progress();
        int r = 0;
        Row row = sheet.createRow(r++);
        label(row, "workplanReport.plan");
        text(row, 1, plan.getTitle());
        row = sheet.createRow(r++);
        headerCell(row, 0, f.text("workplanExport.year"));
        count(row, 1, plan.getYear());
        row = sheet.createRow(r++);
        label(row, "workplanReport.asOf");
        date(row, 1, export.report().asOf());
        row = sheet.createRow(r++);
        label(row, "workplanReport.approval");
        if (plan.isApproved()) {
            date(row, 1, plan.getApprovedOn());
            text(row, 2, plan.getApprovalAgreement());
        } else {
            text(row, 1, f.text("workplanReport.notApproved"));
        }
        row = sheet.createRow(r++);
        label(row, "workplanReport.revision");
        count(row, 1, plan.getRevision());
        r++;
        row = sheet.createRow(r++);
        headerCell(row, 0, f.text("workplanReport.col.status"));
        headerCell(row, 1, f.text("workplanReport.col.targets"));
        headerCell(row, 2, f.text("workplanReport.col.targetShare"));
        headerCell(row, 3, f.text("workplanReport.col.activities"));
        Map<TargetStatus, Integer> targets = progress.targetCounts();
        Map<TargetStatus, Integer> activities = progress.activityCounts();
        int total = progress.targetCount();
        for (TargetStatus status : TargetStatus.values()) {
            row = sheet.createRow(r++);
            text(row, 0, f.label(status));
            count(row, 1, targets.get(status));
            share(row, 2, total == 0 ? BigDecimal.ZERO : Ratio.of(targets.get(status), total));
            count(row, 3, activities.get(status));
        }
        row = sheet.createRow(r++);
        headerCell(row, 0, f.text("workplanReport.total"));
        count(row, 1, total);
        count(row, 3, export.report().activities().size());
        row = sheet.createRow(r);
        label(row, "workplanReport.doneShare");
        share(row, 1, progress.doneShare());
    }

    private Sheet sheet(String nameKey, List<Col> columns) {
        Sheet sheet = workbook.createSheet(f.text(nameKey));
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            headerCell(row, i, f.text("workplanExport.col." + columns.get(i).key()));
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Filters on the header row over the rows written ({@code rows} counts the header). */
    private static void filter(Sheet sheet, int rows, List<Col> columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns.size() - 1));
    }

    private CellStyle style(short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    private void headerCell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }

    private void label(Row row, String key) {
        headerCell(row, 0, f.text(key).replaceAll(":$", ""));
    }

    /** Text as text: a note that starts with "=" stays words, never a formula. */
    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(value.stripTrailingZeros().scale() <= 0 ? integer : decimal);
        }
    }

    private void count(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(integer);
    }

    private void share(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(percent);
    }

    private void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    private void time(Row row, int column, Instant value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.atZone(zone).toLocalDateTime());
            cell.setCellStyle(dateTime);
        }
    }

    private String yesNo(boolean value) {
        return value ? yes : no;
    }

    private static String name(Institution institution) {
        return institution == null ? null : institution.getName();
    }
}
