package mx.costjalisco.gms.workplan.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the manager types into the plan, refused with the message the form shows beside the field. */
class PlanEditorTest {

    private static final LocalDate MAY_1 = LocalDate.of(2023, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2023, 5, 31);

    private static BusinessRuleException assertRefused(String key, String field, Executable call) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, call);
        assertEquals(key, refused.getMessageKey());
        assertEquals(field, refused.getField());
        return refused;
    }

    @Test
    void aSpanNeedsBothDays() {
        assertRefused("workplan.spanIncomplete", "spans", () -> PlanEditor.checkSpan(null, MAY_31, "spans"));
        assertRefused("workplan.spanIncomplete", "spans", () -> PlanEditor.checkSpan(MAY_1, null, "spans"));
        assertRefused("workplan.spanIncomplete", "spans", () -> PlanEditor.checkSpan(null, null, "spans"));
    }

    @Test
    void aSpanEndingBeforeItBeginsIsRefusedNamingBothDays() {
        BusinessRuleException refused = assertRefused(
                "workplan.spanBackwards", "targetSpans", () -> PlanEditor.checkSpan(MAY_31, MAY_1, "targetSpans"));

        assertArrayEquals(new Object[] {MAY_31, MAY_1}, refused.getArguments());
    }

    @Test
    void aSpanOfOneDayOrMoreIsAccepted() {
        assertDoesNotThrow(() -> PlanEditor.checkSpan(MAY_1, MAY_1, "spans"));
        assertDoesNotThrow(() -> PlanEditor.checkSpan(MAY_1, MAY_31, "spans"));
    }

    @Test
    void aRequiredTextIsStripped() {
        assertEquals("Plan de trabajo 2024", PlanEditor.required("  Plan de trabajo 2024\n", "title", 300));
    }

    @Test
    void aRequiredTextCannotBeBlank() {
        for (String blank : new String[] {null, "", "   ", "\n\t"}) {
            assertRefused("workplan.required", "title", () -> PlanEditor.required(blank, "title", 300));
        }
        assertRefused(
                "workplan.noResponsible",
                "responsible",
                () -> PlanEditor.required(" ", "responsible", 500, "workplan.noResponsible"));
    }

    @Test
    void aRequiredTextLongerThanItsColumnIsRefusedSayingTheLimit() {
        assertEquals("x".repeat(300), PlanEditor.required("x".repeat(300), "title", PlanEditor.TITLE_MAX));
        assertEquals("x".repeat(300), PlanEditor.required(" " + "x".repeat(300) + " ", "title", PlanEditor.TITLE_MAX));

        BusinessRuleException refused = assertRefused(
                "workplan.tooLong", "title", () -> PlanEditor.required("x".repeat(301), "title", PlanEditor.TITLE_MAX));
        assertArrayEquals(new Object[] {300}, refused.getArguments());
    }

    @Test
    void anOptionalTextIsNullWhenBlank() {
        assertNull(PlanEditor.optional(null, "note", 4000));
        assertNull(PlanEditor.optional("  \n ", "note", 4000));
        assertEquals("Nota", PlanEditor.optional(" Nota ", "note", 4000));
    }

    @Test
    void anOptionalTextLongerThanItsColumnIsRefused() {
        BusinessRuleException refused = assertRefused(
                "workplan.tooLong",
                "note",
                () -> PlanEditor.optional("y".repeat(PlanEditor.TEXT_MAX + 1), "note", PlanEditor.TEXT_MAX));
        assertArrayEquals(new Object[] {4000}, refused.getArguments());
    }
}
