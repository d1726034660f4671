package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.ReportSamples.END_OF_Q2;
import static mx.costjalisco.gms.workplan.control.ReportSamples.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.platform.api.CsvRows;
import mx.costjalisco.gms.platform.web.Bundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The members' export as a spreadsheet user reads it back: the same numbers as the report, in CSV and in XLSX. */
class WorkPlanExportTest {

    private static final ReportSamples.Sample PLAN = ReportSamples.plan2023();
    private static final PlanReport REPORT = PLAN.report(END_OF_Q2);

    private static WorkPlanExport export() {
        return WorkPlanExport.of(REPORT, PLAN.entries, PLAN.evidence);
    }

    @Test
    void theCsvHasTheApisColumnsAndParsesBackToTheReportsNumbers() {
        List<Map<String, String>> rows = CsvRows.of(export().csv());

        List<String> expectedHeader = new ArrayList<>(WorkPlanExport.PUBLIC_COLUMNS);
        expectedHeader.addAll(WorkPlanExport.INTERNAL_COLUMNS);
        assertEquals(expectedHeader, List.copyOf(rows.get(0).keySet()));
        List<TargetReport> targets = REPORT.targets();
        assertEquals(targets.size(), rows.size());
        for (int i = 0; i < targets.size(); i++) {
            Progress progress = targets.get(i).progress();
            Map<String, String> row = rows.get(i);
            assertEquals("2023", row.get("year"));
            assertEquals("2023-06-30", row.get("asOf"));
            assertEquals(0, progress.value().compareTo(new BigDecimal(row.get("value"))), row.toString());
            assertEquals(0, progress.achieved().compareTo(new BigDecimal(row.get("achieved"))), row.toString());
            assertEquals(0, progress.expected().compareTo(new BigDecimal(row.get("expected"))), row.toString());
            assertEquals(progress.status().name(), row.get("status"));
            assertEquals(progress.reason().name(), row.get("reason"));
            if (targets.get(i).target().isMilestone()) {
                assertEquals("", row.get("goal"));
            } else {
                assertEquals(0, progress.goal().compareTo(new BigDecimal(row.get("goal"))), row.toString());
            }
        }
        Map<String, String> receivers = rows.get(5);
        assertEquals("IV", receivers.get("activity"));
        assertEquals("3000000", receivers.get("goal"));
        assertEquals("2100000", receivers.get("value"));
        assertEquals("ON_TRACK", receivers.get("status"));
        assertEquals("2023-02-01", receivers.get("periodFirst"));
        Map<String, String> entities = rows.get(4);
        assertEquals("'+2 Ayuntamientos o entidades", entities.get("target"), "no formula when opened");
        assertEquals("0", entities.get("entries"));
        assertEquals("1", entities.get("withdrawnEntries"));
        assertEquals("1", entities.get("activityEvidence"), "the withdrawn file is not counted");
        assertEquals("ORDINARY_SESSIONS_HELD", rows.get(9).get("countedFrom"));
        assertEquals("2", rows.get(9).get("entries"), "the session of August does not count by June");
    }

    @Test
    void theWorkbookHoldsTheSameNumbersAsNumbersWithLabelsDatesAndPercentages() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export().xlsx(Bundle.RECORD_LOCALE, ZONE)))) {
            assertEquals(
                    List.of("Metas", "Avances", "Evidencias", "Resumen"),
                    List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3)));
            XSSFSheet sheet = workbook.getSheet("Metas");
            Map<String, Integer> columns = header(sheet);
            assertTrue(
                    workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());

            List<TargetReport> targets = REPORT.targets();
            assertEquals(targets.size(), sheet.getLastRowNum());
            for (int i = 0; i < targets.size(); i++) {
                Progress progress = targets.get(i).progress();
                Row row = sheet.getRow(i + 1);
                assertEquals(progress.value().doubleValue(), number(row, columns.get("Avance")));
                assertEquals(progress.achieved().doubleValue(), number(row, columns.get("% logrado")), 1e-9);
                assertEquals(
                        progress.expected().doubleValue(), number(row, columns.get("% del tiempo transcurrido")), 1e-9);
                assertEquals(
                        Bundle.label(Bundle.RECORD_LOCALE, progress.status()),
                        row.getCell(columns.get("Estado")).getStringCellValue());
            }
            Row receivers = sheet.getRow(6);
            assertEquals("IV", receivers.getCell(columns.get("Núm.")).getStringCellValue());
            assertEquals(3_000_000d, number(receivers, columns.get("Valor de la meta")));
            assertEquals(
                    "#,##0",
                    receivers.getCell(columns.get("Avance")).getCellStyle().getDataFormatString());
            assertEquals(
                    "0.0%",
                    receivers.getCell(columns.get("% logrado")).getCellStyle().getDataFormatString());
            var first = receivers.getCell(columns.get("Inicio"));
            assertTrue(DateUtil.isCellDateFormatted(first));
            assertEquals(
                    LocalDate.of(2023, 2, 1), first.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("En tiempo", receivers.getCell(columns.get("Estado")).getStringCellValue());

            Sheet entries = workbook.getSheet("Avances");
            Map<String, Integer> entryColumns = header(entries);
            assertEquals(9, entries.getLastRowNum(), "the entry of July is after the report's day");
            Row withdrawn = findRow(entries, entryColumns.get("Nota pública"), "Ayuntamiento de Zapopan");
            assertEquals("Sí", withdrawn.getCell(entryColumns.get("Retirado")).getStringCellValue());
            assertEquals(
                    "Registrado por error en esta meta",
                    withdrawn.getCell(entryColumns.get("Motivo del retiro")).getStringCellValue());
            assertEquals(
                    "Nota interna: Ayuntamiento de Zapopan",
                    withdrawn.getCell(entryColumns.get("Nota interna")).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(withdrawn.getCell(entryColumns.get("Registrado el"))));
            Row june = findRow(entries, entryColumns.get("Nota pública"), "Campaña de junio en redes sociales");
            assertEquals(2_100_000d, number(june, entryColumns.get("Valor")));

            Sheet evidence = workbook.getSheet("Evidencias");
            assertEquals(3, evidence.getLastRowNum());

            Sheet summary = workbook.getSheet("Resumen");
            Row done = findRow(summary, 0, "Cumplida");
            assertEquals(2d, done.getCell(1).getNumericCellValue());
            assertEquals(0.2, done.getCell(2).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aLargePlanExportsInBothFormats() throws IOException {
        var large = ReportSamples.large(50, 5_000);
        var export = WorkPlanExport.of(large.report(END_OF_Q2), large.entries, large.evidence);

        long start = System.nanoTime();
        String csv = export.csv();
        long csvMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        byte[] xlsx = export.xlsx(Bundle.RECORD_LOCALE, ZONE);
        long xlsxMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        export.xlsx(Bundle.RECORD_LOCALE, ZONE);
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "Export, 50 activities, 200 targets, 5,000 entries: CSV %,d chars in %d ms;"
                        + " XLSX %,d bytes in %d ms (again: %d ms)%n",
                csv.length(), csvMillis, xlsx.length, xlsxMillis, againMillis);

        assertEquals(200, CsvRows.of(csv).size());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(200, workbook.getSheet("Metas").getLastRowNum());
            assertEquals(export.entries().size(), workbook.getSheet("Avances").getLastRowNum());
        }
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static double number(Row row, int column) {
        var cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text");
        return cell.getNumericCellValue();
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            var cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(text + " not found in " + sheet.getSheetName());
    }
}
