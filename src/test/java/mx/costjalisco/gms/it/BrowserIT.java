package mx.costjalisco.gms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people do, in a real browser: the secretary registers an institution with its titular and suplente and finds
 * it in the list and on the public page; a member is refused the edit page; the manager imports OC4IDS projects,
 * resolves their publisher, links a project to a piece of evidence and follows the link to the platform. Every page
 * visited is photographed and checked for accessibility; no page may log a script error (a CSP violation would show
 * there).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static Browser browser;
    private static final List<String> consoleErrors = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return base.toString() + path;
    }

    private void check(String name) {
        browser.check(name);
        browser.consoleErrors().forEach(error -> consoleErrors.add(name + ": " + error));
    }

    private void signIn(String email, String password) {
        browser.forget();
        browser.open(url("login.xhtml"));
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", password);
        browser.click("#login\\:submit");
    }

    private void signOut() {
        browser.click("#userForm\\:signOut");
        // wait for the signed-out page, or the next navigation may race the sign-out's redirect
        browser.find("#signIn");
    }

    @Test
    @Order(1)
    void thePublicPagesReadWellForAnyone() {
        browser.open(url(""));
        check("inicio-publico");
        browser.click("a[href$='/public/composition.xhtml']");
        assertTrue(browser.text("main").contains("Cámara Mexicana de la Industria de la Construcción"));
        assertEquals("es-MX", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        check("integracion-publica");
        browser.open(url("login.xhtml"));
        check("iniciar-sesion");
    }

    @Test
    @Order(2)
    void theSecretaryRegistersAnInstitutionWithItsTitularAndSuplente() {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        String name = "Universidad Politécnica de Prueba " + tag;
        signIn(DemoAccounts.SECRETARY, DemoAccounts.PASSWORD);
        assertTrue(browser.text("main h1").contains("Inicio"));
        check("inicio-secretaria");

        browser.open(url("members/institutions.xhtml"));
        check("instituciones");
        browser.click("#list\\:add");

        browser.click("#form\\:save");
        browser.waitForText("#form", "este dato es obligatorio");
        check("registrar-institucion-errores");

        browser.type("#form\\:name", name);
        browser.type("#form\\:acronym", "UPP" + tag);
        browser.choose("form:sector", "Academia");
        browser.choose("form:type", "Universidad");
        browser.type("#form\\:joinedOn_input", "15/01/2024");
        browser.driver().findElement(By.cssSelector("#form\\:approvedBy")).click();
        browser.type("#form\\:approvedBy", "Sesión ordinaria del 18 de mayo de 2023");
        browser.click("#form\\:save");
        browser.screenshot("registrar-institucion-guardar");
        browser.waitForText("main h1", name);
        assertTrue(browser.text("#messages").contains("Se registró"), browser.text("#messages"));
        check("institucion-registrada");

        appointNewPerson("Titular", "Lucía Titular " + tag, "lucia." + tag + "@prueba.example");
        appointNewPerson("Suplente", "Mario Suplente " + tag, "mario." + tag + "@prueba.example");
        browser.waitForText("#appointments", "Mario Suplente " + tag);
        String representatives = browser.text("#appointments");
        assertTrue(representatives.contains("Lucía Titular " + tag), representatives);
        check("institucion-con-representantes");

        browser.open(url("members/institutions.xhtml"));
        browser.type("#list\\:text", "Politécnica de Prueba " + tag);
        browser.waitForText("#list\\:institutions", "Lucía Titular " + tag);
        assertTrue(browser.text("#list\\:institutions").contains(name));
        check("lista-filtrada");

        signOut();
        browser.open(url("public/composition.xhtml"));
        String composition = browser.text("main");
        assertTrue(composition.contains(name), "the public page lists it");
        assertTrue(composition.contains("Lucía Titular " + tag) && composition.contains("Mario Suplente " + tag));
        assertTrue(!composition.contains("lucia." + tag + "@prueba.example"), "without contact data");
    }

    private void appointNewPerson(String role, String fullName, String email) {
        browser.click("#actions\\:appoint");
        browser.find("#appointDialogBox");
        browser.choose("appointForm:role", role);
        browser.click("label[for='appointForm:newPerson:1']");
        browser.type("#appointForm\\:fullName", fullName);
        browser.type("#appointForm\\:email", email);
        browser.type("#appointForm\\:position", "Dirección de Vinculación");
        if ("Titular".equals(role)) {
            check("designar-titular");
        }
        browser.click("#appointForm\\:save");
        browser.waitForText("#appointments", fullName);
    }

    @Test
    @Order(3)
    void aMemberReadsTheRegistryButIsRefusedTheEditPage() {
        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        browser.open(url("members/institutions.xhtml"));
        assertTrue(
                browser.driver().findElements(By.cssSelector("#list\\:add")).isEmpty(),
                "no 'register' button for a member");
        browser.open(url("members/edit/institution.xhtml"));
        assertTrue(browser.text("main h1").contains("Acceso no permitido"), browser.text("main"));
        check("acceso-no-permitido");
        signOut();
    }

    @Test
    @Order(4)
    void theOtherPagesOfTheRegistryAreAccessibleToo() {
        signIn(DemoAccounts.SECRETARY, DemoAccounts.PASSWORD);
        browser.open(url("members/people.xhtml"));
        check("personas");
        browser.click("#list\\:people a[href*='person.xhtml']");
        check("persona");
        browser.open(url("members/offices.xhtml"));
        check("cargos");
        browser.open(url("audit/trail.xhtml"));
        check("bitacora");
        browser.open(url("members/institutions.xhtml"));
        browser.click("#list\\:institutions a[href*='institution.xhtml']");
        check("institucion");
        signOut();
        signIn(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        browser.open(url("admin/accounts.xhtml"));
        check("cuentas");
        browser.open(url("admin/account.xhtml"));
        check("crear-cuenta");
        browser.click("#languageForm\\:english");
        // the switch reloads the page: wait for the new one, whose <html> replaces the element read before
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.open(url("public/composition.xhtml"));
        assertTrue(browser.text("main").contains("Private sector"), "the choice of English is remembered");
        check("composition-english");
        browser.click("#languageForm\\:spanish");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "es-MX".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        signOut();
    }

    @Test
    @Order(5)
    void theSecretarySchedulesASessionBuildsTheAgendaAndConvenesIt() {
        LocalDate day = LocalDate.now(ZoneId.of("America/Mexico_City"))
                .plusWeeks(5)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        signIn(DemoAccounts.SECRETARY, DemoAccounts.PASSWORD);
        browser.open(url("meetings/calendar.xhtml"));
        check("calendario-de-sesiones");
        browser.click("#yearForm\\:schedule");
        browser.type("#form\\:place", "Sala de juntas del navegador");
        browser.typeDate("#form\\:day_input", day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.waitForText("#form\\:noticeInfo", "Fecha límite para convocar");
        browser.typeDate("#form\\:startTime_input", "10:30");
        check("programar-sesion");
        browser.click("#form\\:save");
        browser.waitForText("main h1", "sesión ordinaria");
        assertTrue(browser.text("#messages").contains("Se programó"), browser.text("#messages"));
        assertTrue(
                browser.text("#details").contains("10:30"),
                "the typed start time is kept: " + browser.text("#details"));
        check("sesion-programada");

        browser.click("#actions\\:agenda");
        browser.type("#itemForm\\:title", "Revisión del tablero de indicadores");
        browser.click("#itemForm\\:saveItem");
        browser.waitForText("#items", "Revisión del tablero de indicadores");
        browser.find("#documentForm\\:file").sendKeys(samplePdf().toString());
        browser.click("#documentForm\\:upload");
        browser.waitForText("#documentList", "tablero-de-indicadores.pdf");
        check("orden-del-dia");

        browser.click("main a[href*='meetings/meeting.xhtml']");
        browser.click("#actions\\:convene");
        browser.find("#conveneDialogBox");
        browser.waitForText("#conveneForm", "Destinatarios");
        check("enviar-convocatoria");
        browser.click("#conveneForm\\:send");
        browser.waitForText("#messages", "bandeja de salida");
        browser.waitForText("#deliveries", "Convocatoria");
        assertTrue(browser.text("#details").contains("Convocada"), browser.text("#details"));
        check("entrega-de-la-convocatoria");
    }

    /** A small real PDF to attach, as a person would pick one from the disk. */
    private static Path samplePdf() {
        try {
            Path file = Files.createTempDirectory("gms-browser").resolve("tablero-de-indicadores.pdf");
            Files.writeString(file, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(6)
    void aLateConvocationIsRefusedWithoutAJustification() {
        LocalDate soon = LocalDate.now(ZoneId.of("America/Mexico_City")).plusDays(3);
        signIn(DemoAccounts.SECRETARY, DemoAccounts.PASSWORD);
        browser.open(url("meetings/edit/meeting.xhtml"));
        browser.click("label[for='form:kind:1']");
        browser.type("#form\\:videoUrl", "https://meet.example.org/urgente");
        browser.typeDate("#form\\:day_input", soon.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.waitForText("#form\\:noticeInfo", "Plazo vencido");
        browser.click("#form\\:save");
        browser.waitForText("main h1", "sesión extraordinaria");
        browser.click("#actions\\:agenda");
        browser.type("#itemForm\\:title", "Asunto urgente");
        browser.click("#itemForm\\:saveItem");
        browser.waitForText("#items", "Asunto urgente");
        browser.click("main a[href*='meetings/meeting.xhtml']");
        browser.click("#actions\\:convene");
        browser.waitForText("#conveneForm", "El plazo para convocar ya venció");
        browser.click("#conveneForm\\:send");
        browser.waitForText("#conveneForm", "Para enviarla ahora escriba la justificación");
        check("convocatoria-tardia-rechazada");
        assertTrue(browser.text("#details").contains("Programada"), "nothing was sent");
        browser.type("#conveneForm\\:justification", "La Presidencia la pidió por un asunto urgente.");
        browser.click("#conveneForm\\:send");
        browser.waitForText("#details", "Convocada");
        assertTrue(browser.text("#details").contains("La Presidencia la pidió"), "the justification is kept");
    }

    @Test
    @Order(7)
    void aMemberFollowsTheLinkInTheMailObservesAndApprovesTheNewVersion() throws Exception {
        Smtp smtp = Smtp.started();
        try {
            long meetingId = firstOrdinarySession2023();
            signIn(DemoAccounts.SECRETARY, DemoAccounts.PASSWORD);
            browser.open(url("meetings/meeting.xhtml?id=" + meetingId));
            browser.click("#minutesForm\\:draftMinutes");
            browser.waitForText("main h1", "Redacción");
            browser.find(".ql-editor").click();
            browser.find(".ql-editor").sendKeys("La Secretaría Técnica pasó lista y declaró el quórum.");
            browser.click("#narrativeForm\\:saveNarrative");
            browser.waitForText("#messages", "Narrativa guardada");
            check("redaccion-del-acta");
            browser.click("#issueForm\\:issue");
            browser.waitForText("#messages", "Se emitió la versión 1");
            check("acta-en-revision");

            MimeMessage request = smtp.await(
                            message -> DemoAccounts.MEMBER.equals(Mails.addressee(message))
                                    && Mails.subject(message)
                                            .startsWith("Acta para revisión: 1ª sesión ordinaria 2023"),
                            1,
                            Duration.ofSeconds(60))
                    .get(0);
            Matcher link = Pattern.compile("https?://\\S+/minutes/minutes\\.xhtml\\?id=(\\d+)")
                    .matcher(Mails.text(request));
            assertTrue(link.find(), Mails.text(request));
            String minutesPath = "minutes/minutes.xhtml?id=" + link.group(1);

            signOut();
            browser.open(url(minutesPath)); // the link in the mail, on this server
            browser.type("#login\\:email", DemoAccounts.MEMBER);
            browser.type("#login\\:password", DemoAccounts.PASSWORD);
            browser.click("#login\\:submit");
            browser.waitForText("main h1", "Acta");
            assertTrue(browser.text("#content").contains("declaró el quórum"), browser.text("#content"));
            check("acta-para-revisar");
            browser.type("#observationForm\\:observation", "Falta registrar la hora de inicio de la sesión.");
            browser.click("#observationForm\\:sendObservation");
            browser.waitForText("#messages", "Su observación quedó registrada");
            browser.waitForText("#observations", "hora de inicio");

            signOut();
            signIn(DemoAccounts.SECRETARY, DemoAccounts.PASSWORD);
            browser.open(url(minutesPath.replace("minutes/minutes", "minutes/edit/minutes")));
            browser.click("#answerForm label[for$=':answer:0']");
            browser.click("#answerForm button[id$=':0:saveAnswer']");
            browser.waitForText("#messages", "Respuesta guardada");
            browser.find(".ql-editor").click();
            browser.find(".ql-editor").sendKeys(" La sesión inició a las 9:10 horas.");
            browser.click("#narrativeForm\\:saveNarrative");
            browser.waitForText("#messages", "Narrativa guardada");
            browser.click("#issueForm\\:issue");
            browser.waitForText("#messages", "Se emitió la versión 2");

            signOut();
            signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
            browser.open(url(minutesPath));
            browser.waitForText("#diff", "9:10");
            check("acta-version-2-con-cambios");
            browser.click("#actions\\:approve");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText("#messages", "Se registró la aprobación de la versión 2");
            browser.waitForText("#approvedForYou", "Su institución ya aprobó esta versión");
            check("acta-aprobada-por-el-integrante");

            // switching the language keeps the reader on the same minutes (the page's ?id= survives the switch)
            browser.click("#languageForm\\:english");
            browser.waitForText("main h1", "Minutes");
            assertTrue(browser.text("#approvedForYou").contains("already approved"), browser.text("#approvedForYou"));
            check("acta-en-ingles");
            browser.click("#languageForm\\:spanish");
            browser.waitForText("main h1", "Acta");
        } finally {
            smtp.stop();
        }
    }

    private long firstOrdinarySession2023() throws Exception {
        String json =
                new WebClient(base.toURI()).get("api/v1/meetings?year=2023").body();
        for (var value :
                jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray()) {
            var meeting = value.asJsonObject();
            if ("ORDINARY".equals(meeting.getString("kind")) && meeting.getInt("number") == 1) {
                return meeting.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError(json);
    }

    @Test
    @Order(8)
    void aLiaisonAddsProgressWithAPhotoAndTheManagerSeesTheDashboardChangeAndGetsTheReport() throws Exception {
        String target = "100 personas de CMIC";
        String dashboard = url("workplan/index.xhtml?year=2023&asOf=2023-12-31");
        signIn(DemoAccounts.MANAGER, DemoAccounts.PASSWORD);
        browser.open(dashboard);
        String before = rowOf(target).getText();
        assertTrue(before.contains("Atrasada"), before);
        int doneBefore = statusCount("Cumplida");
        signOut();

        signIn(DemoAccounts.LIAISON, DemoAccounts.PASSWORD);
        browser.open(dashboard);
        browser.driver()
                .findElement(By.partialLinkText("Generación de capacidades"))
                .click();
        browser.waitForPage();
        new Select(browser.find("#progressForm\\:target"))
                .selectByVisibleText(browser.find("#progressForm\\:target").findElements(By.tagName("option")).stream()
                        .map(WebElement::getText)
                        .filter(text -> text.startsWith(target))
                        .findFirst()
                        .orElseThrow());
        WebElement date = browser.find("#progressForm\\:date");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2023-12-12'", date);
        browser.type("#progressForm\\:amount", "40");
        browser.type("#progressForm\\:note", "Taller con organizaciones civiles en Guadalajara; 40 asistentes");
        Path photo = Files.createTempFile("taller", ".png");
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(27, 110, 58));
        g.fillRect(0, 0, 1600, 1200);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        browser.find("#progressForm\\:files").sendKeys(photo.toAbsolutePath().toString());
        new Select(browser.find("#progressForm\\:evidenceType")).selectByVisibleText("Evidencia fotográfica");
        browser.type("#progressForm\\:evidenceDescription", "Foto del taller con OSC");
        browser.click("#progressForm\\:save");
        browser.waitForText("#messages", "Avance registrado");
        assertTrue(
                browser.find("#evidenceList img[alt='Foto del taller con OSC']").isDisplayed(), "the thumbnail shows");
        check("plan-avance-registrado");
        Files.deleteIfExists(photo);
        signOut();

        signIn(DemoAccounts.MANAGER, DemoAccounts.PASSWORD);
        browser.open(dashboard);
        String after = rowOf(target).getText();
        assertTrue(after.contains("Cumplida"), after);
        assertTrue(after.contains("108"), after);
        assertEquals(doneBefore + 1, statusCount("Cumplida"));
        check("plan-tablero");
        Object report = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('reportLink').href).then(r => r.arrayBuffer().then(b =>"
                        + " done(r.status + ' ' + r.headers.get('Content-Type') + ' '"
                        + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + ' ' + b.byteLength)));");
        assertTrue(String.valueOf(report).startsWith("200 application/pdf %PDF-"), String.valueOf(report));
        signOut();
    }

    private WebElement rowOf(String target) {
        return browser.driver().findElements(By.cssSelector(".gms-targets tbody tr")).stream()
                .filter(row -> row.getText().startsWith(target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + target));
    }

    private int statusCount(String label) {
        return browser.driver().findElements(By.cssSelector("#statusCounts li")).stream()
                .filter(item -> item.getText().contains(label))
                .map(item -> Integer.parseInt(
                        item.findElement(By.cssSelector(".gms-count")).getText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(9)
    void theManagerImportsProjectsResolvesTheirPublisherAndLinksOneToEvidence() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        String publisher = "Comisión Estatal del Agua " + tag;
        String ocid = "oc4ids-navegador-" + tag;
        Path file = Files.createTempFile("paquete", ".json");
        Files.writeString(
                file,
                Imports.pack(
                        Imports.project(ocid, "Planta potabilizadora " + tag, "MX-CEA-" + tag, publisher, ""),
                        Imports.project(
                                "oc4ids-navegador-gdl-" + tag, "Mercado " + tag, "MX-MUN-14039", "Guadalajara", "")));
        try (StandInPlatform platform = StandInPlatform.start()) {
            signIn(DemoAccounts.MANAGER, DemoAccounts.PASSWORD);
            browser.open(url("disclosure/edit/imports.xhtml"));
            check("importar-proyectos");
            browser.find("#importForm\\:file").sendKeys(file.toAbsolutePath().toString());
            browser.click("#importForm\\:upload");
            browser.waitForText("#status", "La importación se aplicó"); // the report page polls until it is done
            assertEquals("2", browser.text("#countNew"));
            assertEquals("1", browser.text("#countUnmatched"));
            assertTrue(browser.text("#unmatched").contains(publisher), browser.text("#unmatched"));
            check("importacion-reporte");

            browser.open(url("disclosure/edit/imports.xhtml"));
            WebElement row = browser.driver().findElements(By.cssSelector("#matchTable tbody tr")).stream()
                    .filter(r -> r.getText().contains(publisher))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row to resolve " + publisher));
            new Select(row.findElement(By.tagName("select"))).selectByVisibleText("Gobierno del Estado de Jalisco");
            row.findElement(By.cssSelector("input[type=submit]")).click();
            browser.waitForPage();
            browser.waitForText("#messages", "quedaron asignados");
            check("resolver-publicador");

            browser.open(url("workplan/index.xhtml?year=2023"));
            browser.driver()
                    .findElement(By.partialLinkText("Generación de capacidades"))
                    .click();
            browser.waitForPage();
            browser.click("#evidenceList a[id$='linkEVIDENCE']");
            assertTrue(browser.text("#subject").startsWith("Evidencia"), browser.text("#subject"));
            browser.type("#searchForm\\:q", "potabilizadora " + tag);
            browser.click("#searchForm\\:search");
            browser.waitForText("#found", ocid);
            check("vincular-proyecto");
            browser.click("#found input[type=submit]");
            browser.waitForText("#currentLinks", ocid);
            browser.click("#back");
            browser.waitForText("#evidenceList", ocid);
            browser.driver().findElement(By.linkText(ocid)).click();
            browser.waitForPage();
            assertTrue(browser.text("main").contains("Gobierno del Estado de Jalisco"), "the resolved entity");
            check("proyecto-vinculado");
            browser.click("#platformLink");
            browser.waitForText("#project", "Proyecto " + ocid);
            assertEquals(StandInPlatform.projectUrl(ocid), browser.driver().getCurrentUrl());
            browser.driver().navigate().back();
            browser.waitForPage();
            signOut();

            browser.open(url("public/project.xhtml?id=" + ocid)); // what anyone reads of it, signed out
            assertTrue(browser.text("h1").contains("Planta potabilizadora " + tag), browser.text("h1"));
            check("proyecto-publico");
            browser.click("#entity a");
            assertTrue(browser.text("main").contains(ocid), "the entity's public page lists the project");
            check("entidad-publica");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(10)
    void noPageHadAnAccessibilityProblemOrAScriptError() {
        assertEquals(List.of(), browser.accessibilityProblems(), "axe-core found serious problems");
        assertEquals(List.of(), consoleErrors, "the browser console reported errors");
    }
}
