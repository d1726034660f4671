package mx.costjalisco.gms.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version's content is stored whole and hashed; the same words give the same hash, any change another. */
class MinutesJsonTest {

    static MinutesContent sample() {
        return new MinutesContent(
                MinutesContent.ACTA,
                "2ª sesión ordinaria 2023",
                "Ordinaria",
                LocalDate.of(2023, 5, 18),
                LocalTime.of(9, 0),
                LocalTime.of(11, 0),
                "Sala de juntas \"SIOP\", Guadalajara",
                "Carlos Ruiz Mendoza",
                null,
                List.of(new MinutesContent.Attendee(
                        "Universidad de Guadalajara", "Academia", "Asistió el suplente", "Mariana Estrada", true)),
                "Se declaró el quórum.",
                List.of(new MinutesContent.Item(7, "5.1", "Avance del Plan", "<p>Texto <strong>ñandú</strong></p>")),
                List.of(new MinutesContent.Agreement("GMS-2023-O2-03", "Se aprueba.", "A favor: 9", "Aprobado")),
                List.of(new MinutesContent.Action(
                        "GMS-2023-O2-03",
                        "Presentar la propuesta",
                        "Gobierno del Estado",
                        LocalDate.of(2023, 8, 17),
                        "Concluida")));
    }

    @Test
    void contentReadsBackAsWritten() {
        MinutesContent content = sample();

        assertEquals(content, MinutesJson.read(MinutesJson.write(content)));
    }

    @Test
    void theSameWordsGiveTheSameHash() {
        assertEquals(MinutesJson.hash(MinutesJson.write(sample())), MinutesJson.hash(MinutesJson.write(sample())));
        assertTrue(MinutesJson.hash(MinutesJson.write(sample())).matches("[0-9a-f]{64}"));
    }

    @Test
    void oneChangedCharacterChangesTheHash() {
        MinutesContent changed = sample().withNarrative(7, "<p>Texto <strong>ñandu</strong></p>");

        assertNotEquals(MinutesJson.hash(MinutesJson.write(sample())), MinutesJson.hash(MinutesJson.write(changed)));
    }
}
