package mx.costjalisco.gms.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot;
import org.junit.jupiter.api.Test;

class PublicationFiguresTest {

    private static final ZoneId GUADALAJARA = ZoneId.of("America/Mexico_City");

    private static DisclosureSnapshot snapshot(String at, int projects, String completeness) {
        return new DisclosureSnapshot(1L, 7L, Instant.parse(at), projects, new BigDecimal(completeness));
    }

    @Test
    void theHistoryKeepsTheLastSnapshotOfEachDayInTheGmsTimeZone() {
        List<PublicationFigures.Day> days = PublicationFigures.history(
                List.of(
                        snapshot("2026-11-30T16:00:00Z", 2, "41.0"),
                        snapshot("2026-11-30T20:00:00Z", 3, "43.6"),
                        // 03:00 UTC on 1 December is still 30 November in Guadalajara
                        snapshot("2026-12-01T03:00:00Z", 4, "44.9"),
                        snapshot("2026-12-01T15:00:00Z", 4, "44.9")),
                GUADALAJARA);
        assertEquals(
                List.of(
                        new PublicationFigures.Day(LocalDate.of(2026, 11, 30), 4, new BigDecimal("44.9")),
                        new PublicationFigures.Day(LocalDate.of(2026, 12, 1), 4, new BigDecimal("44.9"))),
                days);
        assertEquals(List.of(), PublicationFigures.history(List.of(), GUADALAJARA));
    }

    @Test
    void theFiguresAverageThePointsAsTheSnapshotsDo() {
        PublicationFigures figures = PublicationFigures.of(
                new Object[] {7L, 3L, 26.0, java.sql.Date.valueOf("2023-05-02"), 12L},
                Map.of(12L, Instant.parse("2026-12-01T03:00:00Z")),
                GUADALAJARA);
        assertEquals(3, figures.projects());
        assertEquals(new BigDecimal("66.7"), figures.completeness(), "26 of 39 points");
        assertEquals(Snapshots.percent(26.0), figures.completeness());
        assertEquals(LocalDate.of(2023, 5, 2), figures.firstPublishedOn());
        assertEquals(LocalDate.of(2026, 11, 30), figures.lastUpdatedOn(), "the import's day in Guadalajara");
        assertSame(
                PublicationFigures.NONE,
                PublicationFigures.of(new Object[] {7L, 0L, null, null, null}, Map.of(), GUADALAJARA));
        assertNull(PublicationFigures.NONE.completeness(), "no average of no projects");
    }

    @Test
    void theDaysOfADateOrAnInstantInTheGmsTimeZone() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertEquals(day, PublicationFigures.day(day, GUADALAJARA));
        assertEquals(day, PublicationFigures.day(java.sql.Date.valueOf(day), GUADALAJARA));
        assertEquals(day, PublicationFigures.day(Instant.parse("2026-12-01T05:59:00Z"), GUADALAJARA));
        assertNull(PublicationFigures.day(null, GUADALAJARA));
    }
}
