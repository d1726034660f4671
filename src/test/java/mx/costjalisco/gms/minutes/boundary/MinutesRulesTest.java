package mx.costjalisco.gms.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reminder's timing and the archive's file names. */
class MinutesRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 5, 23);
    private static final LocalDate DEADLINE = LocalDate.of(2023, 5, 30);
    private static final LocalDate REMINDER = LocalDate.of(2023, 5, 29);

    @Test
    void theReminderIsDueFromItsDayUntilTheDeadlineOnce() {
        assertFalse(MinutesReminderTimer.isDue(false, ISSUED, DEADLINE, REMINDER, LocalDate.of(2023, 5, 26)));
        assertTrue(MinutesReminderTimer.isDue(false, ISSUED, DEADLINE, REMINDER, REMINDER));
        assertTrue(MinutesReminderTimer.isDue(false, ISSUED, DEADLINE, REMINDER, DEADLINE));
        assertFalse(MinutesReminderTimer.isDue(false, ISSUED, DEADLINE, REMINDER, DEADLINE.plusDays(1)));
        assertFalse(MinutesReminderTimer.isDue(true, ISSUED, DEADLINE, REMINDER, REMINDER));
    }

    @Test
    void aVersionIssuedOnTheReminderDayGetsNoReminderOnTopOfItsOwnNotice() {
        assertFalse(MinutesReminderTimer.isDue(false, REMINDER, DEADLINE, REMINDER, REMINDER));
    }

    @Test
    void anUploadedNameLosesItsPathAndControlCharacters() {
        assertEquals("acta.pdf", MinutesService.safeName("../../etc/acta.pdf"));
        assertEquals("acta firmada.pdf", MinutesService.safeName("C:\\Users\\x\\acta firmada.pdf"));
        assertEquals("actafirmada.pdf", MinutesService.safeName("acta\r\nfirmada\".pdf"));
        assertEquals("archivo.pdf", MinutesService.safeName("/.pdf"));
    }
}
