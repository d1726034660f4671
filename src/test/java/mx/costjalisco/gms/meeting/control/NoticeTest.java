package mx.costjalisco.gms.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.platform.calendar.BusinessCalendar;
import mx.costjalisco.gms.platform.calendar.RestDay;
import mx.costjalisco.gms.platform.calendar.StateRestDay;
import org.junit.jupiter.api.Test;

/** What the system says about each 2023 session date of the seed (activity VII). */
class NoticeTest {

    private final BusinessCalendar calendar = new BusinessCalendar(StateRestDay.defaults(), List.of());

    @Test
    void theSecondSessionOf18May2023HadToBeConvenedBy10May() {
        Notice notice = Notice.of(calendar, LocalDate.of(2023, 5, 18), 5, LocalDate.of(2023, 5, 2));
        assertEquals(LocalDate.of(2023, 5, 10), notice.deadline());
        assertTrue(notice.businessDay());
        assertFalse(notice.isPassed());
    }

    @Test
    void theFirstSessionOn18February2023FallsOnASaturday() {
        Notice notice = Notice.of(calendar, LocalDate.of(2023, 2, 18), 5, LocalDate.of(2023, 1, 30));
        assertFalse(notice.businessDay(), "a Saturday is flagged");
        assertTrue(notice.restDay().isEmpty(), "a plain weekend, not a holiday");
        assertEquals(LocalDate.of(2023, 2, 10), notice.deadline());
    }

    @Test
    void theThirdAndFourthSessionsAreThursdays() {
        assertEquals(
                LocalDate.of(2023, 8, 9),
                Notice.of(calendar, LocalDate.of(2023, 8, 17), 5, LocalDate.of(2023, 8, 1))
                        .deadline());
        // 16 November 2023: the third Monday of November (20 Nov) comes after it, so no holiday in between
        assertEquals(
                LocalDate.of(2023, 11, 8),
                Notice.of(calendar, LocalDate.of(2023, 11, 16), 5, LocalDate.of(2023, 11, 1))
                        .deadline());
    }

    @Test
    void aDeclaredRestDayPushesTheDeadlineBack() {
        BusinessCalendar withHolyWeek = new BusinessCalendar(
                StateRestDay.defaults(),
                RestDay.declared(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 7), "Semana Santa"));
        assertEquals(
                LocalDate.of(2023, 3, 28),
                Notice.of(withHolyWeek, LocalDate.of(2023, 4, 12), 5, LocalDate.of(2023, 3, 1))
                        .deadline());
    }

    @Test
    void daysLeftCountDownToTheDeadlineAndBelowZeroAfter() {
        LocalDate session = LocalDate.of(2023, 5, 18);
        assertEquals(
                0, Notice.of(calendar, session, 5, LocalDate.of(2023, 5, 10)).daysLeft());
        assertTrue(Notice.of(calendar, session, 5, LocalDate.of(2023, 5, 9)).isNear());
        assertTrue(Notice.of(calendar, session, 5, LocalDate.of(2023, 5, 11)).isPassed());
        assertEquals(
                2, Notice.of(calendar, session, 5, LocalDate.of(2023, 5, 8)).daysLeft(), "9 and 10 May");
    }
}
