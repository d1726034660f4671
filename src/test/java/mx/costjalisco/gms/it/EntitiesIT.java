package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.MANAGER;
import static mx.costjalisco.gms.it.DemoAccounts.MEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mx.costjalisco.gms.disclosure.control.Snapshots;
import mx.costjalisco.gms.platform.api.CsvRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing entities and their agreements end to end: the manager adds an entity (bad input refused with a Spanish
 * message and nothing kept), drafts an agreement with its signed PDF (another file refused) and records the signature;
 * the open data lists it as JSON and CSV with the same numbers; its QR code leads to its public page; a target of the
 * 2023 plan that counts agreements signed moves; members read but do not edit; anyone reads the public page and API.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntitiesIT {

    private static final String NAME = "Ayuntamiento de Tonalá";
    private static final String PARTY = "MX-MUN-14101";
    private static final String TITLE = "Convenio de colaboración Tonalá 2023";
    private static final String TARGET = "Convenios firmados en el primer trimestre";
    private static final String JOINED_TARGET = "Entidades sumadas en el primer trimestre";
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private static final String SCRIPT_PROJECT = "oc4ids-mxdy6h-it-tonala-1";
    private static final String SCRIPT_TITLE = "<script>alert(1)</script> Puente & paso «Tonalá»";
    private static final String PLAIN_PROJECT = "oc4ids-mxdy6h-it-tonala-2";

    private static long entityId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private WebClient signedIn(String email) throws Exception {
        return WebClient.signedIn(base, email);
    }

    private JsonArray publicEntities() throws Exception {
        WebClient.Page page = new WebClient(base.toURI()).get("api/v1/entities");
        assertEquals(200, page.status(), page.body());
        return Json.createReader(new StringReader(page.body())).readArray();
    }

    private JsonObject publicEntity(String name) throws Exception {
        return publicEntities().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> name.equals(e.getString("name")))
                .findFirst()
                .orElse(null);
    }

    private int countedTarget(String description) throws Exception {
        JsonObject plan = Json.createReader(new StringReader(
                        new WebClient(base.toURI()).get("api/v1/workplans/2023").body()))
                .readObject();
        JsonObject target = plan.getJsonArray("activities").stream()
                .flatMap(a -> a.asJsonObject().getJsonArray("targets").stream())
                .map(JsonValue::asJsonObject)
                .filter(t -> description.equals(t.getString("description")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No target " + description + " in " + plan));
        return target.getJsonNumber("value").intValue();
    }

    private static Map<String, String> entityForm(String name, String party) {
        Map<String, String> form = new HashMap<>();
        form.put("entityForm:name", name);
        form.put("entityForm:shortName", "Tonalá");
        form.put("entityForm:kind", "MUNICIPALITY");
        form.put("entityForm:partyId", party);
        form.put("entityForm:institution", "");
        form.put("entityForm:joinedOn", "2023-01-10");
        form.put("entityForm:notes", "Nota interna: contacto en Obras Públicas");
        return form;
    }

    private static Map<String, String> agreementForm(String projects) {
        Map<String, String> form = new HashMap<>();
        form.put("agreementForm:title", TITLE);
        form.put("agreementForm:validUntil", "2024-09-30");
        form.put("agreementForm:commitments", "Publicar 5 proyectos por trimestre");
        form.put("agreementForm:projectsPerQuarter", projects);
        return form;
    }

    private static long id(String location) {
        Matcher id = ID.matcher(String.valueOf(location));
        assertTrue(id.find(), "an id in " + location);
        return Long.parseLong(id.group(1));
    }

    @Test
    @Order(1)
    void anyoneReadsThePublicPageAndTheApiButNotTheMembersPages() throws Exception {
        WebClient anonymous = new WebClient(base.toURI());
        WebClient.Page publicPage = anonymous.get("public/entities.xhtml");
        assertEquals(200, publicPage.status());
        assertTrue(publicPage.text().contains("Ayuntamiento de Zapopan"), publicPage.text());
        WebClient.Page members = anonymous.get("disclosure/entities.xhtml");
        assertEquals(302, members.status());
        assertTrue(members.location().contains("login.xhtml"), members.location());
        JsonObject zapopan = publicEntity("Ayuntamiento de Zapopan");
        assertNotNull(zapopan, "the demo entities are published");
        assertEquals("MX-MUN-14120", zapopan.getString("identifier"));
        assertEquals("2019-11-04", zapopan.getString("joinedOn"));
        assertEquals(
                "2023-03-23",
                zapopan.getJsonArray("agreements").getJsonObject(0).getString("signedOn"));
        assertTrue(publicEntities().size() >= 5, "the four entities with a 2023 agreement and Tlaquepaque");
    }

    @Test
    @Order(2)
    void membersReadTheEntitiesButDoNotEditThem() throws Exception {
        WebClient member = signedIn(MEMBER);
        WebClient.Page list = member.get("disclosure/entities.xhtml");
        assertEquals(200, list.status());
        assertTrue(list.text().contains("Gobierno del Estado de Jalisco"), list.text());
        assertEquals(403, member.get("disclosure/edit/entity.xhtml").status());
        assertEquals(403, member.get("disclosure/edit/agreement.xhtml?entity=1").status());
    }

    @Test
    @Order(3)
    void theManagerAddsAnEntityAndBadInputIsRefusedWithNothingKept() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String edit = "disclosure/edit/entity.xhtml";
        WebClient.Page noName =
                manager.submit(manager.get(edit), "entityForm", "entityForm:save", entityForm(" ", PARTY));
        assertTrue(noName.text().contains("Escriba el nombre de la entidad"), noName.text());
        WebClient.Page sameName = manager.submit(
                manager.get(edit), "entityForm", "entityForm:save", entityForm("Ayuntamiento de Zapopan", PARTY));
        assertTrue(sameName.text().contains("Ya hay una entidad publicadora con ese nombre"), sameName.text());
        WebClient.Page sameParty =
                manager.submit(manager.get(edit), "entityForm", "entityForm:save", entityForm(NAME, "MX-MUN-14120"));
        assertTrue(
                sameParty.text().contains("Ya hay una entidad con el identificador OC4IDS MX-MUN-14120"),
                sameParty.text());
        assertEquals(null, publicEntity(NAME), "nothing of the refused entity is kept");

        WebClient.Page saved =
                manager.submit(manager.get(edit), "entityForm", "entityForm:save", entityForm(NAME, PARTY));
        assertEquals(302, saved.status(), saved.body());
        entityId = id(saved.location());
        WebClient.Page page = manager.open(saved.location());
        assertTrue(page.text().contains("Entidad «" + NAME + "» guardada"), page.text());
    }

    @Test
    @Order(4)
    void theManagerAddsAndSignsAnAgreementAndATargetOf2023CountsIt() throws Exception {
        WebClient manager = signedIn(MANAGER);
        String activity = Jsoup.parse(
                        manager.get("workplan/index.xhtml?year=2023").body())
                .select("a:contains(III. Aumentar)")
                .attr("href");
        long activityId = id(activity);
        Map<String, String> target = new HashMap<>();
        target.put("targetForm:description", TARGET);
        target.put("targetForm:kind", "QUANTITY");
        target.put("targetForm:goal", "4");
        target.put("targetForm:unit", "convenios");
        target.put("targetForm:aggregation", "SUM");
        target.put("targetForm:autoCount", "AGREEMENTS_SIGNED");
        target.put("targetForm:reason", "El GMS acordó contar los convenios desde el registro de entidades");
        WebClient.Page targetSaved = manager.submit(
                manager.get("workplan/edit/activity.xhtml?id=" + activityId),
                "targetForm",
                "targetForm:saveTarget",
                target);
        assertTrue(targetSaved.text().contains("guardada"), targetSaved.text());
        assertEquals(3, countedTarget(TARGET), "the demo's agreements signed in January–March 2023");
        target.put("targetForm:description", JOINED_TARGET);
        target.put("targetForm:goal", "2");
        target.put("targetForm:unit", "entidades");
        target.put("targetForm:autoCount", "ENTITIES_JOINED");
        WebClient.Page joinedSaved = manager.submit(
                manager.get("workplan/edit/activity.xhtml?id=" + activityId),
                "targetForm",
                "targetForm:saveTarget",
                target);
        assertTrue(joinedSaved.text().contains("guardada"), joinedSaved.text());
        assertEquals(1, countedTarget(JOINED_TARGET), "Tonalá joined on 10 January 2023; Tlaquepaque in June");

        String add = "disclosure/edit/agreement.xhtml?entity=" + entityId;
        WebClient.Page word = manager.upload(
                manager.get(add),
                "agreementForm",
                "agreementForm:save",
                agreementForm("5"),
                "agreementForm:document",
                "convenio.docx",
                "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(word.text().contains("El convenio firmado debe ser un archivo PDF"), word.text());
        WebClient.Page negative = manager.upload(
                manager.get(add),
                "agreementForm",
                "agreementForm:save",
                agreementForm("-3"),
                "agreementForm:document",
                "convenio.pdf",
                PDF);
        assertTrue(negative.text().contains("Los proyectos por trimestre no pueden ser negativos"), negative.text());
        WebClient.Page disguised = manager.upload(
                manager.get(add),
                "agreementForm",
                "agreementForm:save",
                agreementForm("5"),
                "agreementForm:document",
                "convenio.pdf",
                "no soy un PDF".getBytes(StandardCharsets.UTF_8));
        assertTrue(disguised.text().contains("no corresponde a su extensión"), disguised.text());
        assertTrue(
                manager.get("disclosure/entity.xhtml?id=" + entityId).text().contains("aún no tiene convenios"),
                "nothing of the refused agreements is kept");

        WebClient.Page saved = manager.upload(
                manager.get(add),
                "agreementForm",
                "agreementForm:save",
                agreementForm("5"),
                "agreementForm:document",
                "convenio-tonala.pdf",
                PDF);
        assertEquals(302, saved.status(), saved.body());
        long agreementId = id(saved.location());
        String edit = "disclosure/edit/agreement.xhtml?id=" + agreementId;
        WebClient.Page future = manager.submit(
                manager.get(edit), "signForm", "signForm:sign", Map.of("signForm:signedOn", "2099-01-01"));
        assertTrue(future.text().contains("La fecha de firma no puede ser posterior a hoy"), future.text());
        WebClient.Page signed = manager.submit(
                manager.get(edit), "signForm", "signForm:sign", Map.of("signForm:signedOn", "2023-01-20"));
        assertEquals(302, signed.status(), signed.body());
        assertTrue(manager.open(signed.location()).text().contains("Firma del convenio registrada"));
        assertEquals(4, countedTarget(TARGET), "the agreement signed on 20 January 2023 counts");

        WebClient.Page document = manager.get("disclosure/files/agreement/" + agreementId);
        assertEquals(200, document.status());
        assertEquals("application/pdf", document.header("Content-Type"));
    }

    @Test
    @Order(5)
    void theOpenDataListsTheEntityAsJsonAndCsvWithTheSameNumbers() throws Exception {
        JsonObject entity = publicEntity(NAME);
        assertNotNull(entity);
        assertEquals(PARTY, entity.getString("identifier"));
        assertEquals("MUNICIPALITY", entity.getString("kind"));
        assertFalse(entity.toString().contains("Nota interna"), "internal notes are never published");
        JsonObject agreement = entity.getJsonArray("agreements").getJsonObject(0);
        assertEquals(TITLE, agreement.getString("title"));
        assertEquals("2023-01-20", agreement.getString("signedOn"));
        assertEquals(5, agreement.getInt("projectsPerQuarter"));
        assertTrue(agreement
                .getString("documentUrl")
                .endsWith("/public/disclosure/agreement/"
                        + agreement.getJsonNumber("id").longValue() + ".pdf"));
        assertEquals(
                200,
                new WebClient(base.toURI())
                        .get("public/disclosure/agreement/"
                                + agreement.getJsonNumber("id").longValue() + ".pdf")
                        .status());
        assertEquals(1, entity.getInt("agreementsSigned"));
        assertEquals(entityId, entity.getJsonNumber("id").longValue());
        JsonObject one = Json.createReader(new StringReader(new WebClient(base.toURI())
                        .get("api/v1/entities/" + entityId)
                        .body()))
                .readObject();
        assertEquals(entity, Json.createObjectBuilder(one).remove("history").build(), "the list, without history");
        assertEquals(0, entity.getInt("projectsPublished"));
        assertFalse(entity.containsKey("idsCompleteness"), "no average of no projects");

        WebClient.Page csv = new WebClient(base.toURI()).get("api/v1/entities", Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status());
        List<String> lines = csv.body().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(publicEntities().size(), lines.size() - 1, "one row per entity");
        String[] row = lines.stream()
                .filter(l -> l.startsWith(entityId + ","))
                .findFirst()
                .orElseThrow()
                .split(",");
        assertEquals(PARTY, row[header.indexOf("identifier")]);
        assertEquals(String.valueOf(entity.getInt("agreementsSigned")), row[header.indexOf("agreementsSigned")]);
        assertEquals(String.valueOf(entity.getInt("agreementsInForce")), row[header.indexOf("agreementsInForce")]);
    }

    @Test
    @Order(6)
    void theQrCodeLeadsToTheEntitysPublicPage() throws Exception {
        String url = publicEntity(NAME).getString("url");
        assertTrue(url.endsWith("/public/entities.xhtml?id=" + entityId), url);
        WebClient manager = signedIn(MANAGER);
        byte[] png = manager.bytes("disclosure/files/qr/" + entityId + ".png");
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))))
                .getText();
        assertEquals(url, decoded);
        assertTrue(new String(manager.bytes("disclosure/files/qr/" + entityId + ".svg"), StandardCharsets.UTF_8)
                .contains("<title>"));
        byte[] sheet = manager.bytes("disclosure/files/qr/" + entityId + ".pdf");
        assertEquals("%PDF-", new String(sheet, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(
                302,
                new WebClient(base.toURI())
                        .get("disclosure/files/qr/" + entityId + ".png")
                        .status());

        WebClient.Page publicPage = new WebClient(base.toURI()).get("public/entities.xhtml?id=" + entityId);
        assertEquals(200, publicPage.status());
        assertTrue(publicPage.text().contains(TITLE), publicPage.text());
        assertFalse(publicPage.text().contains("Ayuntamiento de Zapopan"), "the QR's page shows that entity alone");
    }

    @Test
    @Order(7)
    void importedProjectsShowInTheOpenDataAndOnTheirPublicPages() throws Exception {
        String extra = ",\"status\":\"implementation\",\"period\":{\"startDate\":\"2023-02-01T00:00:00Z\","
                + "\"endDate\":\"2024-06-30T00:00:00Z\"},\"budget\":{\"amount\":{\"amount\":1500000.5,"
                + "\"currency\":\"MXN\"}}";
        String pack = "{\"version\":\"0.9\",\"projects\":["
                + Imports.project(SCRIPT_PROJECT, SCRIPT_TITLE, PARTY, NAME, extra) + ","
                + Imports.project(PLAIN_PROJECT, "Banquetas del centro de Tonalá", PARTY, NAME, "") + "]}";
        WebClient.Page report = Imports.upload(signedIn(MANAGER), "tonala.json", pack.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.body().contains("La importación se aplicó"), report.text());

        WebClient anonymous = new WebClient(base.toURI());
        WebClient.Page page = anonymous.get("public/project.xhtml?id=" + SCRIPT_PROJECT);
        assertEquals(200, page.status(), page.body());
        assertEquals(SCRIPT_TITLE, page.document().selectFirst("h1").text(), "the title shows as text");
        assertFalse(page.body().contains("<script>alert"), "never as markup");
        assertEquals(SCRIPT_PROJECT, page.document().getElementById("projectId").text());
        assertEquals(NAME, page.document().selectFirst("#entity a").text());
        assertTrue(page.document().getElementById("budget").text().contains("1,500,000.50"), page.text());
        assertEquals(
                StandInPlatform.projectUrl(SCRIPT_PROJECT),
                page.document().getElementById("platformLink").attr("href"));
        assertFalse(page.text().contains("tonala.json"), "nothing of the import: " + page.text());
        String jsonUrl = page.document().getElementById("rawJson").attr("href");
        assertTrue(jsonUrl.endsWith("/public/disclosure/project.json?id=" + SCRIPT_PROJECT), jsonUrl);
        WebClient.Page json = anonymous.get(jsonUrl.substring(jsonUrl.indexOf("public/disclosure/")));
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").startsWith("application/json"), json.header("Content-Type"));
        assertTrue(json.body().contains(SCRIPT_TITLE), json.body());
        assertEquals(
                404,
                anonymous.get("public/project.xhtml?id=oc4ids-no-such-project").status());
        assertEquals(
                404,
                anonymous
                        .get("public/disclosure/project.json?id=oc4ids-no-such-project")
                        .status());

        int points = points(anonymous, SCRIPT_PROJECT) + points(anonymous, PLAIN_PROJECT);
        BigDecimal completeness = Snapshots.percent(points / 2.0);
        JsonObject entity = publicEntity(NAME);
        assertEquals(2, entity.getInt("projectsPublished"));
        assertEquals(
                0,
                completeness.compareTo(entity.getJsonNumber("idsCompleteness").bigDecimalValue()),
                entity.toString());
        assertNotNull(entity.getString("firstPublishedOn"));
        assertEquals(entity.getString("firstPublishedOn"), entity.getString("lastUpdatedOn"), "both came today");

        Map<String, String> row =
                CsvRows.of(new WebClient(base.toURI())
                                .get("api/v1/entities", Map.of("Accept", "text/csv"))
                                .body())
                        .stream()
                        .filter(r -> r.get("id").equals(String.valueOf(entityId)))
                        .findFirst()
                        .orElseThrow();
        assertEquals("2", row.get("projectsPublished"));
        assertEquals(0, completeness.compareTo(new BigDecimal(row.get("idsCompleteness"))), row.toString());
        assertEquals(entity.getString("firstPublishedOn"), row.get("firstPublishedOn"));
        assertEquals(entity.getString("lastUpdatedOn"), row.get("lastUpdatedOn"));

        JsonArray history = Json.createReader(new StringReader(
                        anonymous.get("api/v1/entities/" + entityId).body()))
                .readObject()
                .getJsonArray("history");
        JsonObject today = history.getJsonObject(history.size() - 1);
        assertEquals(entity.getString("lastUpdatedOn"), today.getString("date"));
        assertEquals(2, today.getInt("projects"));
        assertEquals(
                0, completeness.compareTo(today.getJsonNumber("idsCompleteness").bigDecimalValue()));

        WebClient.Page entityPage = anonymous.get("public/entities.xhtml?id=" + entityId);
        var link = entityPage.document().selectFirst("#projectsTable a:contains(Banquetas del centro)");
        assertNotNull(link, entityPage.text());
        assertEquals(200, anonymous.open(link.attr("href")).status(), "the entity's page leads to the project's");
        assertTrue(entityPage.document().selectFirst("#projectsTable").text().contains(SCRIPT_TITLE));
    }

    /** The CoST IDS points a project's public page says it publishes ("Publica 9 de 39 puntos"). */
    private static int points(WebClient client, String project) throws Exception {
        String summary = client.get("public/project.xhtml?id=" + project)
                .document()
                .getElementById("idsSummary")
                .text();
        Matcher count = Pattern.compile("Publica (\\d+) de 39").matcher(summary);
        assertTrue(count.find(), summary);
        return Integer.parseInt(count.group(1));
    }
}
