package mx.costjalisco.gms.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesRfc4180WithAHeaderRow() {
        String csv = new Csv("id", "name", "joinedOn")
                .row(1L, "Jalisco Cómo Vamos, Observatorio Ciudadano", LocalDate.of(2019, 11, 4))
                .row(2L, "El \"Colegio\"\nde Jalisco", null)
                .toString();
        assertEquals(
                "id,name,joinedOn\r\n"
                        + "1,\"Jalisco Cómo Vamos, Observatorio Ciudadano\",2019-11-04\r\n"
                        + "2,\"El \"\"Colegio\"\"\nde Jalisco\",\r\n",
                csv);
    }

    @Test
    void neverLetsASpreadsheetRunAFormula() {
        assertEquals("'=1+2", Csv.field("=1+2"));
        assertEquals("'+52 33 3000 0000", Csv.field("+52 33 3000 0000"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("-5", Csv.field(-5), "numbers stay numbers");
    }
}
