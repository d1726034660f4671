package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.Plan2023.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import mx.costjalisco.gms.workplan.control.Target.Aggregation;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.WorkPlan;
import org.junit.jupiter.api.Test;

/** The whole plan's burn-up as the dashboard draws it, from plans built in memory. */
class PlanBurnUpTest {

    private static void assertShare(String expected, BigDecimal actual) {
        assertNotNull(actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " ≠ " + actual);
    }

    private static ReportSamples.Sample plan() {
        return new ReportSamples.Sample(new WorkPlan(
                2023, "Plan de trabajo de prueba", null, Instant.parse("2022-11-01T16:00:00Z"), "gerencia"));
    }

    private static Activity wholeYear(ReportSamples.Sample plan) {
        return plan.activity(
                "Actividad de todo el año", "Gerencia", "Enero – diciembre", on(2023, 1, 1), on(2023, 12, 31));
    }

    @Test
    void twelveMonthsOfThePlansYear() {
        List<PlanBurnUp> points = PlanBurnUp.series(ReportSamples.plan2023().report(ReportSamples.END_OF_Q2));

        assertEquals(12, points.size());
        for (int m = 1; m <= 12; m++) {
            assertEquals(YearMonth.of(2023, m), points.get(m - 1).month());
        }
    }

    @Test
    void nothingIsKnownAfterTheReportsMonth() {
        List<PlanBurnUp> points = PlanBurnUp.series(ReportSamples.plan2023().report(ReportSamples.END_OF_Q2));

        for (PlanBurnUp point : points.subList(0, 6)) {
            assertNotNull(point.actual(), point::toString);
        }
        for (PlanBurnUp point : points.subList(6, 12)) {
            assertNull(point.actual(), point::toString);
        }
    }

    @Test
    void theIdealGrowsToOneByDecember() {
        List<PlanBurnUp> points = PlanBurnUp.series(ReportSamples.plan2023().report(ReportSamples.END_OF_Q2));

        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).ideal().compareTo(points.get(i - 1).ideal()) >= 0, points.get(i)::toString);
        }
        assertShare("1", points.get(11).ideal());
        for (PlanBurnUp point : points) {
            assertTrue(point.ideal().signum() >= 0 && point.ideal().compareTo(BigDecimal.ONE) <= 0);
            if (point.actual() != null) {
                assertTrue(point.actual().signum() >= 0 && point.actual().compareTo(BigDecimal.ONE) <= 0);
            }
        }
    }

    @Test
    void aWholeYearTargetsIdealFollowsTheCalendar() {
        ReportSamples.Sample plan = plan();
        plan.quantity(wholeYear(plan), "12 talleres", 12, "talleres", Aggregation.SUM);

        List<PlanBurnUp> points = PlanBurnUp.series(plan.report(on(2023, 3, 10)));

        assertShare("0.0849", points.get(0).ideal()); // 31 of 365 days
        assertShare("0.4959", points.get(5).ideal()); // 181 of 365
        assertShare("1", points.get(11).ideal());
    }

    @Test
    void aTargetFarOverItsGoalDoesNotHideOneAtZero() {
        ReportSamples.Sample plan = plan();
        Activity activity = wholeYear(plan);
        PlanTarget ahead = plan.quantity(activity, "10 talleres", 10, "talleres", Aggregation.SUM);
        plan.quantity(activity, "10 convenios", 10, "convenios", Aggregation.SUM);
        plan.entry(ahead, on(2023, 2, 15), 100, "Cien talleres");

        List<PlanBurnUp> points = PlanBurnUp.series(plan.report(on(2023, 12, 31)));

        assertShare("0", points.get(0).actual());
        for (PlanBurnUp point : points.subList(1, 12)) {
            assertShare("0.5", point.actual());
        }
    }

    @Test
    void theReportsMonthCountsUpToTheReportsDay() {
        ReportSamples.Sample plan = plan();
        Activity activity = wholeYear(plan);
        PlanTarget workshops = plan.quantity(activity, "10 talleres", 10, "talleres", Aggregation.SUM);
        plan.entry(workshops, on(2023, 4, 5), 2, "Dos talleres");
        plan.entry(workshops, on(2023, 4, 20), 3, "Tres talleres más");

        List<PlanBurnUp> points = PlanBurnUp.series(plan.report(on(2023, 4, 10)));

        assertShare("0", points.get(2).actual());
        assertShare("0.2", points.get(3).actual()); // the entry of the 20th is not counted yet
        assertNull(points.get(4).actual());
    }

    @Test
    void aMilestoneDoneCountsWhole() {
        ReportSamples.Sample plan = plan();
        Activity activity = wholeYear(plan);
        PlanTarget published = plan.milestone(activity, "Plataforma publicada");
        plan.quantity(activity, "4 sesiones", 4, "sesiones", Aggregation.SUM);
        plan.entry(published, on(2023, 5, 2), 1, "Publicada");

        List<PlanBurnUp> points = PlanBurnUp.series(plan.report(on(2023, 6, 30)));

        assertShare("0", points.get(3).actual());
        assertShare("0.5", points.get(4).actual());
    }

    @Test
    void aPlanWithoutTargetsIsFlatAtZero() {
        ReportSamples.Sample plan = plan();
        wholeYear(plan); // an activity whose targets are not defined yet

        List<PlanBurnUp> points = PlanBurnUp.series(plan.report(on(2023, 6, 30)));

        assertEquals(12, points.size());
        for (PlanBurnUp point : points) {
            assertShare("0", point.ideal());
            if (point.month().isAfter(YearMonth.of(2023, 6))) {
                assertNull(point.actual());
            } else {
                assertShare("0", point.actual());
            }
        }
    }

    @Test
    void aPlanWithoutActivitiesIsFlatAtZero() {
        List<PlanBurnUp> points = PlanBurnUp.series(plan().report(on(2023, 12, 31)));

        assertEquals(12, points.size());
        points.forEach(point -> {
            assertShare("0", point.actual());
            assertShare("0", point.ideal());
        });
    }

    @Test
    void aReportBeforeTheYearKnowsNothingYetAndOneAfterItKnowsEveryMonth() {
        ReportSamples.Sample plan = plan();
        plan.quantity(wholeYear(plan), "12 talleres", 12, "talleres", Aggregation.SUM);

        PlanBurnUp.series(plan.report(on(2022, 12, 15))).forEach(point -> assertNull(point.actual()));
        PlanBurnUp.series(plan.report(on(2024, 2, 1))).forEach(point -> assertShare("0", point.actual()));
    }
}
