package mx.costjalisco.gms.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Sector;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    private static Map<String, Object> state(Object... pairs) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            state.put((String) pairs[i], pairs[i + 1]);
        }
        return state;
    }

    @Test
    void keepsOnlyTheFieldsThatChangedInTheRecordsOrder() {
        List<FieldChange> changes = FieldChange.between(
                state("name", "CMIC", "sector", Sector.PRIVATE, "leftOn", null),
                state("name", "CMIC Jalisco", "sector", Sector.PRIVATE, "leftOn", LocalDate.of(2025, 3, 31)));
        assertEquals(
                List.of(new FieldChange("name", "CMIC", "CMIC Jalisco"), new FieldChange("leftOn", null, "2025-03-31")),
                changes);
    }

    @Test
    void anEmptyTextIsNoValue() {
        assertTrue(FieldChange.between(state("acronym", null), state("acronym", ""))
                .isEmpty());
    }

    @Test
    void aNewRecordListsEveryFieldItHas() {
        assertEquals(
                List.of(new FieldChange("name", null, "UdeG"), new FieldChange("observer", null, "false")),
                FieldChange.created(state("name", "UdeG", "notes", null, "observer", false)));
    }

    @Test
    void survivesTheTripThroughTheDatabaseAsJson() {
        List<FieldChange> changes = List.of(
                new FieldChange("name", "Ayuntamiento \"A\"", "Ayuntamiento de Zapopan — ñ"),
                new FieldChange("notes", "x", null));
        assertEquals(changes, FieldChange.fromJson(FieldChange.toJson(changes)));
        assertEquals(List.of(), FieldChange.fromJson(null));
    }
}
