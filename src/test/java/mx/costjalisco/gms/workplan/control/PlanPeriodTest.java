package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.Plan2023.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPeriodTest {

    private static void assertFraction(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void aSingleDayElapsesWholeOnThatDay() {
        PlanPeriod trainingDay = PlanPeriod.day(2023, 1, 26);
        assertEquals(on(2023, 1, 26), trainingDay.first());
        assertEquals(on(2023, 1, 26), trainingDay.last());
        assertEquals(1, trainingDay.totalDays());

        assertFalse(trainingDay.hasBegun(on(2023, 1, 25)));
        assertFraction("0", trainingDay.elapsedFraction(on(2023, 1, 25)));

        assertTrue(trainingDay.hasBegun(on(2023, 1, 26)));
        assertFalse(trainingDay.isOver(on(2023, 1, 26)));
        assertFraction("1", trainingDay.elapsedFraction(on(2023, 1, 26)));

        assertTrue(trainingDay.isOver(on(2023, 1, 27)));
        assertEquals(1, trainingDay.daysElapsed(on(2023, 12, 31)));
    }

    @Test
    void aMonthAndASpanOfMonthsCoverWholeMonths() {
        PlanPeriod march = PlanPeriod.month(2023, 3);
        assertEquals(on(2023, 3, 1), march.first());
        assertEquals(on(2023, 3, 31), march.last());
        assertEquals(31, march.totalDays());

        PlanPeriod julyToDecember = PlanPeriod.months(2023, 7, 12);
        assertEquals(on(2023, 7, 1), julyToDecember.first());
        assertEquals(on(2023, 12, 31), julyToDecember.last());
        assertEquals(184, julyToDecember.totalDays());
        assertEquals(92, julyToDecember.daysElapsed(on(2023, 9, 30)));
        assertFraction("0.5", julyToDecember.elapsedFraction(on(2023, 9, 30)));
    }

    @Test
    void activityOneCountsOnlyTheDaysOfItsSpans() {
        PlanPeriod period = Plan2023.ACTIVITY_I;
        // 26 Jan, March, and July – December given twice: the same days count once
        assertEquals(3, period.spans().size());
        assertEquals(1 + 31 + 184, period.totalDays());
        assertEquals(on(2023, 1, 26), period.first());
        assertEquals(on(2023, 12, 31), period.last());

        assertEquals(0, period.daysElapsed(on(2023, 1, 25)));
        assertEquals(1, period.daysElapsed(on(2023, 2, 15)));
        assertEquals(1 + 15, period.daysElapsed(on(2023, 3, 15)));
        assertEquals(32, period.daysElapsed(on(2023, 6, 30)));
        assertEquals(33, period.daysElapsed(on(2023, 7, 1)));
        assertFraction("0.148148", period.elapsedFraction(on(2023, 6, 30)));
        assertFalse(period.isOver(on(2023, 6, 30)));
    }

    @Test
    void februaryJuneAndNovemberStandStillBetweenTheirMonths() {
        PlanPeriod period = Plan2023.FEB_JUN_NOV;
        assertEquals(28 + 30 + 30, period.totalDays());
        assertEquals(28, period.daysElapsed(on(2023, 4, 15)));
        assertFraction("0.318182", period.elapsedFraction(on(2023, 4, 15)));
        assertEquals(28 + 15, period.daysElapsed(on(2023, 6, 15)));
        assertFraction("0.659091", period.elapsedFraction(on(2023, 8, 31)));
        assertFraction("1", period.elapsedFraction(on(2023, 11, 30)));
        assertFalse(period.isOver(on(2023, 11, 30)));
        assertTrue(period.isOver(on(2023, 12, 1)));
    }

    @Test
    void overlappingAndAdjacentSpansMerge() {
        PlanPeriod period = PlanPeriod.union(PlanPeriod.months(2023, 1, 4), PlanPeriod.months(2023, 3, 6));
        assertEquals(List.of(new PlanPeriod.Span(on(2023, 1, 1), on(2023, 6, 30))), period.spans());
        assertEquals(181, period.totalDays());

        PlanPeriod januaryAndFebruary = PlanPeriod.union(PlanPeriod.month(2023, 2), PlanPeriod.month(2023, 1));
        assertEquals(1, januaryAndFebruary.spans().size());
        assertEquals(59, januaryAndFebruary.totalDays());
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsRefused() {
        var refused = assertThrows(
                IllegalArgumentException.class, () -> new PlanPeriod.Span(on(2023, 3, 31), on(2023, 3, 1)));
        assertTrue(refused.getMessage().contains("2023-03-01"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2023-03-31"), refused.getMessage());

        assertThrows(IllegalArgumentException.class, () -> PlanPeriod.between(on(2023, 12, 31), on(2023, 7, 1)));
        assertThrows(IllegalArgumentException.class, () -> PlanPeriod.months(2023, 12, 7));
    }

    @Test
    void aPeriodWithoutSpansIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlanPeriod(List.of()));
        assertThrows(IllegalArgumentException.class, PlanPeriod::union);
    }
}
