package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.ABSENT_MEMBER;
import static mx.costjalisco.gms.it.DemoAccounts.LIAISON;
import static mx.costjalisco.gms.it.DemoAccounts.MEMBER;
import static mx.costjalisco.gms.it.DemoAccounts.PRESIDENT;
import static mx.costjalisco.gms.it.DemoAccounts.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The minutes end to end against the deployed application and a real SMTP server: drafting from the record of the
 * demo's third ordinary session of 2023 (where the Colegio de Ingenieros was absent and Tlajomulco excused), review
 * requests to the representatives of the institutions present only, observations and their answers, a new version
 * that voids earlier approvals, an approval against a version that changed meanwhile, two approvals at the same
 * moment, the approval in session, the archived PDF and its SHA-256 anywhere it is published, and every denial.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinutesIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern MINUTES_ID = Pattern.compile("minutes/(?:edit/)?minutes\\.xhtml\\?id=(\\d+)");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));
    private static final String SESSION = "3ª sesión ordinaria 2023";

    private static Smtp smtp;
    private static long minutesId;
    private static WebClient memberAtVersion1;
    private static WebClient.Page memberPageAtVersion1;

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

    /** The id of a 2023 ordinary session of the demo, from the public calendar's API. */
    private long session2023(int number) throws Exception {
        String json =
                new WebClient(base.toURI()).get("api/v1/meetings?year=2023").body();
        for (JsonValue value : Json.createReader(new StringReader(json)).readArray()) {
            JsonObject meeting = value.asJsonObject();
            if ("ORDINARY".equals(meeting.getString("kind")) && meeting.getInt("number") == number) {
                return meeting.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("No ordinary session " + number + " of 2023 in " + json);
    }

    /** The secretary presses "Redactar el acta" on the session's page; returns the minutes' id. */
    private static long openMinutes(WebClient secretary, long meetingId) {
        WebClient.Page meeting = secretary.get("meetings/meeting.xhtml?id=" + meetingId);
        WebClient.Page opened = secretary.ajax(meeting, "minutesForm", "minutesForm:draftMinutes", Map.of());
        assertNotNull(opened.location(), "opened: " + opened.text());
        Matcher id = MINUTES_ID.matcher(opened.location());
        assertTrue(id.find(), opened.location());
        return Long.parseLong(id.group(1));
    }

    private static void writeNarrative(WebClient secretary, long minutesId, String html) {
        WebClient.Page edit = secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId);
        WebClient.Page saved = secretary.ajax(
                edit, "narrativeForm", "narrativeForm:saveNarrative", Map.of("narrativeForm:narrative_input", html));
        assertTrue(saved.text().contains("Narrativa guardada"), saved.text());
    }

    private static WebClient.Page issue(WebClient secretary, long minutesId, LocalDate deadline, String note) {
        WebClient.Page edit = secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId);
        return secretary.ajax(
                edit,
                "issueForm",
                "issueForm:issue",
                Map.of(
                        "issueForm:deadline_input",
                        deadline == null ? "" : deadline.format(DAY),
                        "issueForm:note",
                        note));
    }

    private static List<MimeMessage> awaitSubject(String subject, int count) {
        return smtp.await(Mails.subjectIs(subject), count, DELIVERY);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A Sunday at least two weeks ahead: never a business day. */
    private static LocalDate sundayAhead() {
        return TODAY.plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    @Test
    @Order(1)
    void reviewRequestsReachTheRepresentativesOfTheInstitutionsPresentOnly() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        minutesId = openMinutes(secretary, session2023(3));
        writeNarrative(
                secretary,
                minutesId,
                "<p style=\"color:red\" onclick=\"x()\">El GMS revisó el <b>avance</b> del plan.<script>alert('x')"
                        + "</script></p><ul><li>Capacitación</li><li>Difusión</li></ul>");

        WebClient.Page issued = issue(secretary, minutesId, sundayAhead(), "");
        assertNotNull(issued.location(), issued.text());
        WebClient.Page minutes = secretary.open(issued.location());
        assertTrue(
                minutes.text().contains("inhábil"), "the deadline on a Sunday moved, and says so: " + minutes.text());
        LocalDate monday = sundayAhead().plusDays(1);
        assertTrue(
                minutes.text().contains(String.valueOf(monday.getDayOfMonth()))
                        || minutes.text().contains("se movió"),
                minutes.text());

        List<MimeMessage> requests = awaitSubject("Acta para revisión: " + SESSION, 8);
        Thread.sleep(4000); // let stragglers arrive: nobody else may get one
        requests = smtp.received(Mails.subjectIs("Acta para revisión: " + SESSION));
        Set<String> names = Mails.recipientNames(requests);
        assertTrue(names.contains("Dra. Silvia Elena Cárdenas Robledo"), "UdeG was present: " + names);
        assertTrue(names.contains("Carlos Alberto Ruiz Mendoza"), "CMIC was present: " + names);
        assertFalse(names.contains("Arturo Velázquez Cárdenas"), "the Colegio de Ingenieros was absent: " + names);
        assertFalse(names.contains("Lucía Fernández Robles"), "the Colegio de Ingenieros was absent: " + names);
        assertFalse(names.contains("Citlali Arellano Mora"), "Tlajomulco excused itself: " + names);
        assertFalse(names.contains("Renata Aguilar Sepúlveda"), "OCOP joined after the session: " + names);
        assertEquals(requests.size(), names.size(), "one request per person");

        String pdf = pdfText(Mails.pdfAttachment(requests.get(0)));
        assertTrue(pdf.contains("avance del plan"), pdf);
        assertTrue(pdf.contains("Capacitación"), pdf);
        assertFalse(pdf.contains("alert"), "scripts are cleaned out: " + pdf);
        assertTrue(pdf.contains("Página 1 de"), pdf);
        assertTrue(Mails.text(requests.get(0)).contains("minutes/minutes.xhtml?id=" + minutesId));

        // The minutes put themselves on the next ordinary session's agenda, at point 3 (art. 19 c).
        Element next =
                minutes.document().select("dd a[href*=meetings/meeting.xhtml]").last();
        assertNotNull(next, minutes.body());
        WebClient.Page nextSession = secretary.get(next.attr("href"));
        assertTrue(
                nextSession.text().contains("Acta de la " + SESSION + " (versión 1)"),
                "point 3 of the next session names the minutes: " + nextSession.text());
    }

    @Test
    @Order(2)
    void membersOfAbsentInstitutionsAndLiaisonsNeitherApproveNorObserve() throws Exception {
        for (String email : List.of(ABSENT_MEMBER, LIAISON)) {
            WebClient.Page page = signedIn(email).get("minutes/minutes.xhtml?id=" + minutesId);
            assertEquals(200, page.status());
            assertFalse(page.body().contains("actions:approve"), email + " sees no approve button");
            assertFalse(page.body().contains("observationForm"), email + " sees no observation form");
        }
        WebClient.Page absent = signedIn(ABSENT_MEMBER).get("minutes/minutes.xhtml?id=" + minutesId);
        assertTrue(absent.text().contains("no representa a ninguna institución presente"), absent.text());
    }

    @Test
    @Order(3)
    void aMemberObservesAndAnEmptyObservationIsRefused() throws Exception {
        WebClient member = signedIn(MEMBER);
        memberAtVersion1 = member;
        memberPageAtVersion1 = member.get("minutes/minutes.xhtml?id=" + minutesId);
        assertTrue(memberPageAtVersion1.body().contains("actions:approve"), memberPageAtVersion1.text());
        assertTrue(memberPageAtVersion1.text().contains("avance"), memberPageAtVersion1.text());

        WebClient.Page empty = member.ajax(
                memberPageAtVersion1,
                "observationForm",
                "observationForm:sendObservation",
                Map.of("observationForm:item_input", "", "observationForm:observation", "   "));
        assertTrue(empty.text().contains("Escriba su observación"), empty.text());

        WebClient.Page observed = member.ajax(
                memberPageAtVersion1,
                "observationForm",
                "observationForm:sendObservation",
                Map.of(
                        "observationForm:item_input", "",
                        "observationForm:observation", "Falta mencionar la difusión en radio."));
        assertTrue(observed.text().contains("Su observación quedó registrada"), observed.text());

        WebClient.Page download = member.get("minutes/files/version/" + minutesId + "/1.pdf");
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").startsWith("application/pdf"));
    }

    @Test
    @Order(4)
    void aNewVersionNeedsEveryObservationAnsweredAndSaysWhatChanged() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        writeNarrative(
                secretary,
                minutesId,
                "<p>El GMS revisó el <b>avance</b> del plan.</p><ul><li>Capacitación</li><li>Difusión en radio y"
                        + " redes</li></ul>");
        WebClient.Page refused = issue(secretary, minutesId, null, "");
        assertTrue(refused.text().contains("Responda todas las observaciones"), refused.text());

        WebClient.Page edit = secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId);
        Element radio = edit.document().selectFirst("input[type=radio][name$=:0:answer]");
        Element button = edit.document().selectFirst("button[id$=:0:saveAnswer]");
        assertNotNull(radio, edit.body());
        assertNotNull(button, edit.body());
        WebClient.Page noReason =
                secretary.ajax(edit, "answerForm", button.id(), Map.of(radio.attr("name"), "NOT_ACCEPTED"));
        assertTrue(noReason.text().contains("Escriba el motivo"), noReason.text());
        WebClient.Page answered =
                secretary.ajax(edit, "answerForm", button.id(), Map.of(radio.attr("name"), "ACCEPTED"));
        assertTrue(answered.text().contains("Respuesta guardada"), answered.text());

        WebClient.Page issued = issue(secretary, minutesId, null, "Se atendió la observación de la UdeG.");
        assertNotNull(issued.location(), issued.text());
        List<MimeMessage> versions = awaitSubject("Nueva versión 2 del acta: " + SESSION, 1);
        String text = Mails.text(versions.get(0));
        assertTrue(text.contains("Qué cambió"), text);
        assertTrue(text.contains("radio"), "the change is shown: " + text);
        assertTrue(text.contains("Se atendió la observación"), text);
    }

    @Test
    @Order(5)
    void anApprovalOfAVersionThatChangedMeanwhileIsRefusedAndCountsForNothing() throws Exception {
        WebClient member = memberAtVersion1;
        // The member's page (same browser session) still shows version 1; the secretary issued version 2 in between.
        WebClient.Page stale = member.ajax(memberPageAtVersion1, "actions", "actions:approve", Map.of());
        assertTrue(stale.text().contains("emitió la versión 2"), stale.text());

        WebClient.Page now = member.get("minutes/minutes.xhtml?id=" + minutesId);
        assertTrue(now.text().contains("aprobaron la versión vigente: 0 /"), now.text());
        assertTrue(now.body().contains("<ins"), "the page shows what changed: " + now.body());
    }

    @Test
    @Order(6)
    void aMemberApprovesOnceForTheInstitution() throws Exception {
        WebClient member = signedIn(MEMBER);
        WebClient.Page page = member.get("minutes/minutes.xhtml?id=" + minutesId);
        WebClient.Page approved = member.ajax(page, "actions", "actions:approve", Map.of());
        assertTrue(approved.text().contains("Universidad de Guadalajara"), approved.text());

        WebClient.Page twice = member.ajax(page, "actions", "actions:approve", Map.of());
        assertTrue(twice.text().contains("Su institución ya aprobó esta versión"), twice.text());
        WebClient.Page after = member.get("minutes/minutes.xhtml?id=" + minutesId);
        assertTrue(after.text().contains("aprobaron la versión vigente: 1 /"), after.text());
        assertFalse(after.body().contains("actions:approve"));
    }

    @Test
    @Order(7)
    void twoMembersApprovingAtTheSameMomentBothCount() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        long other = openMinutes(secretary, session2023(4));
        writeNarrative(secretary, other, "<p>Se presentó el informe anual.</p>");
        assertNotNull(issue(secretary, other, null, "").location());
        WebClient udeg = signedIn(MEMBER);
        WebClient cmic = signedIn(PRESIDENT);
        WebClient.Page udegPage = udeg.get("minutes/minutes.xhtml?id=" + other);
        WebClient.Page cmicPage = cmic.get("minutes/minutes.xhtml?id=" + other);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<WebClient.Page> first = () -> {
                start.await();
                return udeg.ajax(udegPage, "actions", "actions:approve", Map.of());
            };
            Callable<WebClient.Page> second = () -> {
                start.await();
                return cmic.ajax(cmicPage, "actions", "actions:approve", Map.of());
            };
            Future<WebClient.Page> a = pool.submit(first);
            Future<WebClient.Page> b = pool.submit(second);
            start.countDown();
            // neither request may fail; what must hold is the tally below
            for (WebClient.Page answer : List.of(a.get(), b.get())) {
                assertEquals(200, answer.status(), answer.body());
                assertFalse(answer.body().contains("Algo salió mal"), answer.body());
                assertFalse(answer.body().contains("La página expiró"), answer.body());
            }
        } finally {
            pool.shutdownNow();
        }
        WebClient.Page page = udeg.get("minutes/minutes.xhtml?id=" + other);
        assertTrue(page.text().contains("aprobaron la versión vigente: 2 /"), page.text());
    }

    @Test
    @Order(8)
    void thePublicNeverReadsADraftAndMembersNeverEditOne() throws Exception {
        WebClient anyone = new WebClient(base.toURI());
        assertEquals(302, anyone.get("minutes/minutes.xhtml?id=" + minutesId).status());
        assertEquals(
                302, anyone.get("minutes/files/version/" + minutesId + "/1.pdf").status());
        assertEquals(404, anyone.get("api/v1/minutes/" + minutesId).status());
        String list = anyone.get("api/v1/minutes").body();
        assertFalse(list.contains("\"id\":" + minutesId + ","), list);

        WebClient member = signedIn(MEMBER);
        assertEquals(
                403, member.get("minutes/edit/minutes.xhtml?id=" + minutesId).status());
        assertEquals(
                403, member.get("minutes/files/working/" + minutesId + ".pdf").status());
    }

    @Test
    @Order(9)
    void theApprovalInSessionFreezesArchivesAndPublishesAVerifiablePdf() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        WebClient.Page edit = secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId);
        WebClient.Page noSession = secretary.ajax(
                edit, "approvalForm", "approvalForm:recordApproval", Map.of("approvalForm:session_input", ""));
        assertTrue(noSession.text().contains("Elija la sesión"), noSession.text());
        WebClient.Page approved = secretary.ajax(
                edit,
                "approvalForm",
                "approvalForm:recordApproval",
                Map.of(
                        "approvalForm:session_input",
                        String.valueOf(session2023(4)),
                        "approvalForm:agreement",
                        "GMS-2023-O4-01"));
        assertNotNull(approved.location(), approved.text());

        List<MimeMessage> notices = awaitSubject("Acta aprobada: " + SESSION, 5);
        String pdf = pdfText(Mails.pdfAttachment(notices.get(0)));
        assertTrue(pdf.contains("4ª sesión ordinaria 2023"), pdf);
        assertTrue(pdf.contains("Universidad de Guadalajara"), "the approvals are listed: " + pdf);

        WebClient anyone = new WebClient(base.toURI());
        JsonArray published = Json.createReader(
                        new StringReader(anyone.get("api/v1/minutes").body()))
                .readArray();
        JsonObject entry = published.stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == minutesId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("published: " + published));
        assertEquals(2, entry.getInt("version"));
        String sha = entry.getString("sha256");
        byte[] archived = anyone.bytes(entry.getString("pdfPath"));
        assertEquals(
                sha,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archived)));
        assertTrue(
                pdfText(archived).replaceAll("\\s", "").contains(contentHash(secretary)),
                "the content's SHA-256 is printed");

        WebClient.Page verify = anyone.get("public/verify.xhtml");
        WebClient.Page matches = anyone.upload(
                verify, "verifyForm", "verifyForm:verify", Map.of(), "verifyForm:file", "acta.pdf", archived);
        assertTrue(matches.text().contains("coincide exactamente"), matches.text());
        byte[] altered = archived.clone();
        altered[altered.length / 2] ^= 1;
        WebClient.Page noMatch = anyone.upload(
                anyone.get("public/verify.xhtml"),
                "verifyForm",
                "verifyForm:verify",
                Map.of(),
                "verifyForm:file",
                "acta.pdf",
                altered);
        assertTrue(noMatch.text().contains("no coincide con ningún acta"), noMatch.text());

        WebClient.Page index = secretary.get("minutes/index.xhtml");
        WebClient.Page checked = secretary.ajax(index, "integrityForm", "integrityForm:check", Map.of());
        assertTrue(checked.text().contains("coinciden con su huella"), checked.text());
    }

    @Test
    @Order(10)
    void approvedMinutesAreNeverEditedOnlyAddedTo() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        WebClient.Page edit = secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId);
        assertFalse(edit.body().contains("narrativeForm"), "no narrative editor once approved");
        WebClient.Page empty = secretary.ajax(
                edit,
                "addendumForm",
                "addendumForm:addAddendum",
                Map.of("addendumForm:addendum", "", "addendumForm:addendumReason", ""));
        assertTrue(empty.text().contains("Escriba el texto de la adenda"), empty.text());
        WebClient.Page added = secretary.ajax(
                edit,
                "addendumForm",
                "addendumForm:addAddendum",
                Map.of(
                        "addendumForm:addendum", "Donde dice «radio» debe decir «radio comunitaria».",
                        "addendumForm:addendumReason", "Fe de erratas solicitada en la 4ª sesión."));
        assertTrue(added.text().contains("Se agregó y archivó la adenda 1"), added.text());
        String json =
                new WebClient(base.toURI()).get("api/v1/minutes/" + minutesId).body();
        assertTrue(json.contains("ADDENDUM"), json);
    }

    @Test
    @Order(11)
    void thePresidencySignsOnceAndTheSignedScanIsArchivedAndVerifiable() throws Exception {
        WebClient president = signedIn(PRESIDENT);
        WebClient.Page page = president.get("minutes/minutes.xhtml?id=" + minutesId);
        assertTrue(page.body().contains("actions:sign"), "the Presidencia may sign: " + page.text());
        WebClient.Page signed = president.ajax(page, "actions", "actions:sign", Map.of());
        assertTrue(signed.text().contains("Su firma quedó registrada"), signed.text());
        WebClient.Page after = president.get("minutes/minutes.xhtml?id=" + minutesId);
        assertFalse(after.body().contains("actions:sign"), "one signature per person");
        assertTrue(after.text().contains("Carlos Alberto Ruiz Mendoza — Presidencia"), after.text());

        WebClient absent = signedIn(ABSENT_MEMBER);
        assertFalse(absent.get("minutes/minutes.xhtml?id=" + minutesId).body().contains("actions:sign"));

        WebClient secretary = signedIn(SECRETARY);
        byte[] scan = ("%PDF-1.4\n% acta firmada " + System.nanoTime() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        WebClient.Page edit = secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId);
        WebClient.Page wrongType =
                secretary.upload(edit, "scanForm", "scanForm:uploadScan", Map.of(), "scanForm:scan", "acta.exe", scan);
        assertTrue(wrongType.text().contains("Tipo de archivo no aceptado"), wrongType.text());
        WebClient.Page uploaded = secretary.upload(
                secretary.get("minutes/edit/minutes.xhtml?id=" + minutesId),
                "scanForm",
                "scanForm:uploadScan",
                Map.of(),
                "scanForm:scan",
                "../acta firmada.pdf",
                scan);
        assertTrue(uploaded.text().contains("Se archivó la copia firmada"), uploaded.text());
        String json =
                new WebClient(base.toURI()).get("api/v1/minutes/" + minutesId).body();
        assertTrue(json.contains("\"kind\":\"SCAN\""), json);
        assertTrue(json.contains("acta firmada.pdf") && !json.contains("../"), json);
        WebClient anyone = new WebClient(base.toURI());
        WebClient.Page matches = anyone.upload(
                anyone.get("public/verify.xhtml"),
                "verifyForm",
                "verifyForm:verify",
                Map.of(),
                "verifyForm:file",
                "x.pdf",
                scan);
        assertTrue(matches.text().contains("coincide exactamente"), matches.text());
    }

    @Test
    @Order(12)
    void aLiaisonMeetingsMinutaGoesToEveryMemberWithoutApprovalAndIsNotPublished() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        String json =
                new WebClient(base.toURI()).get("api/v1/meetings?year=2023").body();
        // liaison meetings are not public: find the 4th one through the members' calendar page
        WebClient.Page calendar = secretary.get("meetings/calendar.xhtml?year=2023");
        Element link = calendar.document().select("a[href*=meetings/meeting.xhtml]").stream()
                .filter(a -> a.text().contains("4ª reunión de enlaces 2023"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(calendar.body() + json));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(link.attr("href"));
        assertTrue(id.find());
        long minuta = openMinutes(secretary, Long.parseLong(id.group(1)));
        writeNarrative(secretary, minuta, "<p>Se prepararon los asuntos de la 4ª sesión ordinaria.</p>");
        WebClient.Page sent = issue(secretary, minuta, null, "");
        assertNotNull(sent.location(), sent.text());

        awaitSubject("Minuta: 4ª reunión de enlaces 2023", 10);
        Thread.sleep(4000); // every member gets one: let them all arrive
        List<MimeMessage> mails = smtp.received(Mails.subjectIs("Minuta: 4ª reunión de enlaces 2023"));
        assertTrue(Mails.recipientNames(mails).contains("Arturo Velázquez Cárdenas"), "every member gets the minuta");
        assertTrue(pdfText(Mails.pdfAttachment(mails.get(0))).contains("prepararon los asuntos"));
        WebClient.Page page = secretary.get("minutes/minutes.xhtml?id=" + minuta);
        assertTrue(page.text().contains("Enviada a los integrantes"), page.text());
        assertEquals(
                404, new WebClient(base.toURI()).get("api/v1/minutes/" + minuta).status());
    }

    private String contentHash(WebClient secretary) {
        WebClient.Page page = secretary.get("minutes/minutes.xhtml?id=" + minutesId);
        Element code = page.document().selectFirst("dd code.gms-hash");
        assertNotNull(code, page.body());
        return code.text();
    }
}
