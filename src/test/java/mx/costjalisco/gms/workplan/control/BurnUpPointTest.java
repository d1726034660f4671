package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.Plan2023.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnUpPointTest {

    private static void assertPoint(int month, String actual, String ideal, BurnUpPoint point) {
        assertEquals(YearMonth.of(2023, month), point.month());
        if (actual == null) {
            assertNull(point.actual(), point::toString);
        } else {
            assertEquals(0, new BigDecimal(actual).compareTo(point.actual()), point::toString);
        }
        assertEquals(new BigDecimal(ideal), point.ideal(), point::toString);
    }

    @Test
    void threeMillionReceiversInFebruaryJuneAndNovemberSeenOnTenthOfAugust() {
        List<Entry> entries = List.of(
                Entry.of(on(2023, 2, 28), 800_000),
                Entry.of(on(2023, 6, 20), 1_900_000),
                Entry.of(on(2023, 6, 25), 2_500_000).withdraw(),
                Entry.of(on(2023, 8, 5), 2_100_000),
                Entry.of(on(2023, 8, 20), 2_300_000));

        List<BurnUpPoint> points = BurnUpPoint.series(Plan2023.RECEIVERS, entries, on(2023, 8, 10));

        assertEquals(10, points.size());
        // the ideal line: 28, 58 and 88 of the 88 days; flat between the campaign's months
        assertPoint(2, "800000", "954545.45", points.get(0));
        assertPoint(3, "800000", "954545.45", points.get(1));
        assertPoint(4, "800000", "954545.45", points.get(2));
        assertPoint(5, "800000", "954545.45", points.get(3));
        assertPoint(6, "1900000", "1977272.73", points.get(4));
        assertPoint(7, "1900000", "1977272.73", points.get(5));
        // August as of today: the entry of the 20th is not yet counted
        assertPoint(8, "2100000", "1977272.73", points.get(6));
        assertPoint(9, null, "1977272.73", points.get(7));
        assertPoint(10, null, "1977272.73", points.get(8));
        assertPoint(11, null, "3000000.00", points.get(9));
    }

    @Test
    void sessionsAddUpMonthByMonth() {
        List<Entry> held =
                List.of(Entry.of(on(2023, 2, 18), 1), Entry.of(on(2023, 5, 18), 1), Entry.of(on(2023, 8, 17), 1));

        List<BurnUpPoint> points = BurnUpPoint.series(Plan2023.SESSIONS, held, on(2024, 1, 15));

        assertEquals(12, points.size());
        assertPoint(1, "0", "0.34", points.get(0));
        assertPoint(2, "1", "0.65", points.get(1));
        assertPoint(5, "2", "1.65", points.get(4));
        assertPoint(8, "3", "2.66", points.get(7));
        assertPoint(12, "3", "4.00", points.get(11));
    }

    @Test
    void beforeThePeriodEveryActualIsUnknown() {
        List<BurnUpPoint> points = BurnUpPoint.series(Plan2023.AGREEMENTS, List.of(), on(2022, 12, 20));
        assertEquals(
                List.of(YearMonth.of(2023, 1), YearMonth.of(2023, 2), YearMonth.of(2023, 3)),
                points.stream().map(BurnUpPoint::month).toList());
        points.forEach(point -> assertNull(point.actual()));
        assertEquals(new BigDecimal("4.00"), points.get(2).ideal());
    }
}
