package mx.costjalisco.gms.workplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day a plan's report is shown as of, when none is asked for. */
class WorkPlanReadsTest {

    @Test
    void beforeTheYearItsFirstDay() {
        assertEquals(LocalDate.of(2024, 1, 1), WorkPlanReads.defaultAsOf(2024, LocalDate.of(2023, 11, 20)));
        assertEquals(LocalDate.of(2024, 1, 1), WorkPlanReads.defaultAsOf(2024, LocalDate.of(2023, 12, 31)));
    }

    @Test
    void duringTheYearToday() {
        assertEquals(LocalDate.of(2024, 1, 1), WorkPlanReads.defaultAsOf(2024, LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2024, 2, 29), WorkPlanReads.defaultAsOf(2024, LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2024, 12, 31), WorkPlanReads.defaultAsOf(2024, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void afterTheYearItsLastDay() {
        assertEquals(LocalDate.of(2023, 12, 31), WorkPlanReads.defaultAsOf(2023, LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2023, 12, 31), WorkPlanReads.defaultAsOf(2023, LocalDate.of(2026, 7, 15)));
    }
}
