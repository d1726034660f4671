package mx.costjalisco.gms.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.web.Bundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The convocation (PDF and e-mail body) and the attendance list say what art. 18 asks, in Spanish. */
class ConvocationDocumentsTest {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2023, 5, 12, 10, 0, 0, 0, ZoneId.of("America/Mexico_City"));

    private static Meeting secondSession() {
        Meeting meeting = new Meeting(
                MeetingKind.ORDINARY, LocalDateTime.of(2023, 5, 18, 9, 0), LocalDateTime.of(2023, 5, 18, 11, 0));
        meeting.numberAs(2);
        meeting.setPlace("Sala de juntas, Guadalajara");
        meeting.setVideoUrl("https://meet.example.org/gms");
        return meeting;
    }

    private static List<AgendaItem> agenda(Meeting meeting) {
        List<AgendaItem> items = new ArrayList<>();
        List<AgendaTemplate.Point> points = AgendaTemplate.pointsOf(meeting.getKind());
        for (int i = 0; i < points.size(); i++) {
            items.add(AgendaItem.fixedPoint(
                    meeting,
                    (i + 1) * 100,
                    Bundle.text(Bundle.RECORD_LOCALE, points.get(i).titleKey()),
                    points.get(i).minutes()));
            if (i == 4) {
                items.add(new AgendaItem(meeting, "Propuesta de la versión 2 de la plataforma", 30));
            }
        }
        return items;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theConvocationStatesWhatArticle18Requires() throws IOException {
        Meeting meeting = secondSession();
        meeting.convene(NOW.toInstant(), "La fecha se acordó en la sesión anterior y el informe llegó tarde.");
        String text = text(ConvocationPdf.render(meeting, agenda(meeting), List.of(), NOW));
        assertTrue(text.contains("Convocatoria a la 2ª sesión ordinaria 2023"), text);
        assertTrue(text.contains("jueves 18 de mayo de 2023"), text);
        assertTrue(text.contains("9:00 a 11:00 h"), text);
        assertTrue(text.contains("Sala de juntas, Guadalajara"), text);
        assertTrue(text.contains("Ordinaria"), "ordinary or extraordinary");
        assertTrue(text.contains("2ª del año 2023"), "its sequential number");
        assertTrue(text.contains("Propuesta de la versión 2 de la plataforma"), "the agenda");
        assertTrue(text.contains("5.1"), "own items numbered under point 5");
        assertTrue(text.contains("30 min"), "with durations");
        assertTrue(text.contains("La fecha se acordó en la sesión anterior"), "the justification of a late notice");
        assertTrue(text.contains("Página 1 de"), text);
    }

    @Test
    void anOnTimeConvocationPrintsNoJustification() throws IOException {
        Meeting meeting = secondSession();
        String text = text(ConvocationPdf.render(meeting, agenda(meeting), List.of(), NOW));
        assertFalse(text.contains("fuera del plazo"), text);
    }

    @Test
    void theAttendanceListHasARowToSignForEachInstitution() throws IOException {
        Meeting meeting = secondSession();
        List<AttendancePdf.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Institution institution = new Institution();
            institution.setName("Institución número " + i);
            institution.setSector(Sector.GOVERNMENT);
            institution.setType(InstitutionType.AGENCY);
            institution.setJoinedOn(LocalDate.of(2019, 11, 4));
            rows.add(
                    new AttendancePdf.Row(institution, new Person("Titular Núñez " + i, "t" + i + "@x.example"), null));
        }
        byte[] pdf = AttendancePdf.render(meeting, rows, NOW);
        String text = text(pdf);
        assertTrue(text.contains("Lista de asistencia — 2ª sesión ordinaria 2023"), text);
        assertTrue(text.contains("Institución número 30"), text);
        assertTrue(text.contains("Titular Núñez 17"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "30 rows with room to sign take more than a page");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            assertTrue(lastPage.getText(document).contains("Nombre y firma"), "the header repeats");
        }
    }

    @Test
    void theMailBodyCarriesTheSameFactsAndEscapesWhatPeopleTyped() {
        Meeting meeting = secondSession();
        meeting.setPlace("Sala <b>A</b> & B");
        MeetingMail mail = new MeetingMail(
                Bundle.RECORD_LOCALE, meeting, "Se le convoca.", null, agenda(meeting), "http://localhost:8080/x");
        assertTrue(mail.text().contains("Fecha: jueves 18 de mayo de 2023"), mail.text());
        assertTrue(mail.text().contains("Sala <b>A</b> & B"), "plain text as typed");
        assertTrue(mail.html().contains("Sala &lt;b&gt;A&lt;/b&gt; &amp; B"), mail.html());
        assertFalse(mail.html().contains("<b>A</b>"));
        assertEquals(1, mail.html().split("<ol>", -1).length - 1, "one agenda list");
    }
}
