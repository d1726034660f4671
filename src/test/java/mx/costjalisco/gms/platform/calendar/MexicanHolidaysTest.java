package mx.costjalisco.gms.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MexicanHolidaysTest {

    private static Map<String, LocalDate> byReason(List<RestDay> days) {
        return days.stream().collect(Collectors.toMap(RestDay::reasonKey, RestDay::date));
    }

    // The Monday holidays, read off a printed calendar for each year.
    @ParameterizedTest(name = "{0}: {1}, {2}, {3}")
    @CsvSource({
        "2023, 2023-02-06, 2023-03-20, 2023-11-20",
        "2024, 2024-02-05, 2024-03-18, 2024-11-18",
        "2025, 2025-02-03, 2025-03-17, 2025-11-17",
        "2026, 2026-02-02, 2026-03-16, 2026-11-16",
        "2027, 2027-02-01, 2027-03-15, 2027-11-15",
        "2028, 2028-02-07, 2028-03-20, 2028-11-20",
        "2029, 2029-02-05, 2029-03-19, 2029-11-19",
        "2030, 2030-02-04, 2030-03-18, 2030-11-18",
        "2031, 2031-02-03, 2031-03-17, 2031-11-17"
    })
    void theMovableHolidaysFallOnTheirMonday(
            int year, LocalDate constitution, LocalDate benitoJuarez, LocalDate revolution) {
        Map<String, LocalDate> days = byReason(MexicanHolidays.federal(year));
        assertEquals(constitution, days.get("restDay.constitution"));
        assertEquals(benitoJuarez, days.get("restDay.benitoJuarez"));
        assertEquals(revolution, days.get("restDay.revolution"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031})
    void theFixedHolidaysKeepTheirDateWhateverTheWeekday(int year) {
        Map<String, LocalDate> days = byReason(MexicanHolidays.federal(year));
        assertEquals(LocalDate.of(year, Month.JANUARY, 1), days.get("restDay.newYear"));
        assertEquals(LocalDate.of(year, Month.MAY, 1), days.get("restDay.labour"));
        assertEquals(LocalDate.of(year, Month.SEPTEMBER, 16), days.get("restDay.independence"));
        assertEquals(LocalDate.of(year, Month.DECEMBER, 25), days.get("restDay.christmas"));
    }

    @ParameterizedTest(name = "{0}: transmission {1}")
    @CsvSource({
        "2018, false",
        "2023, false",
        "2024, true",
        "2025, false",
        "2026, false",
        "2027, false",
        "2028, false",
        "2029, false",
        "2030, true",
        "2031, false",
        "2036, true"
    })
    void firstOctoberIsARestDayOnlyWhenTheExecutiveChangesHands(int year, boolean transmission) {
        List<RestDay> days = MexicanHolidays.federal(year);
        LocalDate october1 = LocalDate.of(year, Month.OCTOBER, 1);
        assertEquals(transmission, days.stream().anyMatch(day -> day.date().equals(october1)));
        assertEquals(transmission ? 8 : 7, days.size());
        assertEquals(transmission, MexicanHolidays.isTransmissionYear(year));
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031})
    void federalDaysAreSortedAndHaveNoDescription(int year) {
        List<RestDay> days = MexicanHolidays.federal(year);
        for (int i = 1; i < days.size(); i++) {
            assertTrue(days.get(i - 1).date().isBefore(days.get(i).date()), days.toString());
        }
        for (RestDay day : days) {
            assertEquals(RestDay.Origin.FEDERAL, day.origin());
            assertEquals(year, day.date().getYear());
            assertNull(day.description());
        }
    }

    @Test
    void stateDaysAreOnlyTheObservedOnesSorted() {
        List<RestDay> days = MexicanHolidays.state(
                2024, EnumSet.of(StateRestDay.NOVEMBER_2, StateRestDay.MAY_5, StateRestDay.SECOND_MONDAY_OF_JUNE));
        assertEquals(
                List.of(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 11, 2)),
                days.stream().map(RestDay::date).toList());
        assertEquals(
                List.of("restDay.state.may5", "restDay.state.secondMondayOfJune", "restDay.state.november2"),
                days.stream().map(RestDay::reasonKey).toList());
        assertTrue(days.stream().allMatch(day -> day.origin() == RestDay.Origin.STATE));
        assertTrue(MexicanHolidays.state(2024, Set.of()).isEmpty());
    }

    @Test
    void theAnniversaryIsLeftOutOfTheYearsBeforeTheReform() {
        List<RestDay> days = MexicanHolidays.state(2022, StateRestDay.defaults());
        assertEquals(4, days.size());
        assertFalse(days.stream().anyMatch(day -> day.date().getMonth() == Month.JUNE));
    }
}
