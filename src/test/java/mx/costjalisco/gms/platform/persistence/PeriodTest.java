package mx.costjalisco.gms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static Period of(LocalDate start, LocalDate end) {
        return new Period() {
            @Override
            public LocalDate getStartsOn() {
                return start;
            }

            @Override
            public LocalDate getEndsOn() {
                return end;
            }
        };
    }

    @Test
    void bothEndsAreIncluded() {
        Period period = of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertTrue(period.isCurrentOn(LocalDate.of(2023, 1, 1)));
        assertTrue(period.isCurrentOn(LocalDate.of(2023, 12, 31)));
        assertFalse(period.isCurrentOn(LocalDate.of(2024, 1, 1)));
        assertFalse(period.isCurrentOn(LocalDate.of(2022, 12, 31)));
        assertTrue(of(LocalDate.of(2023, 1, 1), null).isCurrentOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void onlyAnEndBeforeTheStartIsReversed() {
        assertTrue(Period.isReversed(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 1)));
        assertFalse(Period.isReversed(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 2)));
        assertFalse(Period.isReversed(LocalDate.of(2023, 5, 2), null));
    }

    @Test
    void endingIsRefusedWithTheReasonAndTheField() {
        Period open = of(LocalDate.of(2023, 5, 2), null);
        open.checkCanEnd(LocalDate.of(2023, 5, 2), "endsOn");
        BusinessRuleException reversed =
                assertThrows(BusinessRuleException.class, () -> open.checkCanEnd(LocalDate.of(2023, 5, 1), "endsOn"));
        assertEquals("period.endsBeforeStart", reversed.getMessageKey());
        assertEquals("endsOn", reversed.getField());
        assertEquals(
                "field.required",
                assertThrows(BusinessRuleException.class, () -> open.checkCanEnd(null, "leftOn"))
                        .getMessageKey());
        Period ended = of(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 1));
        assertEquals(
                "period.alreadyEnded",
                assertThrows(BusinessRuleException.class, () -> ended.checkCanEnd(LocalDate.of(2023, 7, 1), "endsOn"))
                        .getMessageKey());
    }
}
