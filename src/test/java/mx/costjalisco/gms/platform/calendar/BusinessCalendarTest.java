package mx.costjalisco.gms.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

    private static final List<RestDay> HOLY_WEEK_2023 =
            RestDay.declared(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 7), "Semana Santa");
    private static final List<RestDay> YEAR_END_2025 =
            RestDay.declared(LocalDate.of(2025, 12, 26), LocalDate.of(2025, 12, 31), "Vacaciones de fin de año");

    private static final BusinessCalendar FEDERAL = BusinessCalendar.federalOnly();
    private static final BusinessCalendar JALISCO = new BusinessCalendar(StateRestDay.defaults(), List.of());

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aSessionOnThursday18May2023IsConvenedOnWednesday10MayAtTheLatest() {
        BusinessCalendar withHolyWeek = new BusinessCalendar(StateRestDay.defaults(), HOLY_WEEK_2023);
        for (BusinessCalendar calendar : List.of(FEDERAL, JALISCO, withHolyWeek)) {
            assertEquals(day("2023-05-10"), calendar.latestNoticeDay(day("2023-05-18"), 5));
            assertEquals(5, calendar.businessDaysBetween(day("2023-05-10"), day("2023-05-18")));
            assertEquals(4, calendar.businessDaysBetween(day("2023-05-11"), day("2023-05-18")));
        }
    }

    @Test
    void holyWeekPushesTheDeadlineOfASessionRightAfterItBackBeforeIt() {
        BusinessCalendar withHolyWeek = new BusinessCalendar(StateRestDay.defaults(), HOLY_WEEK_2023);
        // Between: 11 and 10 April, then 31, 30 and 29 March.
        assertEquals(day("2023-03-28"), withHolyWeek.latestNoticeDay(day("2023-04-12"), 5));
        assertEquals(day("2023-04-04"), JALISCO.latestNoticeDay(day("2023-04-12"), 5));
        assertEquals(day("2023-04-10"), withHolyWeek.nextBusinessDay(day("2023-03-31")));
        assertFalse(withHolyWeek.isBusinessDay(day("2023-04-05")));
    }

    // Friday 1 May 2026 and Tuesday 5 May 2026: the state day matters only where it is observed.
    @ParameterizedTest(name = "session {0}: federal {1}, Jalisco {2}")
    @CsvSource({
        "2026-05-12, 2026-05-04, 2026-04-30",
        "2023-05-12, 2023-05-04, 2023-05-03",
        // 5 May 2029 is a Saturday, so only 1 May is stepped over.
        "2029-05-08, 2029-04-27, 2029-04-27"
    })
    void theDeadlineStepsOverTheMayRestDays(LocalDate session, LocalDate federalDeadline, LocalDate jaliscoDeadline) {
        assertEquals(federalDeadline, FEDERAL.latestNoticeDay(session, 5));
        assertEquals(jaliscoDeadline, JALISCO.latestNoticeDay(session, 5));
        assertEquals(5, JALISCO.businessDaysBetween(jaliscoDeadline, session));
    }

    @Test
    void theDeadlineOfAnEarlyJanuarySessionFallsBeforeChristmasAndTheDeclaredVacation() {
        BusinessCalendar withVacation = new BusinessCalendar(StateRestDay.defaults(), YEAR_END_2025);
        // Between: 2 January, then 24, 23, 22 and 19 December.
        assertEquals(day("2025-12-18"), withVacation.latestNoticeDay(day("2026-01-05"), 5));
        assertEquals(5, withVacation.businessDaysBetween(day("2025-12-18"), day("2026-01-05")));
        assertEquals(day("2025-12-24"), JALISCO.latestNoticeDay(day("2026-01-05"), 5));
        assertEquals(day("2026-01-02"), withVacation.nextBusinessDay(day("2025-12-24")));
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031})
    void everyDeadlineOfTheYearIsTheLatestBusinessDayLeavingFiveWholeDays(int year) {
        for (LocalDate session = LocalDate.of(year, 1, 1); session.getYear() == year; session = session.plusDays(1)) {
            LocalDate notice = JALISCO.latestNoticeDay(session, 5);
            assertTrue(JALISCO.isBusinessDay(notice), () -> "notice " + notice);
            assertTrue(JALISCO.businessDaysBetween(notice, session) >= 5, () -> "notice " + notice);
            LocalDate later = JALISCO.nextBusinessDay(notice);
            assertTrue(JALISCO.businessDaysBetween(later, session) < 5, () -> "notice " + later + " also works");
        }
    }

    @Test
    void aHolidayOnAWeekendIsNotMovedToAWorkingDay() {
        assertFalse(FEDERAL.isBusinessDay(day("2023-01-01")));
        assertTrue(FEDERAL.restDay(day("2023-01-01")).isPresent(), "a Sunday New Year is still a rest day");
        assertTrue(FEDERAL.isBusinessDay(day("2023-01-02")));
        assertEquals(Optional.empty(), FEDERAL.restDay(day("2023-01-02")));
        assertEquals(day("2022-12-30"), FEDERAL.previousBusinessDay(day("2023-01-02")));
        // Independence Day 2023 and Christmas 2027 were Saturdays: the Friday before and Monday after are worked.
        assertTrue(FEDERAL.isBusinessDay(day("2023-09-15")));
        assertTrue(FEDERAL.isBusinessDay(day("2023-09-18")));
        assertTrue(FEDERAL.isBusinessDay(day("2027-12-24")));
        assertTrue(FEDERAL.isBusinessDay(day("2027-12-27")));
    }

    @Test
    void firstOctoberIsARestDayOnlyInTransmissionYears() {
        assertFalse(FEDERAL.isBusinessDay(day("2024-10-01")));
        assertEquals(
                "restDay.transmission",
                FEDERAL.restDay(day("2024-10-01")).orElseThrow().reasonKey());
        assertTrue(FEDERAL.isBusinessDay(day("2025-10-01")));
        assertFalse(FEDERAL.isBusinessDay(day("2030-10-01")));
    }

    @Test
    void theMovableHolidaysAreNotBusinessDays() {
        assertEquals(day("2023-02-07"), FEDERAL.nextBusinessDay(day("2023-02-03")));
        assertFalse(FEDERAL.isBusinessDay(day("2024-03-18")));
        assertFalse(FEDERAL.isBusinessDay(day("2026-11-16")));
        assertTrue(FEDERAL.isBusinessDay(day("2026-11-17")));
    }

    @Test
    void theSecretaryCanSwitchTheAnniversaryOfJaliscoOff() {
        Set<StateRestDay> withoutAnniversary = EnumSet.allOf(StateRestDay.class);
        withoutAnniversary.remove(StateRestDay.SECOND_MONDAY_OF_JUNE);
        BusinessCalendar switchedOff = new BusinessCalendar(withoutAnniversary, List.of());

        assertFalse(JALISCO.isBusinessDay(day("2024-06-10")));
        assertEquals(
                RestDay.Origin.STATE,
                JALISCO.restDay(day("2024-06-10")).orElseThrow().origin());
        assertTrue(switchedOff.isBusinessDay(day("2024-06-10")));
        assertTrue(FEDERAL.isBusinessDay(day("2024-06-10")));
        assertFalse(switchedOff.isBusinessDay(day("2026-05-05")), "the other state days stay");
    }

    @Test
    void federalWinsOverStateWhichWinsOverDeclared() {
        List<RestDay> declared = List.of(
                RestDay.declared(day("2025-12-25"), "Navidad"),
                RestDay.declared(day("2026-05-05"), "Puente"),
                RestDay.declared(day("2026-05-06"), "Puente"));
        BusinessCalendar jalisco = new BusinessCalendar(StateRestDay.defaults(), declared);
        BusinessCalendar federal = new BusinessCalendar(Set.of(), declared);

        assertEquals(
                new RestDay(day("2025-12-25"), RestDay.Origin.FEDERAL, "restDay.christmas", null),
                jalisco.restDay(day("2025-12-25")).orElseThrow());
        assertEquals(
                new RestDay(day("2026-05-05"), RestDay.Origin.STATE, "restDay.state.may5", null),
                jalisco.restDay(day("2026-05-05")).orElseThrow());
        assertEquals(
                new RestDay(day("2026-05-05"), RestDay.Origin.DECLARED, "restDay.declared", "Puente"),
                federal.restDay(day("2026-05-05")).orElseThrow());
        assertEquals(
                RestDay.Origin.DECLARED,
                jalisco.restDay(day("2026-05-06")).orElseThrow().origin());
        assertEquals(Optional.empty(), jalisco.restDay(day("2026-05-07")), "a business day");
        assertEquals(Optional.empty(), jalisco.restDay(day("2026-05-09")), "a plain Saturday");
    }

    @Test
    void theRestDaysOfAYearComeFromEverySourceSortedOncePerDate() {
        List<RestDay> declared = new ArrayList<>(HOLY_WEEK_2023);
        declared.add(RestDay.declared(day("2023-12-25"), "Navidad"));
        List<RestDay> days = new BusinessCalendar(StateRestDay.defaults(), declared).restDays(2023);

        assertEquals(7 + 5 + 5, days.size(), days.toString());
        for (int i = 1; i < days.size(); i++) {
            assertTrue(days.get(i - 1).date().isBefore(days.get(i).date()), days.toString());
        }
        assertEquals(day("2023-01-01"), days.get(0).date());
        assertEquals(RestDay.Origin.FEDERAL, days.get(days.size() - 1).origin());
        assertTrue(days.contains(
                new RestDay(day("2023-06-16"), RestDay.Origin.STATE, "restDay.state.secondMondayOfJune", null)));
        assertTrue(days.containsAll(HOLY_WEEK_2023));
        assertEquals(7, FEDERAL.restDays(2023).size());
    }

    @Test
    void businessDaysBetweenCountsNeitherEnd() {
        assertEquals(1, FEDERAL.businessDaysBetween(day("2023-05-17"), day("2023-05-19")));
        assertEquals(0, FEDERAL.businessDaysBetween(day("2023-05-17"), day("2023-05-18")));
        assertEquals(0, FEDERAL.businessDaysBetween(day("2023-05-18"), day("2023-05-18")));
        assertEquals(0, FEDERAL.businessDaysBetween(day("2023-05-18"), day("2023-05-10")));
        // Friday to Monday: only a weekend between.
        assertEquals(0, FEDERAL.businessDaysBetween(day("2023-05-12"), day("2023-05-15")));
        // All of 2023 is 260 weekdays, of which the federal holidays take 5 (1 January and 16 September are weekends).
        assertEquals(255, FEDERAL.businessDaysBetween(day("2022-12-31"), day("2024-01-01")));
    }

    @Test
    void businessDaysBeforeCountsBackFromTheDayBefore() {
        assertEquals(day("2023-05-17"), FEDERAL.businessDaysBefore(day("2023-05-18"), 1));
        assertEquals(day("2023-05-11"), FEDERAL.businessDaysBefore(day("2023-05-18"), 5));
        assertEquals(day("2023-05-12"), FEDERAL.businessDaysBefore(day("2023-05-15"), 1));
        assertEquals(day("2023-05-04"), JALISCO.businessDaysBefore(day("2023-05-08"), 1));
        assertEquals(day("2023-12-29"), FEDERAL.previousBusinessDay(day("2024-01-02")));
        assertEquals(day("2024-01-02"), FEDERAL.nextBusinessDay(day("2023-12-29")));
        assertThrows(IllegalArgumentException.class, () -> FEDERAL.businessDaysBefore(day("2023-05-18"), 0));
    }

    @Test
    void withNoWholeDaysRequiredTheNoticeIsDueTheBusinessDayBefore() {
        assertEquals(day("2023-05-12"), FEDERAL.latestNoticeDay(day("2023-05-15"), 0));
        assertThrows(IllegalArgumentException.class, () -> FEDERAL.latestNoticeDay(day("2023-05-15"), -1));
    }

    @Test
    void onlyDeclaredDaysAreAcceptedAsDeclared() {
        RestDay christmas = MexicanHolidays.federal(2023).get(6);
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(Set.of(), List.of(christmas)));
    }

    @Test
    void changingTheArgumentsLaterDoesNotChangeTheCalendar() {
        Set<StateRestDay> observed = EnumSet.of(StateRestDay.MAY_5);
        List<RestDay> declared = new ArrayList<>(HOLY_WEEK_2023);
        BusinessCalendar calendar = new BusinessCalendar(observed, declared);
        observed.clear();
        declared.clear();

        assertFalse(calendar.isBusinessDay(day("2023-05-05")));
        assertFalse(calendar.isBusinessDay(day("2023-04-05")));
        assertEquals(Set.of(StateRestDay.MAY_5), calendar.observedStateDays());
    }
}
