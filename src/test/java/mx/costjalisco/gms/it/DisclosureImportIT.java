package mx.costjalisco.gms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OC4IDS imports end to end, as the manager does them in the browser: a package with valid, invalid and
 * feed-deviating projects is taken (the invalid one listed with its reason, the deviations named), re-importing it
 * changes nothing, bad packages are refused whole (repeated ids, not JSON, empty, too big, a private address), an
 * unmatched publisher is resolved once and its projects follow, a project is linked to an agreement and the link
 * leads to the platform; members read but do not import.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureImportIT {

    private static final Pattern IMPORT_ID = Pattern.compile("import\\.xhtml\\?id=(\\d+)");
    private static final boolean OFFICIAL_SCHEMA = Files.isDirectory(Path.of("..", "shared", "oc4ids"));

    static String project(String id, String title, String authorityId, String authorityName, String extra) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"updated\":\"2026-11-30T10:00:00-06:00\","
                + "\"publicAuthority\":{\"id\":\"" + authorityId + "\",\"name\":\"" + authorityName + "\"},"
                + "\"parties\":[{\"id\":\"" + authorityId + "\",\"name\":\"" + authorityName
                + "\",\"roles\":[\"publicAuthority\"]}],\"sector\":[\"transport\"]" + extra + "}";
    }

    static final String PACKAGE = "{\"version\":\"1.0\",\"uri\":\"https://plataforma.example/paquete.json\","
            + "\"publishedDate\":\"2026-11-30T10:00:00-06:00\",\"publisher\":{\"name\":\"CoST Jalisco\"},\"projects\":["
            + project("oc4ids-mxdy6h-it-001", "Puente vehicular Las Juntas", "MX-MUN-14039", "Guadalajara", "") + ","
            + project(
                    "oc4ids-mxdy6h-it-002",
                    "Rehabilitación del mercado",
                    "MX-MUN-14039",
                    "Guadalajara",
                    ",\"status\":\"En ejecución\",\"contractingProcess\":{\"id\":\"cp-1\"}")
            + ","
            + project("oc4ids-mxdy6h-it-003", "Colector pluvial", "MX-MUN-99999", "Ayuntamiento de Prueba", "") + ","
            + project(
                    "oc4ids-mxdy6h-it-004",
                    "Proyecto con presupuesto roto",
                    "MX-MUN-14039",
                    "Guadalajara",
                    ",\"budget\":{\"amount\":{\"amount\":\"mucho\",\"currency\":\"MXN\"}}")
            + "]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private WebClient manager() throws Exception {
        return WebClient.signedIn(base, DemoAccounts.MANAGER);
    }

    /** Uploads the bytes as the client (the manager); answers the import's report page once it is no longer running. */
    static WebClient.Page upload(WebClient client, String name, byte[] bytes) throws Exception {
        WebClient.Page form = client.get("disclosure/edit/imports.xhtml");
        assertEquals(200, form.status(), form.body());
        WebClient.Page sent =
                client.upload(form, "importForm", "importForm:upload", Map.of(), "importForm:file", name, bytes);
        if (sent.status() != 302) {
            return sent; // refused at once, on the form
        }
        Matcher id = IMPORT_ID.matcher(sent.location());
        assertTrue(id.find(), sent.location());
        return report(client, id.group(1));
    }

    static WebClient.Page report(WebClient client, String id) throws Exception {
        for (int i = 0; i < 120; i++) {
            WebClient.Page page = client.get("disclosure/import.xhtml?id=" + id);
            if (!page.body().contains("en curso")) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + id + " still running");
    }

    private static String text(WebClient.Page page, String elementId) {
        var element = page.document().getElementById(elementId);
        return element == null ? null : element.text();
    }

    @Test
    @Order(1)
    void aPackageIsTakenWithItsInvalidProjectListedAndItsDeviationsNamed() throws Exception {
        WebClient.Page report = upload(manager(), "paquete.json", PACKAGE.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.body().contains("La importación se aplicó"), report.text());
        assertEquals("3", text(report, "countNew"), report.text());
        assertEquals("1", text(report, "countInvalid"));
        assertEquals("1", text(report, "countUnmatched"));
        String invalid = text(report, "invalid");
        assertTrue(invalid.contains("oc4ids-mxdy6h-it-004") && invalid.contains("/budget/amount/amount"), invalid);
        String warnings = text(report, "warnings");
        assertTrue(warnings.contains("versión") && warnings.contains("contractingProcess"), warnings);
        assertTrue(warnings.contains("En ejecución"), warnings);
        String schema = text(report, "schema");
        assertTrue(
                OFFICIAL_SCHEMA ? schema.contains("0.9.5") : schema.contains("estructurales"),
                "the report says what it validated against: " + schema);
        assertTrue(text(report, "unmatched").contains("Ayuntamiento de Prueba"));
    }

    @Test
    @Order(2)
    void reImportingTheSameFileChangesNothing() throws Exception {
        WebClient.Page report = upload(manager(), "paquete.json", PACKAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("0", text(report, "countNew"), report.text());
        assertEquals("0", text(report, "countUpdated"));
        assertEquals("3", text(report, "countUnchanged"));
    }

    @Test
    @Order(3)
    void badPackagesAreRefusedWholeWithAClearMessage() throws Exception {
        WebClient client = manager();
        String duplicate = "{\"version\":\"0.9\",\"projects\":["
                + project("oc4ids-mxdy6h-it-100", "Nuevo", "MX-MUN-14039", "Guadalajara", "") + ","
                + project("oc4ids-mxdy6h-it-100", "Otra vez", "MX-MUN-14039", "Guadalajara", "") + "]}";
        WebClient.Page refused = upload(client, "dup.json", duplicate.getBytes(StandardCharsets.UTF_8));
        assertTrue(refused.text().contains("repite el id de proyecto «oc4ids-mxdy6h-it-100»"), refused.text());
        WebClient.Page projects = client.get("disclosure/projects.xhtml?q=it-100");
        assertTrue(projects.text().contains("No hay proyectos que coincidan"), "nothing half-imported");

        refused = upload(client, "roto.json", "{\"projects\": [ {\"id\": ".getBytes(StandardCharsets.UTF_8));
        assertTrue(refused.text().contains("no es JSON válido"), refused.text());
        refused = upload(client, "lista.json", "[1,2]".getBytes(StandardCharsets.UTF_8));
        assertTrue(refused.text().contains("no es un paquete de proyectos"), refused.text());
        WebClient.Page empty = upload(client, "vacio.json", new byte[0]);
        assertTrue(empty.text().contains("está vacío"), empty.text());
        WebClient.Page big = upload(client, "grande.json", new byte[1024 * 1024 + 10]);
        assertTrue(big.text().contains("pasa del límite de 1 MB"), big.text());

        WebClient.Page form = client.get("disclosure/edit/imports.xhtml");
        WebClient.Page sent = client.submit(
                form, "fetchForm", "fetchForm:fetch", Map.of("fetchForm:url", "http://127.0.0.1:8080/x.json"));
        Matcher id = IMPORT_ID.matcher(sent.location());
        assertTrue(id.find(), sent.body());
        WebClient.Page privateUrl = report(client, id.group(1));
        assertTrue(privateUrl.text().contains("red privada"), privateUrl.text());
        sent = client.submit(form, "fetchForm", "fetchForm:fetch", Map.of("fetchForm:url", "file:///etc/passwd"));
        assertTrue(sent.text().contains("Solo se aceptan direcciones http o https"), sent.text());
    }

    @Test
    @Order(4)
    void anUnmatchedPublisherIsResolvedOnceAndRemembered() throws Exception {
        WebClient client = manager();
        WebClient.Page page = client.get("disclosure/edit/imports.xhtml");
        var select = page.document().selectFirst("#matchForm select");
        assertTrue(select != null, page.text());
        String entityId = select.select("option").stream()
                .filter(o -> o.text().contains("Zapopan"))
                .findFirst()
                .orElseThrow()
                .attr("value");
        String name = select.attr("name");
        String button =
                page.document().selectFirst("#matchForm input[type=submit]").attr("name");
        WebClient.Page saved = client.submit(page, "matchForm", button, Map.of(name, entityId));
        assertEquals(302, saved.status(), saved.text());
        WebClient.Page project = client.get("disclosure/projects.xhtml?q=it-003");
        assertTrue(project.text().contains("Zapopan"), project.text());
        WebClient.Page again = upload(client, "paquete.json", PACKAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("0", text(again, "countUnmatched"), "remembered: " + again.text());
        assertTrue(client.get("disclosure/edit/imports.xhtml").text().contains("Todos los publicadores"));
    }

    @Test
    @Order(5)
    void aMemberLinksAProjectToAnAgreementAndTheLinkLeadsToThePlatform() throws Exception {
        WebClient member = WebClient.signedIn(base, DemoAccounts.MEMBER);
        WebClient.Page page = member.get("disclosure/link.xhtml?kind=AGREEMENT&id=1&label=Convenio");
        assertEquals(200, page.status(), page.body());
        WebClient.Page found =
                member.submit(page, "searchForm", "searchForm:search", Map.of("searchForm:q", "Las Juntas"));
        assertTrue(found.text().contains("oc4ids-mxdy6h-it-001"), found.text());
        String button =
                found.document().selectFirst("#found input[type=submit]").attr("name");
        WebClient.Page linked = member.submit(found, "searchForm", button, Map.of());
        assertTrue(linked.text().contains("Se vinculó el proyecto oc4ids-mxdy6h-it-001"), linked.text());
        var link = linked.document().selectFirst("#currentLinks a.platform-link");
        assertEquals("https://plataforma.example/proyecto/oc4ids-mxdy6h-it-001", link.attr("href"));
    }

    @Test
    @Order(6)
    void membersReadButDoNotImport() throws Exception {
        WebClient member = WebClient.signedIn(base, DemoAccounts.MEMBER);
        assertEquals(403, member.get("disclosure/edit/imports.xhtml").status());
        assertEquals(200, member.get("disclosure/projects.xhtml").status());
        WebClient anonymous = new WebClient(base.toURI());
        WebClient.Page denied = anonymous.get("disclosure/projects.xhtml");
        assertEquals(302, denied.status());
        assertTrue(denied.location().contains("login.xhtml"), denied.location());
        assertEquals(302, anonymous.get("disclosure/files/project/1.json").status());
    }
}
