package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.Plan2023.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import mx.costjalisco.gms.workplan.control.Target.Aggregation;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static final PlanPeriod JANUARY_TO_MARCH = PlanPeriod.months(2023, 1, 3);

    private static void assertValue(long expected, BigDecimal actual) {
        assertEquals(
                0, BigDecimal.valueOf(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void aSumAddsTheEntriesDatedByTheDay() {
        List<Entry> agreements =
                List.of(Entry.of(on(2023, 1, 20), 1), Entry.of(on(2023, 2, 10), 2), Entry.of(on(2023, 3, 15), 1));
        assertValue(0, Plan2023.AGREEMENTS.value(agreements, on(2023, 1, 19)));
        assertValue(1, Plan2023.AGREEMENTS.value(agreements, on(2023, 1, 20)));
        assertValue(3, Plan2023.AGREEMENTS.value(agreements, on(2023, 2, 28)));
        assertValue(4, Plan2023.AGREEMENTS.value(agreements, on(2023, 3, 15)));
        assertTrue(Plan2023.AGREEMENTS.isReached(agreements, on(2023, 3, 15)));
    }

    @Test
    void theLatestFigureWinsEvenWhenLower() {
        List<Entry> receivers = List.of(
                Entry.of(on(2023, 2, 28), 1_200_000),
                Entry.of(on(2023, 6, 30), 900_000),
                Entry.of(on(2023, 6, 15), 1_500_000));
        assertValue(1_200_000, Plan2023.RECEIVERS.value(receivers, on(2023, 6, 1)));
        assertValue(1_500_000, Plan2023.RECEIVERS.value(receivers, on(2023, 6, 20)));
        // by date, not by the order given
        assertValue(900_000, Plan2023.RECEIVERS.value(receivers, on(2023, 7, 1)));
    }

    @Test
    void amongEntriesOfTheSameDayTheLastGivenIsTheLatest() {
        List<Entry> receivers = List.of(Entry.of(on(2023, 6, 30), 1_000_000), Entry.of(on(2023, 6, 30), 1_100_000));
        assertValue(1_100_000, Plan2023.RECEIVERS.value(receivers, on(2023, 6, 30)));
    }

    @Test
    void withdrawnAndFutureEntriesDoNotCount() {
        List<Entry> sessions = List.of(
                Entry.of(on(2023, 2, 18), 1), Entry.of(on(2023, 5, 18), 1).withdraw(), Entry.of(on(2023, 8, 17), 1));
        assertValue(1, Plan2023.SESSIONS.value(sessions, on(2023, 8, 16)));
        assertValue(2, Plan2023.SESSIONS.value(sessions, on(2023, 8, 17)));

        List<Entry> receivers = List.of(
                Entry.of(on(2023, 2, 28), 800_000),
                Entry.of(on(2023, 6, 30), 2_000_000).withdraw());
        assertValue(800_000, Plan2023.RECEIVERS.value(receivers, on(2023, 7, 1)));
    }

    @Test
    void noEntriesComeToZero() {
        assertValue(0, Plan2023.SESSIONS.value(List.of(), on(2023, 12, 31)));
        assertValue(0, Plan2023.RECEIVERS.value(List.of(), on(2023, 12, 31)));
        assertValue(0, Plan2023.PLATFORM_V2.value(List.of(), on(2023, 12, 31)));
    }

    @Test
    void aMilestoneIsItsLatestDoneOrNotDone() {
        List<Entry> reopened = List.of(Entry.done(on(2023, 3, 20)), Entry.notDone(on(2023, 3, 27)));
        assertTrue(Plan2023.PLATFORM_V2.isReached(reopened, on(2023, 3, 26)));
        assertFalse(Plan2023.PLATFORM_V2.isReached(reopened, on(2023, 3, 27)));
        assertEquals(Target.Kind.MILESTONE, Plan2023.PLATFORM_V2.kind());
        assertTrue(Plan2023.PLATFORM_V2.isMilestone());
    }

    @Test
    void aMilestoneEntryOtherThanDoneOrNotDoneIsRefused() {
        List<Entry> count = List.of(Entry.of(on(2023, 3, 20), 5));
        assertThrows(IllegalArgumentException.class, () -> Plan2023.PLATFORM_V2.value(count, on(2023, 3, 31)));
    }

    @Test
    void aQuantityWithoutAUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Target.quantity(4, null, Aggregation.SUM, JANUARY_TO_MARCH));
        assertThrows(IllegalArgumentException.class, () -> Target.quantity(4, "  ", Aggregation.SUM, JANUARY_TO_MARCH));
    }

    @Test
    void aGoalOfZeroOrLessIsRefused() {
        var zero = assertThrows(
                IllegalArgumentException.class,
                () -> Target.quantity(0, "convenios", Aggregation.SUM, JANUARY_TO_MARCH));
        assertTrue(zero.getMessage().contains("goal"), zero.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Target.quantity(-4, "convenios", Aggregation.SUM, JANUARY_TO_MARCH));
    }

    @Test
    void aMilestoneWithAGoalOrUnitIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Target(
                        Target.Kind.MILESTONE, BigDecimal.TEN, "versiones", Aggregation.SUM, JANUARY_TO_MARCH));
    }

    @Test
    void aNegativeEntryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Entry.of(on(2023, 2, 1), -1));
    }
}
