package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.LIAISON;
import static mx.costjalisco.gms.it.DemoAccounts.MANAGER;
import static mx.costjalisco.gms.it.DemoAccounts.MEMBER;
import static mx.costjalisco.gms.it.DemoAccounts.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work plan end to end against the deployed application: the manager writes this year's plan through its pages
 * (bad input refused whole with a Spanish message), records the GMS's approval, after which a change needs its reason
 * and becomes a revision; progress with a photo and the uploads the plan refuses; a target that counts the ordinary
 * sessions held moves when the secretary records one; every denial; the public API as JSON and CSV with the same
 * numbers; the report and the exports; last year's plan copied.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkPlanIT {

    private static final ZoneId GMS_ZONE = ZoneId.of("America/Mexico_City");
    private static final LocalDate TODAY = LocalDate.now(GMS_ZONE);
    private static final int YEAR = TODAY.getYear();
    private static final Pattern ACTIVITY_ID = Pattern.compile("workplan/edit/activity\\.xhtml\\?id=(\\d+)");
    private static final Pattern MEETING_ID = Pattern.compile("meetings/meeting\\.xhtml\\?id=(\\d+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TRAINING = "Capacitar a 40 personas en datos abiertos";
    private static final String SESSIONS = "4 sesiones ordinarias celebradas";
    private static final String INTERNAL = "Nota interna: no publicar el costo del salón";

    private static long openActivity;
    private static long closedActivity;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private WebClient signedIn(String email) throws Exception {
        return WebClient.signedIn(base, email);
    }

    private static Map<String, String> activity(String title, String first, String last) {
        Map<String, String> form = new HashMap<>();
        form.put("activityForm:title", title);
        form.put("activityForm:actions", "Diseñar el taller\nImpartirlo en dos sedes");
        form.put("activityForm:responsible", "Gerente CoST Jalisco e integrantes del GMS");
        form.put("activityForm:manager", "on");
        form.put("activityForm:sector", "");
        form.put("activityForm:periodLabel", "Enero – diciembre");
        form.put("activityForm:spanRows:0:first", first);
        form.put("activityForm:spanRows:0:last", last);
        form.put("activityForm:spanRows:0:label", "Todo el año");
        form.put("activityForm:objective", "Capacitar a la sociedad civil");
        form.put("activityForm:expectedEvidence", "Lista de asistencia\nEvidencia fotográfica");
        form.put("activityForm:note", "");
        form.put("activityForm:budget", "");
        form.put("activityForm:state", "IN_PROGRESS");
        form.put("activityForm:internalNote", INTERNAL);
        return form;
    }

    private static Map<String, String> target(String description, String goal, String unit, String autoCount) {
        Map<String, String> form = new HashMap<>();
        form.put("targetForm:description", description);
        form.put("targetForm:kind", "QUANTITY");
        form.put("targetForm:goal", goal);
        form.put("targetForm:unit", unit);
        form.put("targetForm:aggregation", "SUM");
        form.put("targetForm:autoCount", autoCount);
        return form;
    }

    /** The plan of this year as the public API gives it. */
    private JsonObject publicPlan() throws Exception {
        WebClient.Page page = new WebClient(base.toURI()).get("api/v1/workplans/" + YEAR);
        assertEquals(200, page.status(), page.body());
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    private JsonObject publicTarget(String description) throws Exception {
        for (JsonValue a : publicPlan().getJsonArray("activities")) {
            for (JsonValue t : a.asJsonObject().getJsonArray("targets")) {
                if (description.equals(t.asJsonObject().getString("description"))) {
                    return t.asJsonObject();
                }
            }
        }
        throw new AssertionError("No target " + description + " in " + publicPlan());
    }

    private static long targetIdOn(WebClient.Page activityPage, String description) {
        for (Element option : activityPage.document().select("select[name=progressForm:target] option")) {
            if (option.text().startsWith(description)) {
                return Long.parseLong(option.attr("value"));
            }
        }
        throw new AssertionError("No target " + description + " to record on:\n" + activityPage.text());
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 92, 138));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.drawString("Taller de datos abiertos", 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Sends the progress form of the activity page at {@code path} with one file, as a browser does. */
    private static WebClient.Page record(
            WebClient client, String path, Map<String, String> values, String fileName, byte[] file) {
        return client.upload(
                client.get(path), "progressForm", "progressForm:save", values, "progressForm:files", fileName, file);
    }

    private static Map<String, String> progress(long targetId, String date, String amount, String note) {
        Map<String, String> form = new HashMap<>();
        form.put("progressForm:target", String.valueOf(targetId));
        form.put("progressForm:date", date);
        form.put("progressForm:amount", amount);
        form.put("progressForm:note", note);
        form.put("progressForm:internalNote", INTERNAL);
        form.put("progressForm:evidenceType", "Evidencia fotográfica");
        form.put("progressForm:evidenceDescription", "Foto del taller");
        return form;
    }

    @Test
    @Order(1)
    void theManagerWritesThePlanAndAfterTheApprovalEveryChangeIsARevision() throws Exception {
        WebClient manager = signedIn(MANAGER);
        WebClient.Page create = manager.get("workplan/edit/plan.xhtml?year=" + YEAR);
        assertEquals(200, create.status(), create.body());
        WebClient.Page created = manager.submit(
                create,
                "createForm",
                "createForm:create",
                Map.of("createForm:year", String.valueOf(YEAR), "createForm:title", "Plan de trabajo " + YEAR));
        assertEquals(302, created.status(), created.text());
        WebClient.Page again = manager.submit(
                manager.get("workplan/edit/plan.xhtml?year=" + (YEAR + 50)),
                "createForm",
                "createForm:create",
                Map.of("createForm:year", String.valueOf(YEAR), "createForm:title", "Otro"));
        assertTrue(again.text().contains("Ya existe un plan de trabajo " + YEAR), again.text());

        String newActivity = "workplan/edit/activity.xhtml?year=" + YEAR;
        WebClient.Page backwards = manager.submit(
                manager.get(newActivity),
                "activityForm",
                "activityForm:save",
                activity("Taller de datos abiertos", YEAR + "-12-31", YEAR + "-01-01"));
        assertTrue(backwards.text().contains("antes de empezar"), backwards.text());
        WebClient.Page noTitle = manager.submit(
                manager.get(newActivity),
                "activityForm",
                "activityForm:save",
                activity("  ", YEAR + "-01-01", YEAR + "-12-31"));
        assertTrue(noTitle.text().contains("Este dato es obligatorio"), noTitle.text());
        Map<String, String> withoutDates = activity("Taller de datos abiertos", "", "");
        withoutDates.put("activityForm:spanRows:0:label", "");
        WebClient.Page noSpan =
                manager.submit(manager.get(newActivity), "activityForm", "activityForm:save", withoutDates);
        assertTrue(noSpan.text().contains("Indique al menos un periodo"), noSpan.text());

        WebClient.Page saved = manager.submit(
                manager.get(newActivity),
                "activityForm",
                "activityForm:save",
                activity("Taller de datos abiertos", YEAR + "-01-01", YEAR + "-12-31"));
        Matcher id = ACTIVITY_ID.matcher(String.valueOf(saved.location()));
        assertTrue(id.find(), "saved: " + saved.text());
        openActivity = Long.parseLong(id.group(1));
        Map<String, String> closed = activity("Reforma municipal", YEAR + "-01-01", YEAR + "-12-31");
        closed.remove("activityForm:manager");
        closed.put("activityForm:responsible", "Gerente CoST Jalisco");
        Matcher closedId = ACTIVITY_ID.matcher(
                String.valueOf(manager.submit(manager.get(newActivity), "activityForm", "activityForm:save", closed)
                        .location()));
        assertTrue(closedId.find());
        closedActivity = Long.parseLong(closedId.group(1));
        WebClient.Page duplicate = manager.submit(
                manager.get(newActivity),
                "activityForm",
                "activityForm:save",
                activity("taller de datos abiertos", YEAR + "-01-01", YEAR + "-12-31"));
        assertTrue(duplicate.text().contains("Ya hay una actividad con ese nombre"), duplicate.text());

        String edit = "workplan/edit/activity.xhtml?id=" + openActivity;
        WebClient.Page noUnit = manager.submit(
                manager.get(edit), "targetForm", "targetForm:saveTarget", target(TRAINING, "40", " ", ""));
        assertTrue(noUnit.text().contains("necesita su unidad"), noUnit.text());
        WebClient.Page negative = manager.submit(
                manager.get(edit), "targetForm", "targetForm:saveTarget", target(TRAINING, "-3", "personas", ""));
        assertTrue(negative.text().contains("La meta debe ser mayor que cero"), negative.text());
        WebClient.Page letters = manager.submit(
                manager.get(edit), "targetForm", "targetForm:saveTarget", target(TRAINING, "cuarenta", "personas", ""));
        assertTrue(letters.text().contains("Escriba un número"), letters.text());
        WebClient.Page training = manager.submit(
                manager.get(edit), "targetForm", "targetForm:saveTarget", target(TRAINING, "40", "personas", ""));
        assertTrue(training.text().contains("Meta «" + TRAINING + "» guardada"), training.text());
        WebClient.Page sessions = manager.submit(
                manager.get(edit),
                "targetForm",
                "targetForm:saveTarget",
                target(SESSIONS, "4", "sesiones", "ORDINARY_SESSIONS_HELD"));
        assertTrue(sessions.text().contains("guardada"), sessions.text());
        assertEquals(
                200,
                manager.submit(
                                manager.get("workplan/edit/activity.xhtml?id=" + closedActivity),
                                "targetForm",
                                "targetForm:saveTarget",
                                target("Propuesta presentada", "1", "propuesta", ""))
                        .status());

        assertEquals(
                404, new WebClient(base.toURI()).get("api/v1/workplans/" + YEAR).status(), "a draft is not public");
        WebClient.Page plan = manager.get("workplan/edit/plan.xhtml?year=" + YEAR);
        String session = plan.document().select("select[name=approvalForm:meeting] option").stream()
                .map(o -> o.attr("value"))
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElseThrow();
        WebClient.Page noAgreement = manager.submit(
                plan,
                "approvalForm",
                "approvalForm:approve",
                Map.of("approvalForm:meeting", session, "approvalForm:agreement", ""));
        assertTrue(noAgreement.text().contains("Indique el acuerdo"), noAgreement.text());
        WebClient.Page approved = manager.submit(
                manager.get("workplan/edit/plan.xhtml?year=" + YEAR),
                "approvalForm",
                "approvalForm:approve",
                Map.of("approvalForm:meeting", session, "approvalForm:agreement", "GMS-" + YEAR + "-PRUEBA"));
        assertTrue(approved.text().contains("Aprobación del plan registrada"), approved.text());

        Map<String, String> change = activity("Taller de datos abiertos", YEAR + "-01-01", YEAR + "-12-31");
        change.put("activityForm:objective", "Capacitar a la sociedad civil y a la academia");
        WebClient.Page withoutReason = manager.submit(manager.get(edit), "activityForm", "activityForm:save", change);
        assertTrue(withoutReason.text().contains("Indique el motivo del cambio"), withoutReason.text());
        change.put("activityForm:reason", "Acuerdo de la sesión: se suma la academia");
        WebClient.Page withReason = manager.submit(manager.get(edit), "activityForm", "activityForm:save", change);
        assertEquals(302, withReason.status(), withReason.text());
        String changes = manager.get("workplan/edit/plan.xhtml?year=" + YEAR).text();
        assertTrue(changes.contains("Revisión 1"), changes);
        assertTrue(changes.contains("se suma la academia"), changes);
        assertTrue(changes.contains("y a la academia"), changes);
        assertEquals(1, publicPlan().getInt("revision"));
    }

    @Test
    @Order(2)
    void progressWithAPhotoCountsAndBadUploadsAreRefusedWithoutSavingAnything() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String path = "workplan/activity.xhtml?id=" + openActivity;
        WebClient.Page page = manager.get(path);
        long training = targetIdOn(page, TRAINING);
        String today = TODAY.toString();
        byte[] photo = photo();

        WebClient.Page negative = manager.upload(
                page,
                "progressForm",
                "progressForm:save",
                progress(training, today, "-5", "x"),
                "progressForm:files",
                "taller.png",
                photo);
        assertTrue(negative.text().contains("El avance no puede ser negativo"), negative.text());
        WebClient.Page letters = record(manager, path, progress(training, today, "doce", "x"), "taller.png", photo);
        assertTrue(letters.text().contains("Escriba un número"), letters.text());
        WebClient.Page future =
                record(manager, path, progress(training, TODAY.plusDays(3).toString(), "5", "x"), "taller.png", photo);
        assertTrue(future.text().contains("no puede ser posterior a hoy"), future.text());
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[2] = (byte) 0x90;
        WebClient.Page renamed = record(manager, path, progress(training, today, "5", "x"), "lista.pdf", executable);
        assertTrue(renamed.text().contains("no aceptado como evidencia"), renamed.text());
        WebClient.Page empty = record(manager, path, progress(training, today, "5", "x"), "lista.pdf", new byte[0]);
        assertTrue(empty.text().contains("El archivo está vacío"), empty.text());
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        WebClient.Page oversized = record(manager, path, progress(training, today, "5", "x"), "lista.pdf", big);
        assertTrue(oversized.text().contains("supera el límite de 2 MB"), oversized.text());
        WebClient.Page traversal =
                record(manager, path, progress(training, today, "5", "x"), "../../etc/taller.png", photo);
        assertTrue(traversal.text().contains("no puede contener rutas"), traversal.text());
        WebClient.Page control = record(manager, path, progress(training, today, "5", "x"), "taller\u0007.png", photo);
        assertTrue(control.text().contains("caracteres de control"), control.text());
        assertEquals(0, publicTarget(TRAINING).getJsonArray("entries").size(), "nothing of the refused saves was kept");
        assertEquals(0, manager.get(path).document().select("#evidenceList li").size(), "no evidence was kept");

        WebClient.Page recorded = record(
                manager,
                path,
                progress(training, today, "12", "Primer taller en la Universidad de Guadalajara"),
                "taller.png",
                photo);
        assertTrue(recorded.text().contains("Avance registrado"), recorded.text());
        JsonObject target = publicTarget(TRAINING);
        assertEquals(
                0, new BigDecimal("12").compareTo(target.getJsonNumber("value").bigDecimalValue()));
        assertEquals(1, target.getJsonArray("entries").size());
        assertFalse(publicPlan().toString().contains(INTERNAL), "internal notes are never published");

        Element link = manager.get(path).document().selectFirst("#evidenceList a[href*=/workplan/files/evidence/]");
        assertNotNull(link);
        String evidencePath = link.attr("href").replaceFirst("^.*?/workplan/", "workplan/");
        WebClient.Page file = manager.get(evidencePath);
        assertEquals("image/png", file.header("Content-Type"));
        assertTrue(file.header("Content-Disposition").startsWith("inline; filename*=UTF-8''taller.png"));
        assertArrayEquals(photo, manager.bytes(evidencePath));
        WebClient.Page thumb = manager.get(evidencePath.replace("/evidence/", "/thumb/"));
        assertEquals(200, thumb.status());
        assertEquals("image/jpeg", thumb.header("Content-Type"));
        String evidenceId = evidencePath.substring(evidencePath.lastIndexOf('/') + 1);
        assertEquals(
                404,
                new WebClient(base.toURI())
                        .get("public/workplan/evidence/" + evidenceId)
                        .status());
        assertEquals(
                404,
                signedIn(MEMBER).get("public/workplan/evidence/" + evidenceId).status());

        WebClient.Page withPublish = manager.get(path);
        Element publish = withPublish.document().selectFirst("form[id$=publishForm]");
        assertNotNull(publish, withPublish.body());
        Element button = publish.selectFirst("input[type=submit]");
        WebClient.Page published = manager.submit(withPublish, publish.id(), button.attr("name"), Map.of());
        assertTrue(published.text().contains("ya es pública"), published.text());
        assertEquals(
                200,
                new WebClient(base.toURI())
                        .get("public/workplan/evidence/" + evidenceId)
                        .status());

        WebClient.Page withdraw = manager.get(path);
        Element form = withdraw.document().selectFirst("form[id$=withdrawEvidence]");
        String reasonField = form.selectFirst("input[type=text]").attr("name");
        String submit = form.selectFirst("input[type=submit]").attr("name");
        WebClient.Page noReason = manager.submit(withdraw, form.id(), submit, Map.of(reasonField, ""));
        assertTrue(noReason.text().contains("Indique el motivo"), noReason.text());
        WebClient.Page withdrawn =
                manager.submit(manager.get(path), form.id(), submit, Map.of(reasonField, "Foto duplicada"));
        assertTrue(withdrawn.text().contains("Retirado; queda en el historial"), withdrawn.text());
        assertTrue(manager.get(path).text().contains("Foto duplicada"), "the withdrawn file stays, with its reason");
        assertEquals(
                404,
                new WebClient(base.toURI())
                        .get("public/workplan/evidence/" + evidenceId)
                        .status());
    }

    @Test
    @Order(3)
    void aTargetWithProgressKeepsItsKind() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String edit = "workplan/edit/activity.xhtml?id=" + openActivity;
        WebClient.Page page = manager.get(edit);
        Element button =
                page.document().selectFirst("#targetList input[type=submit][aria-label=\"Editar: " + TRAINING + "\"]");
        assertNotNull(button, page.body());
        WebClient.Page editing = manager.submit(page, "targetList", button.attr("name"), Map.of());
        Map<String, String> milestone = target(TRAINING, "", "", "");
        milestone.put("targetForm:kind", "MILESTONE");
        milestone.put("targetForm:reason", "Prueba");
        WebClient.Page refused = manager.submit(editing, "targetForm", "targetForm:saveTarget", milestone);
        assertTrue(refused.text().contains("no puede pasar de cantidad a hito"), refused.text());
        assertEquals("QUANTITY", publicTarget(TRAINING).getString("kind"));
    }

    @Test
    @Order(4)
    void aTargetThatCountsTheSessionsHeldMovesWhenTheSecretaryRecordsOne() throws Exception {
        BigDecimal before = publicTarget(SESSIONS).getJsonNumber("value").bigDecimalValue();
        WebClient manager = signedIn(MANAGER);
        WebClient.Page page = manager.get("workplan/activity.xhtml?id=" + openActivity);
        assertTrue(
                page.document().select("select[name=progressForm:target] option").stream()
                        .noneMatch(o -> o.text().startsWith(SESSIONS)),
                "a counted target is not offered for typing");

        WebClient secretary = signedIn(SECRETARY);
        Map<String, String> form = new HashMap<>();
        LocalDate day = TODAY.minusDays(1);
        form.put("form:kind", "ORDINARY");
        form.put("form:day_input", day.format(DAY));
        form.put("form:startTime_input", "00:05");
        form.put("form:endTime_input", "00:30");
        form.put("form:place", "Sala de juntas");
        form.put("form:videoUrl", "");
        form.put("form:notes", "");
        form.put("form:recordedAfterwards_input", "on");
        form.put("form:liaisonDay_input", "");
        form.put("form:liaisonTime_input", "10:00");
        WebClient.Page scheduled =
                secretary.ajax(secretary.get("meetings/edit/meeting.xhtml"), "form", "form:save", form);
        Matcher id = MEETING_ID.matcher(String.valueOf(scheduled.location()));
        assertTrue(id.find(), "scheduled: " + scheduled.text());
        WebClient.Page attendance = secretary.get("meetings/edit/attendance.xhtml?id=" + id.group(1));
        Map<String, String> present = new HashMap<>();
        for (Element select : attendance.document().select("select[name$=:status_input]")) {
            present.put(select.attr("name"), "PRIMARY_PRESENT");
        }
        assertFalse(present.isEmpty(), attendance.body());
        WebClient.Page held = secretary.ajax(attendance, "form", "form:save", present);
        assertEquals(200, held.status(), held.text());

        BigDecimal after = publicTarget(SESSIONS).getJsonNumber("value").bigDecimalValue();
        assertEquals(0, before.add(BigDecimal.ONE).compareTo(after), "counted: " + before + " → " + after);
    }

    @Test
    @Order(5)
    void aTargetOfApprovedMinutesCountsTheActasTheGmsApprovedInItsPeriod() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String demoActivity = Jsoup.parse(
                        manager.get("workplan/index.xhtml?year=2023").body())
                .select("a:contains(VII. Sesionar)")
                .attr("href");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(demoActivity);
        assertTrue(id.find(), demoActivity);
        String edit = "workplan/edit/activity.xhtml?id=" + id.group(1);
        Map<String, String> minutes = target("Actas de 2023 aprobadas", "4", "actas", "MINUTES_APPROVED");
        minutes.put("targetForm:reason", "El GMS acordó medir también las actas aprobadas");
        WebClient.Page saved = manager.submit(manager.get(edit), "targetForm", "targetForm:saveTarget", minutes);
        assertTrue(saved.text().contains("guardada"), saved.text());
        JsonObject plan2023 = Json.createReader(new StringReader(
                        new WebClient(base.toURI()).get("api/v1/workplans/2023").body()))
                .readObject();
        JsonObject counted = plan2023.getJsonArray("activities").stream()
                .flatMap(a -> a.asJsonObject().getJsonArray("targets").stream())
                .map(JsonValue::asJsonObject)
                .filter(t -> "Actas de 2023 aprobadas".equals(t.getString("description")))
                .findFirst()
                .orElseThrow();
        assertEquals("MINUTES_APPROVED", counted.getString("countedFrom"));
        assertTrue(
                counted.getJsonNumber("value").intValue() >= 1,
                "the demo's acta of the 2nd ordinary session, approved on 17 August 2023, counts: " + counted);
    }

    @Test
    @Order(6)
    void eachRoleOnlyDoesWhatItMay() throws Exception {
        WebClient anonymous = new WebClient(base.toURI());
        assertEquals(302, anonymous.get("workplan/index.xhtml").status(), "the dashboard needs a sign-in");
        assertEquals(
                302, anonymous.get("workplan/files/export/" + YEAR + ".csv").status());
        assertEquals(200, anonymous.get("public/workplan.xhtml?year=" + YEAR).status());

        WebClient member = signedIn(MEMBER);
        assertEquals(200, member.get("workplan/index.xhtml?year=" + YEAR).status());
        assertEquals(403, member.get("workplan/edit/plan.xhtml?year=" + YEAR).status());
        assertEquals(
                403,
                member.get("workplan/edit/activity.xhtml?id=" + openActivity).status());
        WebClient.Page memberActivity = member.get("workplan/activity.xhtml?id=" + openActivity);
        assertEquals(200, memberActivity.status());
        assertNull(memberActivity.document().getElementById("progressForm"), "members read, they do not record");
        assertEquals(200, member.get("workplan/files/export/" + YEAR + ".csv").status(), "members read the export");

        WebClient liaison = signedIn(LIAISON);
        assertEquals(403, liaison.get("workplan/edit/plan.xhtml?year=" + YEAR).status());
        WebClient.Page notTheirs = liaison.get("workplan/activity.xhtml?id=" + closedActivity);
        assertNull(notTheirs.document().getElementById("progressForm"), "not their institution's activity");

        // The manager opens the activity to the GMS's members; the liaison's page offers the form …
        WebClient manager = signedIn(MANAGER);
        String edit = "workplan/edit/activity.xhtml?id=" + closedActivity;
        Map<String, String> open = activity("Reforma municipal", YEAR + "-01-01", YEAR + "-12-31");
        open.remove("activityForm:manager");
        open.put("activityForm:members", "on");
        open.put("activityForm:responsible", "Gerente CoST Jalisco e integrantes del GMS");
        open.put("activityForm:reason", "El GMS acordó sumar a sus integrantes");
        assertEquals(
                302,
                manager.submit(manager.get(edit), "activityForm", "activityForm:save", open)
                        .status());
        WebClient.Page theirs = liaison.get("workplan/activity.xhtml?id=" + closedActivity);
        assertNotNull(theirs.document().getElementById("progressForm"), theirs.body());
        long proposal = targetIdOn(theirs, "Propuesta presentada");
        // … and closes it again before the liaison saves: the service refuses, whatever the page showed.
        open.remove("activityForm:members");
        open.put("activityForm:reason", "Corrección: solo la Gerencia");
        assertEquals(
                302,
                manager.submit(manager.get(edit), "activityForm", "activityForm:save", open)
                        .status());
        WebClient.Page refused = liaison.upload(
                theirs,
                "progressForm",
                "progressForm:save",
                progress(proposal, TODAY.toString(), "1", "Propuesta entregada"),
                "progressForm:files",
                "p.png",
                photo());
        assertTrue(refused.text().contains("Solo puede registrar avances"), refused.text());
        assertEquals(
                0, publicTarget("Propuesta presentada").getJsonArray("entries").size());
    }

    @Test
    @Order(7)
    void thePublicApiGivesTheSameNumbersAsJsonAndCsv() throws Exception {
        JsonObject plan = publicPlan();
        JsonObject summary = plan.getJsonObject("summary");
        int byStatus = summary.getJsonObject("targetsByStatus").values().stream()
                .mapToInt(v -> Integer.parseInt(v.toString()))
                .sum();
        assertEquals(summary.getInt("targets"), byStatus);
        WebClient anyone = new WebClient(base.toURI());
        String csv = anyone.get("api/v1/workplans/" + YEAR, Map.of("Accept", "text/csv"))
                .body();
        List<String> lines = csv.lines().toList();
        assertEquals(summary.getInt("targets") + 1, lines.size(), csv);
        String trainingRow =
                lines.stream().filter(l -> l.contains(TRAINING)).findFirst().orElseThrow();
        assertTrue(trainingRow.contains(",12,"), trainingRow);
        assertTrue(trainingRow.contains(publicTarget(TRAINING).getString("status")), trainingRow);
        assertEquals(400, anyone.get("api/v1/workplans/" + YEAR + "?asOf=ayer").status());
        assertEquals(404, anyone.get("api/v1/workplans/2099").status());
        JsonObject earlier = Json.createReader(
                        new StringReader(anyone.get("api/v1/workplans/" + YEAR + "?asOf=" + YEAR + "-01-01")
                                .body()))
                .readObject();
        assertEquals(YEAR + "-01-01", earlier.getString("asOf"));
        String years = anyone.get("api/v1/workplans").body();
        assertTrue(years.contains(String.valueOf(YEAR)), years);
        String publicPage = anyone.get("public/workplan.xhtml?year=" + YEAR).text();
        assertTrue(publicPage.contains(TRAINING), publicPage);
        assertFalse(publicPage.contains(INTERNAL), publicPage);
    }

    @Test
    @Order(8)
    void theManagerDownloadsTheReportAndTheExports() throws Exception {
        WebClient manager = signedIn(MANAGER);
        byte[] pdf = manager.bytes("workplan/files/report/" + YEAR + ".pdf?asOf=" + TODAY);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        byte[] xlsx = manager.bytes("workplan/files/export/" + YEAR + ".xlsx");
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        String csv = new String(manager.bytes("workplan/files/export/" + YEAR + ".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(TRAINING), csv);
        assertEquals(
                400,
                manager.get("workplan/files/report/" + YEAR + ".pdf?asOf=mañana")
                        .status());
        assertEquals(404, manager.get("workplan/files/report/2099.pdf").status());
    }

    @Test
    @Order(9)
    void aTargetWithdrawnFromTheApprovedPlanStopsCountingAndStaysInTheRecord() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String edit = "workplan/edit/activity.xhtml?id=" + closedActivity;
        WebClient.Page page = manager.get(edit);
        Element button = page.document()
                .selectFirst("#withdrawTargetForm input[type=submit][aria-label$=\"Propuesta presentada\"]");
        assertNotNull(button, page.body());
        WebClient.Page noReason = manager.submit(
                page, "withdrawTargetForm", button.attr("name"), Map.of("withdrawTargetForm:withdrawReason", " "));
        assertTrue(noReason.text().contains("Indique el motivo"), noReason.text());
        WebClient.Page withdrawn = manager.submit(
                manager.get(edit),
                "withdrawTargetForm",
                button.attr("name"),
                Map.of("withdrawTargetForm:withdrawReason", "El GMS acordó medirla en el plan del año siguiente"));
        assertTrue(withdrawn.text().contains("Meta retirada del plan"), withdrawn.text());
        assertFalse(publicPlan().toString().contains("Propuesta presentada"), "a withdrawn target does not count");
        String changes = manager.get("workplan/edit/plan.xhtml?year=" + YEAR).text();
        assertTrue(changes.contains("medirla en el plan del año siguiente"), changes);
        assertTrue(manager.get(edit).text().contains("Propuesta presentada"), "it stays in the record");
    }

    @Test
    @Order(10)
    void lastYearsPlanCanBeCopied() throws Exception {
        WebClient manager = signedIn(MANAGER);
        int next = YEAR + 1;
        WebClient.Page copy = manager.get("workplan/edit/plan.xhtml?year=" + next);
        WebClient.Page copied = manager.submit(
                copy,
                "copyForm",
                "copyForm:copy",
                Map.of("copyForm:copyFrom", String.valueOf(YEAR), "copyForm:year", String.valueOf(next)));
        assertEquals(302, copied.status(), copied.text());
        String plan = manager.open(copied.location()).text();
        assertTrue(plan.contains("Taller de datos abiertos"), plan);
        assertTrue(plan.contains("Reforma municipal"), plan);
        assertTrue(plan.contains("Copiado del plan " + YEAR), plan);
        String dashboard = manager.get("workplan/index.xhtml?year=" + next).text();
        assertTrue(dashboard.contains(TRAINING), dashboard);
        assertTrue(dashboard.contains("Borrador"), dashboard);
        assertFalse(dashboard.contains("Propuesta presentada"), "a withdrawn target is not copied");
    }

    @Test
    @Order(11)
    void targetsOfProjectsPublishedAndDisclosureCompletenessMoveWithAnImport() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Municipio de prueba " + suffix;
        String party = "MX-MUN-IT-" + suffix;
        Map<String, String> entity = new HashMap<>();
        entity.put("entityForm:name", name);
        entity.put("entityForm:shortName", "");
        entity.put("entityForm:kind", "MUNICIPALITY");
        entity.put("entityForm:partyId", party);
        entity.put("entityForm:institution", "");
        entity.put("entityForm:joinedOn", TODAY.toString());
        entity.put("entityForm:notes", "");
        WebClient.Page savedEntity =
                manager.submit(manager.get("disclosure/edit/entity.xhtml"), "entityForm", "entityForm:save", entity);
        assertEquals(302, savedEntity.status(), savedEntity.text());
        Matcher entityId = Pattern.compile("id=(\\d+)").matcher(savedEntity.location());
        assertTrue(entityId.find(), savedEntity.location());

        String published = "Obras publicadas por " + suffix;
        String completeness = "Completitud IDS de " + suffix;
        String edit = "workplan/edit/activity.xhtml?id=" + openActivity;
        for (Map<String, String> target : List.of(
                target(published, "2", "proyectos", "PROJECTS_PUBLISHED"),
                target(completeness, "80", "%", "IDS_COMPLETENESS"))) {
            target.put("targetForm:autoEntity", entityId.group(1));
            target.put("targetForm:reason", "El GMS mide la publicación del nuevo municipio");
            WebClient.Page saved = manager.submit(manager.get(edit), "targetForm", "targetForm:saveTarget", target);
            assertTrue(saved.text().contains("guardada"), saved.text());
        }
        assertEquals(0, publicTarget(published).getJsonNumber("value").intValue(), "nothing published yet");
        assertEquals("PROJECTS_PUBLISHED", publicTarget(published).getString("countedFrom"));

        String full = Imports.project(
                "oc4ids-it-wp-" + suffix + "-1",
                "Puente peatonal",
                party,
                name,
                ",\"status\":\"implementation\",\"type\":\"construction\",\"description\":\"Cruce seguro\","
                        + "\"budget\":{\"amount\":{\"amount\":1500000,\"currency\":\"MXN\"}},"
                        + "\"period\":{\"startDate\":\"2026-01-15T00:00:00Z\",\"endDate\":\"2026-12-15T00:00:00Z\"}");
        String bare = Imports.project("oc4ids-it-wp-" + suffix + "-2", "Banquetas", party, name, "");
        String someoneElse =
                Imports.project("oc4ids-it-wp-" + suffix + "-3", "Colector", "MX-MUN-14039", "Guadalajara", "");
        WebClient.Page report = Imports.upload(
                manager, "plan.json", Imports.pack(full, bare, someoneElse).getBytes(StandardCharsets.UTF_8));
        assertEquals("3", Imports.text(report, "countNew"), report.text());

        assertEquals(
                2, publicTarget(published).getJsonNumber("value").intValue(), "two of its projects, not the other");
        var mapper = mx.costjalisco.gms.disclosure.control.Json.mapper();
        double points = (mx.costjalisco.gms.disclosure.control.IdsCompleteness.of(mapper.readTree(full))
                                .count()
                        + mx.costjalisco.gms.disclosure.control.IdsCompleteness.of(mapper.readTree(bare))
                                .count())
                / 2.0;
        BigDecimal expected = mx.costjalisco.gms.disclosure.control.Snapshots.percent(points);
        assertTrue(expected.signum() > 0, "the projects publish some IDS points");
        assertEquals(
                0,
                expected.compareTo(
                        publicTarget(completeness).getJsonNumber("value").bigDecimalValue()),
                "the entity's average completeness after the import, " + expected + ": " + publicTarget(completeness));

        WebClient.Page again = Imports.upload(
                manager, "plan.json", Imports.pack(full, bare, someoneElse).getBytes(StandardCharsets.UTF_8));
        assertEquals("3", Imports.text(again, "countUnchanged"), again.text());
        assertEquals(2, publicTarget(published).getJsonNumber("value").intValue(), "a project counts once");
    }
}
