package mx.costjalisco.gms.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateRestDayTest {

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031})
    void theFixedStateDaysKeepTheirDate(int year) {
        assertEquals(Optional.of(LocalDate.of(year, 5, 5)), StateRestDay.MAY_5.on(year));
        assertEquals(Optional.of(LocalDate.of(year, 9, 28)), StateRestDay.SEPTEMBER_28.on(year));
        assertEquals(Optional.of(LocalDate.of(year, 10, 12)), StateRestDay.OCTOBER_12.on(year));
        assertEquals(Optional.of(LocalDate.of(year, 11, 2)), StateRestDay.NOVEMBER_2.on(year));
    }

    // From 2024 the anniversary is the second Monday of June, read off a printed calendar.
    @ParameterizedTest
    @CsvSource({
        "2024, 2024-06-10",
        "2025, 2025-06-09",
        "2026, 2026-06-08",
        "2027, 2027-06-14",
        "2028, 2028-06-12",
        "2029, 2029-06-11",
        "2030, 2030-06-10",
        "2031, 2031-06-09"
    })
    void theAnniversaryIsTheSecondMondayOfJune(int year, LocalDate expected) {
        LocalDate day = StateRestDay.SECOND_MONDAY_OF_JUNE.on(year).orElseThrow();
        assertEquals(expected, day);
        assertEquals(DayOfWeek.MONDAY, day.getDayOfWeek());
    }

    @Test
    void theBicentenaryItselfWasTheRestDayOf2023() {
        assertEquals(Optional.of(LocalDate.of(2023, 6, 16)), StateRestDay.SECOND_MONDAY_OF_JUNE.on(2023));
    }

    @Test
    void thereIsNoAnniversaryRestDayBeforeTheReform() {
        assertEquals(Optional.empty(), StateRestDay.SECOND_MONDAY_OF_JUNE.on(2022));
        assertEquals(Optional.empty(), StateRestDay.SECOND_MONDAY_OF_JUNE.on(2000));
        assertEquals(Optional.of(LocalDate.of(2022, 5, 5)), StateRestDay.MAY_5.on(2022));
    }

    @Test
    void everyStateDayIsObservedByDefaultAndTheDefaultsCannotBeChanged() {
        assertEquals(EnumSet.allOf(StateRestDay.class), StateRestDay.defaults());
        assertThrows(
                UnsupportedOperationException.class,
                () -> StateRestDay.defaults().remove(StateRestDay.SECOND_MONDAY_OF_JUNE));
    }

    @Test
    void eachStateDayHasItsOwnReasonKey() {
        assertEquals("restDay.state.may5", StateRestDay.MAY_5.reasonKey());
        assertEquals("restDay.state.secondMondayOfJune", StateRestDay.SECOND_MONDAY_OF_JUNE.reasonKey());
        assertEquals(
                StateRestDay.values().length,
                EnumSet.allOf(StateRestDay.class).stream()
                        .map(StateRestDay::reasonKey)
                        .distinct()
                        .count());
    }
}
