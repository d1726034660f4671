package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.MEMBER;
import static mx.costjalisco.gms.it.DemoAccounts.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions end to end, over HTTP, with a real SMTP server (GreenMail in this JVM on port 3025, where the pom points
 * the deployment): scheduling, the agenda, the convocation reaching every titular and suplente once with its PDF and
 * calendar invitation, a reschedule and a cancellation of the same event, delivery after the server comes back, the
 * five-business-day rule, bad input, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern MEETING_ID = Pattern.compile("meetings/meeting\\.xhtml\\?id=(\\d+)");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    private static Smtp smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = Smtp.started();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private WebClient signedIn(String email) throws Exception {
        return WebClient.signedIn(base, email);
    }

    /** Schedules a meeting through the form; returns its id. */
    private static long schedule(WebClient secretary, String kind, LocalDate day, String place, String video) {
        WebClient.Page saved = secretary.ajax(
                secretary.get("meetings/edit/meeting.xhtml"),
                "form",
                "form:save",
                meetingForm(kind, day, place, video));
        String location = saved.location();
        assertNotNull(location, "scheduled: " + saved.text());
        Matcher id = MEETING_ID.matcher(location);
        assertTrue(id.find(), location);
        return Long.parseLong(id.group(1));
    }

    private static Map<String, String> meetingForm(String kind, LocalDate day, String place, String video) {
        Map<String, String> form = new HashMap<>();
        form.put("form:kind", kind);
        form.put("form:day_input", day.format(DAY));
        form.put("form:startTime_input", "09:00");
        form.put("form:endTime_input", "11:00");
        form.put("form:place", place);
        form.put("form:videoUrl", video);
        form.put("form:notes", "");
        form.put("form:liaisonDay_input", "");
        form.put("form:liaisonTime_input", "10:00");
        return form;
    }

    private static void addItem(WebClient secretary, long meetingId, String title) {
        WebClient.Page agenda = secretary.get("meetings/edit/agenda.xhtml?id=" + meetingId);
        WebClient.Page added = secretary.ajax(
                agenda,
                "itemForm",
                "itemForm:saveItem",
                Map.of("itemForm:title", title, "itemForm:description", "", "itemForm:minutes_hinput", "20"));
        assertTrue(added.text().contains(title), added.text());
    }

    /** Presses "Enviar la convocatoria" and then "Enviar ahora"; returns the answer to the second. */
    private static WebClient.Page convene(WebClient secretary, long meetingId, String justification) {
        WebClient.Page meeting = secretary.get("meetings/meeting.xhtml?id=" + meetingId);
        secretary.ajax(meeting, "actions", "actions:convene", "actions:convene", Map.of());
        return secretary.ajax(
                meeting, "conveneForm", "conveneForm:send", Map.of("conveneForm:justification", justification));
    }

    /** Every current titular's and suplente's name, from the public composition. */
    private Set<String> representatives() throws Exception {
        String json = new WebClient(base.toURI()).get("api/v1/institutions").body();
        JsonArray institutions = Json.createReader(new StringReader(json)).readArray();
        Set<String> names = new HashSet<>();
        for (JsonValue value : institutions) {
            for (JsonValue rep : value.asJsonObject().getJsonArray("representatives")) {
                JsonObject r = rep.asJsonObject();
                if ("PRIMARY".equals(r.getString("role")) || "ALTERNATE".equals(r.getString("role"))) {
                    names.add(r.getString("name"));
                }
            }
        }
        return names;
    }

    private static List<MimeMessage> awaitSubject(String subjectStart, int count, Duration timeout) {
        return smtp.await(Mails.subjectStartingWith(subjectStart), count, timeout);
    }

    private static List<MimeMessage> withSubject(String subjectStart) {
        return smtp.received(Mails.subjectStartingWith(subjectStart));
    }

    private static String text(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static VEvent event(MimeMessage message, String method) throws Exception {
        Part calendarPart = Mails.parts(message).stream()
                .filter(p -> {
                    try {
                        return p.getContentType().toLowerCase().startsWith("text/calendar");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text/calendar part"));
        assertTrue(
                calendarPart.getContentType().toLowerCase().contains("method=" + method.toLowerCase()),
                calendarPart.getContentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(text(calendarPart.getInputStream())));
        assertEquals(method, calendar.getMethod().getValue());
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String uid(VEvent event) {
        return event.getUid().orElseThrow().getValue();
    }

    private static int sequence(VEvent event) {
        return event.getSequence() == null ? 0 : event.getSequence().getSequenceNo();
    }

    private static LocalDate thursdayIn(int weeks) {
        return TODAY.plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    private static long ids;
    private static String uid;
    private static String name;

    @Test
    @Order(1)
    void aConvocationReachesEveryTitularAndSuplenteOnceWithItsPdfAndInvitation() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        long id = schedule(
                secretary, "ORDINARY", thursdayIn(4), "Sala de juntas de prueba", "https://meet.example.org/prueba");
        ids = id;
        String refused = convene(secretary, id, "").text();
        assertTrue(refused.contains("no tiene asuntos propios"), "an agenda without items is refused: " + refused);

        addItem(secretary, id, "Informe de avance del plan de trabajo");
        String answer = convene(secretary, id, "").location();
        assertNotNull(answer, "convened");
        WebClient.Page page = secretary.get("meetings/meeting.xhtml?id=" + id);
        name = page.document().selectFirst("main h1").text();
        assertTrue(page.text().contains("Convocada"), page.text());

        Set<String> representatives = representatives();
        List<MimeMessage> mails = awaitSubject("Convocatoria: " + name, representatives.size(), DELIVERY);
        assertEquals(representatives.size(), mails.size(), "one convocation per titular and suplente");
        assertEquals(representatives, Mails.recipientNames(mails), "to each of them");

        MimeMessage mail = mails.get(0);
        List<Part> parts = Mails.parts(mail);
        Part pdf = parts.stream()
                .filter(p -> {
                    try {
                        return p.isMimeType("application/pdf");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("the convocation as a PDF"));
        try (PDDocument document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertTrue(pdfText.contains("Informe de avance del plan de trabajo"), pdfText);
            assertTrue(pdfText.contains("Sala de juntas de prueba"), pdfText);
        }
        String plain = parts.stream()
                .filter(p -> {
                    try {
                        return p.isMimeType("text/plain");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .map(p -> {
                    try {
                        return (String) p.getContent();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertTrue(plain.contains("Informe de avance del plan de trabajo"), plain);
        assertTrue(plain.contains("meetings/meeting.xhtml?id=" + id), "a link to the meeting's page");
        VEvent event = event(mail, "REQUEST");
        uid = uid(event);
        assertEquals(0, sequence(event));
        assertTrue(event.getAttendees().size() >= representatives.size(), "ATTENDEE lines");

        Thread.sleep(QUIET.toMillis());
        assertEquals(
                representatives.size(), withSubject("Convocatoria: " + name).size(), "none twice");
        WebClient.Page delivered = secretary.get("meetings/meeting.xhtml?id=" + id);
        assertTrue(delivered.text().contains("Enviado"), "the delivery shows per recipient");
    }

    @Test
    @Order(2)
    void aRescheduleIsAnUpdateOfTheSameEventAndACancellationRemovesIt() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        WebClient.Page edit = secretary.get("meetings/edit/meeting.xhtml?id=" + ids);
        Map<String, String> moved = meetingForm(
                "ORDINARY", thursdayIn(4).plusDays(1), "Sala de juntas de prueba", "https://meet.example.org/prueba");
        moved.put("form:reason", "Coincidía con un acto oficial");
        moved.put("form:justification", "");
        assertNotNull(secretary.ajax(edit, "form", "form:save", moved).location(), "moved");
        String newName = secretary
                .get("meetings/meeting.xhtml?id=" + ids)
                .document()
                .selectFirst("main h1")
                .text();
        int count = representatives().size();
        List<MimeMessage> updates = awaitSubject("Cambio: " + newName, count, DELIVERY);
        assertEquals(count, updates.size());
        VEvent update = event(updates.get(0), "REQUEST");
        assertEquals(uid, uid(update), "the same calendar event");
        assertEquals(1, sequence(update), "a higher sequence");

        WebClient.Page meeting = secretary.get("meetings/meeting.xhtml?id=" + ids);
        WebClient.Page cancelled = secretary.ajax(
                meeting, "cancelForm", "cancelForm:confirmCancel", Map.of("cancelForm:cancelReason", "Se reprograma"));
        assertNotNull(cancelled.location(), cancelled.text());
        List<MimeMessage> cancellations = awaitSubject("Cancelada: " + newName, count, DELIVERY);
        assertEquals(count, cancellations.size());
        VEvent cancel = event(cancellations.get(0), "CANCEL");
        assertEquals(uid, uid(cancel));
        assertEquals(2, sequence(cancel));
    }

    @Test
    @Order(3)
    void withTheMailServerDownTheConvocationWaitsAndGoesOutOnceWhenItIsBack() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        long id = schedule(secretary, "EXTRAORDINARY", thursdayIn(5), "Sala B", "");
        addItem(secretary, id, "Asunto urgente de prueba");
        smtp.stop();
        try {
            assertNotNull(convene(secretary, id, "").location());
            String title = secretary
                    .get("meetings/meeting.xhtml?id=" + id)
                    .document()
                    .selectFirst("main h1")
                    .text();
            Thread.sleep(6000);
            String waiting = secretary.get("meetings/meeting.xhtml?id=" + id).text();
            assertTrue(waiting.contains("En cola"), "the messages wait: " + waiting);
            assertFalse(waiting.contains("Enviado"), waiting);
            smtp.start();
            int count = representatives().size();
            List<MimeMessage> mails = awaitSubject("Convocatoria: " + title, count, DELIVERY);
            assertEquals(count, mails.size(), "delivered once the server is back");
            Thread.sleep(QUIET.toMillis());
            assertEquals(count, withSubject("Convocatoria: " + title).size(), "and none twice");
            assertEquals(count, Mails.recipientNames(mails).size());
        } finally {
            smtp.start();
        }
    }

    @Test
    @Order(4)
    void aLateConvocationNeedsAJustificationWhichIsPrintedOnIt() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        long id = schedule(secretary, "EXTRAORDINARY", TODAY.plusDays(3), "Sala C", "");
        addItem(secretary, id, "Asunto de último momento");
        String refused = convene(secretary, id, "").text();
        assertTrue(refused.contains("El plazo para convocar venció"), refused);
        assertTrue(secretary.get("meetings/meeting.xhtml?id=" + id).text().contains("Programada"), "nothing sent");
        assertNotNull(convene(secretary, id, "Lo pidió la Presidencia por un asunto urgente.")
                .location());
        byte[] pdf = download(secretary, "meetings/files/convocation/" + id + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Lo pidió la Presidencia por un asunto urgente."), text);
            assertTrue(text.contains("fuera del plazo"), text);
        }
    }

    @Test
    @Order(5)
    void badInputGetsAClearSpanishMessage() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        WebClient.Page form = secretary.get("meetings/edit/meeting.xhtml");
        String video = secretary
                .ajax(form, "form", "form:save", meetingForm("ORDINARY", thursdayIn(6), "", "meet example"))
                .text();
        assertTrue(video.contains("El enlace de videollamada no es válido"), video);
        String past = secretary
                .ajax(form, "form", "form:save", meetingForm("ORDINARY", TODAY.minusDays(10), "Sala", ""))
                .text();
        assertTrue(past.contains("La fecha ya pasó"), past);
        Map<String, String> lateLiaison = meetingForm("ORDINARY", thursdayIn(6), "Sala", "");
        lateLiaison.put("form:liaisonDay_input", thursdayIn(6).plusDays(2).format(DAY));
        String liaison = secretary.ajax(form, "form", "form:save", lateLiaison).text();
        assertTrue(liaison.contains("La reunión de enlaces debe celebrarse antes de la sesión"), liaison);
        String nowhere = secretary
                .ajax(form, "form", "form:save", meetingForm("ORDINARY", thursdayIn(6), "", ""))
                .text();
        assertTrue(nowhere.contains("Indique el lugar"), nowhere);
    }

    @Test
    @Order(6)
    void membersReadTheCalendarButOnlyTheSecretaryPlansAndTheSessionsArePublic() throws Exception {
        WebClient member = signedIn(MEMBER);
        assertEquals(200, member.get("meetings/calendar.xhtml?year=2023").status());
        WebClient.Page held = member.get("meetings/calendar.xhtml?year=2023");
        assertTrue(held.text().contains("2ª sesión ordinaria 2023"), held.text());
        assertEquals(403, member.get("meetings/edit/meeting.xhtml").status());
        assertEquals(403, member.get("meetings/edit/agenda.xhtml?id=" + ids).status());
        assertEquals(403, member.get("meetings/edit/attendance.xhtml?id=" + ids).status());
        assertEquals(403, member.get("meetings/edit/agreements.xhtml?id=" + ids).status());
        WebClient.Page meeting = member.get("meetings/meeting.xhtml?id=" + ids);
        assertEquals(200, meeting.status());
        assertTrue(meeting.document().select("[id='actions:convene']").isEmpty(), "no convocation button");
        assertTrue(meeting.document().select("[id='deliveries']").isEmpty(), "no delivery details");

        WebClient anonymous = new WebClient(base.toURI());
        assertEquals(302, anonymous.get("meetings/calendar.xhtml").status(), "to the sign-in page");
        assertEquals(
                302, anonymous.get("meetings/files/convocation/" + ids + ".pdf").status());
        JsonArray meetings = Json.createReader(new StringReader(
                        anonymous.get("api/v1/meetings?year=2023").body()))
                .readArray();
        assertEquals(5, meetings.size(), "four ordinary sessions and the extraordinary one of 22 September");
        JsonObject first = meetings.getJsonObject(0);
        assertEquals("2023-02-18T09:00:00-06:00", first.getString("startsAt"));
        assertFalse(first.getBoolean("businessDay"), "18 February 2023 was a Saturday");
        assertEquals("2023-02-10", first.getString("noticeDeadline"));
        assertEquals("2023-05-10", meetings.getJsonObject(1).getString("noticeDeadline"));
        assertTrue(anonymous.get("api/v1/meetings?year=2023&format=csv").body().startsWith("id,kind,"));

        HttpResponse<String> feed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("calendar/gms.ics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertFalse(calendar.getComponents("VEVENT").isEmpty());
        assertFalse(feed.body().contains("ATTENDEE"), "no personal data in the public feed");
        assertFalse(feed.body().contains("meet.example.org"), "nor the video links the public page does not show");
        assertEquals(
                404,
                anonymous
                        .get("calendar/personal/not-a-real-token-at-all-000.ics")
                        .status());
    }

    private static byte[] download(WebClient client, String path) {
        return client.bytes(path);
    }
}
