package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.ADMIN;
import static mx.costjalisco.gms.it.DemoAccounts.LIAISON;
import static mx.costjalisco.gms.it.DemoAccounts.MANAGER;
import static mx.costjalisco.gms.it.DemoAccounts.MEMBER;
import static mx.costjalisco.gms.it.DemoAccounts.PRESIDENT;
import static mx.costjalisco.gms.it.DemoAccounts.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.costjalisco.gms.platform.api.CsvRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what, checked from outside as a browser would: every role against every protected page, the public
 * surface for anyone — the open-data page and every dataset it links, the agreements as JSON and CSV with the same
 * numbers —, the sign-in and its lockout, the headers and cookie every response carries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    private WebClient signedIn(String email) throws Exception {
        WebClient client = client();
        WebClient.Page response = client.signIn(email, DemoAccounts.passwordOf(email));
        assertEquals(302, response.status(), "signing in as " + email + ":\n" + response.text());
        return client;
    }

    @Test
    void anyonePassesThePublicPagesAndTheApiButNotTheRegistry() throws Exception {
        WebClient anonymous = client();
        assertEquals(200, anonymous.get("").status());
        WebClient.Page composition = anonymous.get("public/composition.xhtml");
        assertEquals(200, composition.status());
        assertTrue(composition.text().contains("Cámara Mexicana de la Industria de la Construcción"));
        assertFalse(composition.body().contains("@demo.example"), "no e-mail address on the public page");
        for (String page : List.of(
                "home.xhtml",
                "members/institutions.xhtml",
                "members/edit/institution.xhtml",
                "admin/accounts.xhtml",
                "audit/trail.xhtml")) {
            WebClient.Page refused = anonymous.get(page);
            assertEquals(302, refused.status(), page);
            assertTrue(refused.location().contains("login.xhtml"), page + " leads to the sign-in page");
        }
    }

    @Test
    void eachRoleOpensExactlyThePagesItMay() throws Exception {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put("members/edit/institution.xhtml", List.of(SECRETARY));
        allowed.put("members/edit/person.xhtml", List.of(SECRETARY));
        allowed.put("admin/accounts.xhtml", List.of(ADMIN));
        allowed.put("admin/account.xhtml", List.of(ADMIN));
        allowed.put("audit/trail.xhtml", List.of(ADMIN, SECRETARY, MANAGER));
        List<String> everyone = List.of(ADMIN, SECRETARY, MANAGER, PRESIDENT, MEMBER, LIAISON);
        for (String page :
                List.of("home.xhtml", "members/institutions.xhtml", "members/people.xhtml", "members/offices.xhtml")) {
            allowed.put(page, everyone);
        }
        for (String account : everyone) {
            WebClient client = signedIn(account);
            for (Map.Entry<String, List<String>> rule : allowed.entrySet()) {
                WebClient.Page page = client.get(rule.getKey());
                int expected = rule.getValue().contains(account) ? 200 : 403;
                assertEquals(expected, page.status(), account + " opening " + rule.getKey());
                if (expected == 403) {
                    assertTrue(page.text().contains("Acceso no permitido"), "a proper 403 page in Spanish");
                }
            }
        }
    }

    /**
     * Six people signed in at once, each opening pages their role may open, twenty times over at the same moments: each
     * request is let in. (Payara Micro 6.2025's session re-authentication behind Jakarta Security's auto-applied
     * session could lose the caller's roles under concurrent requests and answer 403, payara/Payara#6145.)
     */
    @Test
    void peopleSignedInAtTheSameMomentAreEachLetIn() throws Exception {
        List<String> everyone = List.of(ADMIN, SECRETARY, MANAGER, PRESIDENT, MEMBER, LIAISON);
        List<WebClient> clients = new ArrayList<>();
        for (String account : everyone) {
            clients.add(signedIn(account));
        }
        ExecutorService pool = Executors.newFixedThreadPool(everyone.size());
        try {
            for (int round = 0; round < 20; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < clients.size(); i++) {
                    WebClient client = clients.get(i);
                    String account = everyone.get(i);
                    answers.add(pool.submit(() -> {
                        start.await();
                        int status = client.get("members/institutions.xhtml").status();
                        return status == 200 ? null : account + " got " + status;
                    }));
                }
                start.countDown();
                for (Future<String> answer : answers) {
                    assertNull(answer.get(), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The session id before signing in (which a page could have planted) is not the signed-in one. */
    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        WebClient client = client();
        String before = sessionId(client.get("login.xhtml"));
        assertNotNull(before, "the sign-in page starts a session");
        WebClient.Page signedIn = client.signIn(MEMBER, DemoAccounts.passwordOf(MEMBER));
        assertEquals(302, signedIn.status(), signedIn.text());
        String after = sessionId(signedIn);
        assertNotNull(after, "signing in sets a new session cookie");
        assertFalse(before.equals(after), "a new id: " + before + " → " + after);
    }

    private static String sessionId(WebClient.Page page) {
        return page.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("GMSSESSION="))
                .map(c -> c.substring("GMSSESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    /** A page left open after the session ended: its next AJAX request is told, in Faces' terms, to go sign in. */
    @Test
    void anAjaxRequestWithoutASessionIsRedirectedToSignInTheWayFacesUnderstands() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("members/people.xhtml"))
                                .header("Faces-Request", "partial/ajax")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<partial-response><redirect url=\"/login.xhtml\"/>"), answer.body());
    }

    @Test
    void theMenuShowsEachRoleOnlyWhatItMayUse() throws Exception {
        String memberHome = signedIn(MEMBER).get("home.xhtml").body();
        assertFalse(memberHome.contains("admin/accounts.xhtml"));
        assertFalse(memberHome.contains("audit/trail.xhtml"));
        assertFalse(memberHome.contains("members/edit/institution.xhtml"));
        String adminHome = signedIn(ADMIN).get("home.xhtml").body();
        assertTrue(adminHome.contains("admin/accounts.xhtml"), adminHome);
        assertFalse(adminHome.contains("members/edit/institution.xhtml"));
        String secretaryList =
                signedIn(SECRETARY).get("members/institutions.xhtml").body();
        assertTrue(secretaryList.contains("members/edit/institution.xhtml"));
    }

    @Test
    void aMemberCannotForgeTheSecretarysActions() throws Exception {
        JsonObject cmic =
                Json.createReader(new StringReader(
                                client().get("api/v1/institutions").body()))
                        .readArray()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(i -> "CMIC".equals(i.getString("acronym", "")))
                        .findFirst()
                        .orElseThrow();
        String cmicPage =
                "members/institution.xhtml?id=" + cmic.getJsonNumber("id").longValue();
        WebClient member = signedIn(MEMBER);
        WebClient.Page page = member.get(cmicPage);
        assertEquals(200, page.status());
        assertTrue(page.document().select("#leaveForm").isEmpty(), "the member's page has no such form");
        // Post the secretary's "end membership" form as if it were there: nothing may happen.
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("leaveForm", "leaveForm");
        forged.put("leaveForm:leftOn_input", "01/01/2026");
        forged.put("leaveForm:leftReason", "forjado");
        forged.put("leaveForm:confirm", "");
        forged.put(
                "jakarta.faces.ViewState",
                page.document().select("input[name=jakarta.faces.ViewState]").val());
        member.post(cmicPage, forged);
        assertTrue(client().get("api/v1/institutions").body().contains("Cámara Mexicana"), "still a member");
    }

    @Test
    void theSignInLocksAnAddressAfterFiveFailuresAndRevealsNothing() throws Exception {
        String unknown = "nadie." + System.nanoTime() + "@prueba.example";
        WebClient client = client();
        for (int i = 0; i < 5; i++) {
            WebClient.Page refused = client.signIn(unknown, "contraseña-equivocada");
            assertEquals(200, refused.status());
            assertTrue(
                    refused.text().contains("El correo o la contraseña no son correctos")
                            || refused.text().contains("bloqueado"),
                    refused.text());
        }
        WebClient.Page locked = client.signIn(unknown, "contraseña-equivocada");
        assertTrue(locked.text().contains("está bloqueado"), "an address without an account locks the same way");

        String email = "bloqueable." + System.nanoTime() + "@prueba.example";
        Accounts.createStaffAccount(signedIn(ADMIN), email, "Cuenta bloqueable", "LIAISON", "una-frase-larga-2026");
        WebClient someone = client();
        assertEquals(302, someone.signIn(email, "una-frase-larga-2026").status(), "the new account signs in");
        WebClient member = client();
        for (int i = 0; i < 5; i++) {
            member.signIn(email, "equivocada-" + i);
        }
        WebClient.Page refusedWithRightPassword = member.signIn(email, "una-frase-larga-2026");
        assertEquals(200, refusedWithRightPassword.status(), "locked: even the right password is refused");
        assertTrue(refusedWithRightPassword.text().contains("Intente de nuevo en"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        WebClient client = signedIn(MANAGER);
        WebClient.Page home = client.get("home.xhtml");
        assertEquals(200, home.status());
        WebClient.Page out = client.submit(home, "userForm", "userForm:signOut", Map.of());
        assertEquals(302, out.status());
        assertEquals(302, client.get("home.xhtml").status());
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        String name = "Forjada " + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("form:name", name);
        form.put("form:sector_input", "ACADEMIA");
        form.put("form:type_input", "UNIVERSITY");
        form.put("form:joinedOn_input", "01/01/2024");
        form.put("form:save", "");
        form.put("jakarta.faces.ViewState", "-123:456");
        WebClient.Page page = secretary.post("members/edit/institution.xhtml", form);
        assertTrue(page.text().contains("La página expiró"), page.text());
        assertFalse(secretary.get("members/institutions.xhtml").body().contains(name));
    }

    @Test
    void unknownRecordsAndPagesAnswerNotFoundInSpanish() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        for (String page : List.of(
                "members/institution.xhtml?id=999999",
                "members/institution.xhtml?id=abc",
                "members/person.xhtml?id=999999",
                "members/edit/person.xhtml?id=xyz",
                "no-such-page.xhtml")) {
            WebClient.Page missing = secretary.get(page);
            assertEquals(404, missing.status(), page);
            assertTrue(missing.text().contains("No encontramos esa página"), page);
            assertFalse(missing.body().matches("(?s).*\\.java:\\d+\\).*"), "no stack trace: " + missing.body());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndAProtectedCookie() throws Exception {
        WebClient.Page login = client().get("login.xhtml");
        assertEquals("DENY", login.header("X-Frame-Options"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", login.header("Referrer-Policy"));
        String csp = login.header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"), csp);
        String cookie = login.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        WebClient.Page api = client().get("api/v1/institutions");
        assertTrue(api.header("Content-Security-Policy").contains("default-src 'self'"));
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertEquals("no-store", signedIn(MEMBER).get("members/people.xhtml").header("Cache-Control"));
    }

    @Test
    void theOpenDataApiServesTheCompositionAsJsonAndCsv() throws Exception {
        WebClient client = client();
        WebClient.Page json = client.get("api/v1/institutions", Map.of("Accept", "application/json"));
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").startsWith("application/json"));
        JsonArray institutions =
                Json.createReader(new StringReader(json.body())).readArray();
        JsonObject cmic = institutions.stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> "CMIC".equals(i.getString("acronym", "")))
                .findFirst()
                .orElseThrow();
        assertEquals("PRIVATE", cmic.getString("sector"));
        assertEquals("Sector privado", cmic.getString("sectorLabel"));
        assertEquals("2019-11-04", cmic.getString("joinedOn"));
        JsonObject titular = cmic.getJsonArray("representatives").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> "PRIMARY".equals(r.getString("role")))
                .findFirst()
                .orElseThrow();
        assertEquals("Carlos Alberto Ruiz Mendoza", titular.getString("name"));
        assertTrue(titular.getBoolean("fictitious"));
        assertFalse(json.body().contains("@"), "no e-mail address");

        WebClient.Page csv = client.get("api/v1/institutions", Map.of("Accept", "text/csv"));
        assertEquals("text/csv;charset=UTF-8", csv.header("Content-Type").replace(" ", ""));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("id,name,acronym,sector,sectorLabel"));
        assertEquals(institutions.size() + 1, lines.length, "one row per institution, after the header");
        assertEquals(csv.body(), client.get("api/v1/institutions?format=csv").body(), "a link can ask for CSV");

        JsonArray offices = Json.createReader(
                        new StringReader(client.get("api/v1/offices").body()))
                .readArray();
        assertTrue(offices.stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(o -> "PRESIDENCY".equals(o.getString("office"))
                        && o.getString("institution").contains("CMIC")));
    }

    @Test
    void healthAndOpenApiAnswer() throws Exception {
        URI root = base.toURI().resolve("/");
        WebClient server = new WebClient(root);
        WebClient.Page ready = server.get("health/ready");
        assertEquals(200, ready.status());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
        assertEquals(200, server.get("health/live").status());
        WebClient.Page openApi = server.get("openapi");
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/v1/institutions"), openApi.body());
        assertEquals(
                404, new WebClient(base.toURI()).get("api/application.wadl").status(), "no WADL");
    }

    @Test
    void theAgreementsOfTheSessionsHeldAreOpenDataWithTheSameNumbersAsJsonAndCsv() throws Exception {
        WebClient anyone = client();
        WebClient.Page json = anyone.get("api/v1/agreements", Map.of("Accept", "application/json"));
        assertEquals(200, json.status(), json.body());
        assertFalse(EMAIL.matcher(json.body()).find(), "no e-mail address: " + json.body());
        JsonArray agreements = Json.createReader(new StringReader(json.body())).readArray();
        List<String> codes =
                agreements.stream().map(a -> a.asJsonObject().getString("code")).toList();
        assertTrue(codes.containsAll(List.of("GMS-2022-O3-01", "GMS-2023-O2-03", "GMS-2023-E1-02")), codes.toString());

        JsonObject platform = agreements.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> "GMS-2023-O2-03".equals(a.getString("code")))
                .findFirst()
                .orElseThrow();
        assertEquals("2ª sesión ordinaria 2023", platform.getString("session"));
        assertEquals("2023-05-18", platform.getString("sessionDay"));
        assertEquals("VOTE_PER_INSTITUTION", platform.getString("decidedBy"));
        assertEquals("APPROVED_BY_MAJORITY", platform.getString("outcome"));
        assertEquals(1, platform.getInt("abstentions"));
        assertEquals(2, platform.getInt("actionsTotal"));
        assertEquals(1, platform.getInt("actionsDone"));
        JsonObject done = platform.getJsonArray("actions").getJsonObject(0);
        assertEquals("Gobierno del Estado de Jalisco", done.getString("institution"));
        assertEquals("DONE", done.getString("status"));
        assertEquals("2023-08-17", done.getString("doneOn"));

        Set<Long> held = new HashSet<>();
        for (int year : agreements.stream()
                .map(a -> Integer.parseInt(
                        a.asJsonObject().getString("sessionDay").substring(0, 4)))
                .collect(Collectors.toSet())) {
            Json.createReader(new StringReader(
                            anyone.get("api/v1/meetings?year=" + year).body()))
                    .readArray()
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(m -> "HELD".equals(m.getString("status")))
                    .forEach(m -> held.add(m.getJsonNumber("id").longValue()));
        }
        for (JsonValue agreement : agreements) {
            assertTrue(
                    held.contains(
                            agreement.asJsonObject().getJsonNumber("sessionId").longValue()),
                    "only agreements of sessions held: " + agreement);
        }

        WebClient.Page csv = anyone.get("api/v1/agreements", Map.of("Accept", "text/csv"));
        assertEquals("text/csv;charset=UTF-8", csv.header("Content-Type").replace(" ", ""));
        assertFalse(EMAIL.matcher(csv.body()).find(), "no e-mail address: " + csv.body());
        assertEquals(csv.body(), anyone.get("api/v1/agreements?format=csv").body(), "a link can ask for CSV");
        List<Map<String, String>> rows = CsvRows.of(csv.body());
        assertEquals(codes, rows.stream().map(r -> r.get("code")).toList(), "one row per agreement, same order");
        for (int i = 0; i < rows.size(); i++) {
            JsonObject agreement = agreements.getJsonObject(i);
            for (String count : List.of("actionsTotal", "actionsDone", "actionsOverdue")) {
                assertEquals(
                        String.valueOf(agreement.getInt(count)), rows.get(i).get(count), codes.get(i) + " " + count);
            }
            assertEquals(agreement.getString("text"), rows.get(i).get("text"));
        }

        JsonArray of2023 = Json.createReader(new StringReader(
                        anyone.get("api/v1/agreements?year=2023").body()))
                .readArray();
        assertTrue(
                of2023.stream().allMatch(a -> a.asJsonObject().getString("code").startsWith("GMS-2023-")));
        assertEquals(codes.stream().filter(c -> c.startsWith("GMS-2023-")).count(), of2023.size());

        WebClient.Page one = anyone.get("api/v1/agreements/gms-2023-o2-03");
        assertEquals(200, one.status(), one.body());
        JsonObject byCode = Json.createReader(new StringReader(one.body())).readObject();
        assertEquals("GMS-2023-O2-03", byCode.getString("code"));
        assertEquals(2, byCode.getJsonArray("actions").size());
        assertEquals(
                200,
                anyone.get("api/v1/agreements/" + byCode.getJsonNumber("id")).status(),
                "an agreement by its id");
        assertEquals(404, anyone.get("api/v1/agreements/GMS-1999-O1-01").status());
        assertEquals(404, anyone.get("api/v1/agreements/999999").status());
    }

    @Test
    void theOpenDataPageLinksEveryDatasetAndEveryLinkAnswers() throws Exception {
        WebClient anonymous = client();
        WebClient.Page page = anonymous.get("public/open-data.xhtml");
        assertEquals(200, page.status(), page.body());
        Document html = page.document();
        assertEquals("es-MX", html.selectFirst("html").attr("lang"));
        assertEquals("Datos abiertos", html.selectFirst("h1").text());
        assertTrue(page.text().contains("CC BY 4.0"), "the licence");
        assertTrue(
                client().get("public/composition.xhtml").body().contains("public/open-data.xhtml"),
                "the footer leads to the page");

        List<String> links =
                html.select("main a[href]").stream().map(a -> a.attr("href")).toList();
        for (String dataset : List.of(
                "/api/v1/institutions",
                "/api/v1/offices",
                "/api/v1/meetings?year=",
                "/calendar/gms.ics",
                "/api/v1/agreements",
                "/api/v1/minutes",
                "/api/v1/workplans/20", // the newest approved plan: 2023 in the demo, later when another IT approved
                // one
                "/api/v1/entities")) {
            assertTrue(links.stream().anyMatch(l -> l.contains(dataset)), dataset + " in " + links);
            assertTrue(
                    links.stream().anyMatch(l -> l.contains(dataset) && l.contains("format=csv"))
                            || dataset.endsWith(".ics"),
                    "a CSV link for " + dataset);
        }
        WebClient server = new WebClient(base.toURI().resolve("/"));
        for (String link : links.stream().filter(l -> l.contains("/api/v1/")).toList()) {
            WebClient.Page data = server.get(link);
            assertEquals(200, data.status(), link);
            if (link.contains("format=csv")) {
                assertTrue(data.header("Content-Type").startsWith("text/csv"), link);
                assertTrue(data.body().contains("\r\n"), link + " has a header row");
            } else {
                assertTrue(data.header("Content-Type").startsWith("application/json"), link);
                Json.createReader(new StringReader(data.body())).readValue();
            }
        }
        Element feed = html.selectFirst("a[href$=/calendar/gms.ics]");
        assertTrue(server.get(feed.attr("href")).body().startsWith("BEGIN:VCALENDAR"));

        Element openApi = html.getElementById("openApi");
        assertEquals("Documentación de la API (OpenAPI)", openApi.text());
        WebClient.Page description = server.get(openApi.attr("href"));
        assertEquals(200, description.status());
        assertTrue(description.body().contains("/api/v1/agreements"), description.body());
    }
}
