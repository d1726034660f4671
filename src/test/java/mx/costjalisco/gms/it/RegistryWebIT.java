package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.ADMIN;
import static mx.costjalisco.gms.it.DemoAccounts.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretary's and the administrator's work through the real forms, over HTTP: registering, appointing, editing
 * at the same time as someone else, ending a membership, bad input, the audit trail, accounts, the language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryWebIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private WebClient signedIn(String email) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn(email, DemoAccounts.passwordOf(email)).status());
        return client;
    }

    private static Map<String, String> institutionForm(String name, String sector, String joinedOn) {
        Map<String, String> form = new HashMap<>();
        form.put("form:name", name);
        form.put("form:acronym", "");
        form.put("form:sector_input", sector);
        form.put("form:type_input", "UNIVERSITY");
        form.put("form:joinedOn_input", joinedOn);
        form.put("form:approvedBy", "Sesión ordinaria de prueba");
        form.put("form:termEndsOn_input", "");
        form.put("form:notes", "");
        return form;
    }

    /** Registers an institution through the form; returns its page's path. */
    private static String register(WebClient secretary, Map<String, String> form) {
        WebClient.Page edit = secretary.get("members/edit/institution.xhtml");
        WebClient.Page saved = secretary.ajax(edit, "form", "form:save", form);
        assertNotNull(saved.location(), "registered: " + saved.text());
        return saved.location();
    }

    private static WebClient.Page appointNewPerson(
            WebClient secretary, String institutionPath, String role, String name, String email, String startsOn) {
        WebClient.Page page = secretary.get(institutionPath);
        secretary.ajax(
                page,
                "appointForm",
                "appointForm:newPerson",
                "appointForm:newPerson",
                Map.of("appointForm:newPerson", "true"));
        Map<String, String> form = new HashMap<>();
        form.put("appointForm:role_input", role);
        form.put("appointForm:newPerson", "true");
        form.put("appointForm:fullName", name);
        form.put("appointForm:email", email);
        form.put("appointForm:phone", "33 1234 5678");
        form.put("appointForm:position", "Director(a)");
        form.put("appointForm:startsOn_input", startsOn);
        form.put("appointForm:notes", "");
        return secretary.ajax(page, "appointForm", "appointForm:save", form);
    }

    @Test
    void theSecretaryRegistersAnInstitutionAndNamesItsRepresentatives() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        String tag = Long.toString(System.nanoTime());
        String name = "Universidad <script>alert('" + tag + "')</script>";
        String path = register(secretary, institutionForm(name, "ACADEMIA", "15/01/2024"));

        WebClient.Page page = secretary.get(path);
        assertTrue(page.document().select("h1").text().contains("<script>alert"), "shown as text");
        assertFalse(page.body().contains("<script>alert('" + tag), "never as markup");
        assertTrue(page.text().contains("14 de enero de 2026"), "a two-year term was proposed: " + page.text());

        WebClient.Page titular = appointNewPerson(
                secretary, path, "PRIMARY", "Titular " + tag, "titular." + tag + "@prueba.example", "15/01/2024");
        assertTrue(titular.text().contains("fue designado(a) como Titular"), titular.text());

        // the suplente is someone already in the registry
        WebClient.Page newPerson = secretary.get("members/edit/person.xhtml");
        Map<String, String> person = new HashMap<>();
        person.put("form:fullName", "Suplente " + tag);
        person.put("form:email", "Suplente." + tag + "@Prueba.example");
        person.put("form:phone", "");
        person.put("form:position", "");
        person.put("form:notes", "");
        String personPath =
                secretary.ajax(newPerson, "form", "form:save", person).location();
        assertNotNull(personPath);
        String personId = personPath.replaceAll(".*id=", "");
        WebClient.Page institution = secretary.get(path);
        Map<String, String> appoint = new HashMap<>();
        appoint.put("appointForm:role_input", "ALTERNATE");
        appoint.put("appointForm:newPerson", "false");
        appoint.put("appointForm:person_input", "Suplente " + tag);
        appoint.put("appointForm:person_hinput", personId);
        appoint.put("appointForm:startsOn_input", "01/02/2024");
        appoint.put("appointForm:notes", "Oficio 12/2024");
        WebClient.Page suplente = secretary.ajax(institution, "appointForm", "appointForm:save", appoint);
        assertTrue(suplente.text().contains("fue designado(a) como Suplente"), suplente.text());

        String detail = secretary.get(path).text();
        assertTrue(detail.contains("Titular " + tag) && detail.contains("Suplente " + tag), detail);
        assertTrue(detail.contains("suplente." + tag + "@prueba.example"), "addresses are stored in lower case");
        String list = secretary.get("members/institutions.xhtml").text();
        assertTrue(list.contains("Titular " + tag), "the list shows the current titular");
        String composition =
                new WebClient(base.toURI()).get("public/composition.xhtml").text();
        assertTrue(composition.contains("Titular: Titular " + tag), "the public sees the representatives");
        assertTrue(composition.contains("Suplente: Suplente " + tag));

        // a new titular ends the previous one's period the day before
        WebClient.Page replaced = appointNewPerson(
                secretary, path, "PRIMARY", "Nuevo titular " + tag, "nuevo." + tag + "@prueba.example", "01/07/2025");
        assertTrue(replaced.text().contains("fue designado(a)"), replaced.text());
        WebClient.Page historyPage = secretary.get(path);
        WebClient.Page withHistory = secretary.ajax(
                historyPage,
                "appointments",
                "appointments:showHistory",
                "appointments:showHistory",
                Map.of("appointments:showHistory_input", "on"));
        assertTrue(withHistory.text().contains("Sustituido(a) por Nuevo titular " + tag), withHistory.text());
        assertTrue(withHistory.text().contains("30 jun. 2025"), withHistory.text());
    }

    @Test
    void formsSayWhatIsWrongInSpanishNextToTheFieldAndSaveNothing() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        WebClient.Page edit = secretary.get("members/edit/institution.xhtml");

        Map<String, String> empty = institutionForm("", "", "");
        String required = secretary.ajax(edit, "form", "form:save", empty).text();
        assertTrue(required.contains("Nombre: este dato es obligatorio."), required);
        assertTrue(required.contains("Sector: este dato es obligatorio."), required);
        assertTrue(required.contains("Fecha de ingreso: este dato es obligatorio."), required);

        String tag = Long.toString(System.nanoTime());
        Map<String, String> reversed = institutionForm("Invertida " + tag, "PRIVATE", "10/05/2024");
        reversed.put("form:termEndsOn_input", "09/05/2024");
        String reversedText =
                secretary.ajax(edit, "form", "form:save", reversed).text();
        assertTrue(reversedText.contains("La fecha de término no puede ser anterior a la de inicio."), reversedText);

        String longName = secretary
                .ajax(edit, "form", "form:save", institutionForm("N".repeat(201), "PRIVATE", "10/05/2024"))
                .text();
        assertTrue(longName.contains("Escriba como máximo 200 caracteres."), longName);

        String badDate = secretary
                .ajax(edit, "form", "form:save", institutionForm("Fecha " + tag, "PRIVATE", "el martes"))
                .text();
        assertTrue(badDate.contains("Fecha de ingreso: escriba una fecha válida, como"), badDate);

        String duplicate = secretary
                .ajax(edit, "form", "form:save", institutionForm("Ayuntamiento de Zapopan", "GOVERNMENT", "10/05/2024"))
                .text();
        assertTrue(duplicate.contains("Ya hay una institución vigente llamada «Ayuntamiento de Zapopan»"), duplicate);

        WebClient.Page person = secretary.get("members/edit/person.xhtml");
        Map<String, String> badPerson = new HashMap<>();
        badPerson.put("form:fullName", "Persona " + tag);
        badPerson.put("form:email", "no-es-un-correo");
        badPerson.put("form:phone", "llámame");
        badPerson.put("form:position", "");
        badPerson.put("form:notes", "");
        String badPersonText =
                secretary.ajax(person, "form", "form:save", badPerson).text();
        assertTrue(badPersonText.contains("Escriba un correo electrónico válido"), badPersonText);
        assertTrue(badPersonText.contains("Escriba solo números"), badPersonText);
        badPerson.put("form:email", "LAURA.OCHOA@demo.example");
        badPerson.put("form:phone", "");
        String taken = secretary.ajax(person, "form", "form:save", badPerson).text();
        assertTrue(taken.contains("Ya hay una persona registrada con el correo"), taken);

        String lists = secretary.get("members/institutions.xhtml").text()
                + secretary.get("members/people.xhtml").text();
        assertFalse(lists.contains(tag), "nothing was saved");
    }

    @Test
    void twoPeopleEditingTheSameInstitutionDoNotOverwriteEachOther() throws Exception {
        WebClient first = signedIn(SECRETARY);
        WebClient second = signedIn(SECRETARY);
        String tag = Long.toString(System.nanoTime());
        String path = register(first, institutionForm("Concurrente " + tag, "CIVIL_SOCIETY", "01/03/2024"));
        String editPath = path.replace("members/institution.xhtml", "members/edit/institution.xhtml");

        WebClient.Page firstForm = first.get(editPath);
        WebClient.Page secondForm = second.get(editPath);
        Map<String, String> firstChange = institutionForm("Concurrente A " + tag, "CIVIL_SOCIETY", "01/03/2024");
        firstChange.put("form:termEndsOn_input", "28/02/2026");
        assertNotNull(first.ajax(firstForm, "form", "form:save", firstChange).location());

        Map<String, String> secondChange = institutionForm("Concurrente B " + tag, "CIVIL_SOCIETY", "01/03/2024");
        secondChange.put("form:termEndsOn_input", "28/02/2026");
        WebClient.Page refused = second.ajax(secondForm, "form", "form:save", secondChange);
        assertTrue(refused.text().contains("Otra persona guardó cambios"), refused.text());
        assertTrue(refused.html().contains("Concurrente A " + tag), "the form now shows the other person's values");

        assertTrue(first.get(path).text().contains("Concurrente A " + tag));
        assertFalse(first.get(path).text().contains("Concurrente B " + tag));

        String trail = first.get("audit/trail.xhtml?type=Institution&id=" + path.replaceAll(".*id=", ""))
                .text();
        assertTrue(trail.contains(SECRETARY), trail);
        assertTrue(trail.contains("Modificación"), trail);
        assertTrue(trail.contains("Concurrente " + tag + " → Concurrente A " + tag), trail);
    }

    @Test
    void endingAMembershipKeepsItInHistoryAndEndsItsAppointments() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        String tag = Long.toString(System.nanoTime());
        String path = register(secretary, institutionForm("Saliente " + tag, "PRIVATE", "01/03/2020"));
        appointNewPerson(
                secretary, path, "LIAISON", "Enlace " + tag, "enlace." + tag + "@prueba.example", "01/03/2020");
        WebClient.Page page = secretary.get(path);
        WebClient.Page left = secretary.ajax(
                page,
                "leaveForm",
                "leaveForm:confirm",
                Map.of("leaveForm:leftOn_input", "31/12/2025", "leaveForm:leftReason", "Concluyó su periodo"));
        assertTrue(left.text().contains("fue dada de baja"), left.text());

        WebClient.Page after = secretary.get(path);
        String detail = after.text();
        assertTrue(detail.contains("31 de diciembre de 2025") && detail.contains("Concluyó su periodo"), detail);
        String history = secretary
                .ajax(
                        after,
                        "appointments",
                        "appointments:showHistory",
                        "appointments:showHistory",
                        Map.of("appointments:showHistory_input", "on"))
                .text();
        assertTrue(
                history.contains("Enlace " + tag) && history.contains("31 dic. 2025"),
                "the liaison's appointment ended the same day: " + history);
        assertFalse(
                new WebClient(base.toURI()).get("api/v1/institutions").body().contains("Saliente " + tag));

        WebClient.Page list = secretary.get("members/institutions.xhtml");
        assertFalse(list.text().contains("Saliente " + tag), "the list shows current members");
        WebClient.Page withLeft =
                secretary.ajax(list, "list", "list:history", "list:history", Map.of("list:history_input", "on"));
        assertTrue(withLeft.text().contains("Saliente " + tag), "…and, with the history switch, who left");
    }

    @Test
    void theAdministratorKeepsAccountsAndNeverLocksThemselvesOut() throws Exception {
        WebClient admin = signedIn(ADMIN);
        String email = "personal." + System.nanoTime() + "@prueba.example";
        String accountPath =
                Accounts.createStaffAccount(admin, email, "Personal de apoyo", "MANAGER", "otra-frase-larga-2026");
        WebClient staff = new WebClient(base.toURI());
        assertEquals(302, staff.signIn(email, "otra-frase-larga-2026").status());
        assertEquals(200, staff.get("audit/trail.xhtml").status(), "the manager role reads the audit trail");

        WebClient.Page account = admin.get(accountPath);
        WebClient.Page disabled = admin.ajax(account, "form", "form:disable", "form:disable", Map.of());
        assertTrue(disabled.text().contains("fue desactivada"), disabled.text());
        assertEquals(
                200,
                new WebClient(base.toURI())
                        .signIn(email, "otra-frase-larga-2026")
                        .status(),
                "a disabled account cannot sign in");

        WebClient.Page weak = admin.ajax(
                admin.get(accountPath),
                "passwordForm",
                "passwordForm:setPassword",
                Map.of("passwordForm:password", "corta"));
        assertTrue(weak.text().contains("al menos 10 caracteres"), weak.text());

        String accounts = admin.get("admin/accounts.xhtml").text();
        assertTrue(accounts.contains(email) && accounts.contains("Desactivada"), accounts);
        String trail = admin.get("audit/trail.xhtml?type=Account").text();
        assertTrue(trail.contains(email) && trail.contains("Desactivación"), trail);

        WebClient.Page accountsPage = admin.get("admin/accounts.xhtml");
        String ownPath =
                accountsPage.document().select("a:contains(Administrador)").attr("href");
        WebClient.Page own = admin.get(ownPath);
        WebClient.Page refused = admin.ajax(own, "form", "form:disable", "form:disable", Map.of());
        assertTrue(refused.text().contains("No puede desactivar su propia cuenta"), refused.text());
    }

    @Test
    void aChangedAccountCountsForTheSessionsItHasOpen() throws Exception {
        WebClient admin = signedIn(ADMIN);
        String email = "abierta." + System.nanoTime() + "@prueba.example";
        String accountPath =
                Accounts.createStaffAccount(admin, email, "Sesión abierta", "MANAGER", "frase-larga-de-prueba-2026");
        WebClient staff = new WebClient(base.toURI());
        assertEquals(302, staff.signIn(email, "frase-larga-de-prueba-2026").status());
        assertEquals(200, staff.get("audit/trail.xhtml").status());

        WebClient.Page saved = admin.ajax(
                admin.get(accountPath),
                "form",
                "form:save",
                Map.of("form:name", "Sesión abierta", "form:roles", "MEMBER"));
        assertTrue(saved.text().contains("Se guardaron los cambios"), saved.text());
        assertEquals(403, staff.get("audit/trail.xhtml").status(), "the manager role taken away counts at once");
        assertEquals(200, staff.get("workplan/index.xhtml").status(), "…and the member role given, too");

        WebClient.Page reset = admin.ajax(
                admin.get(accountPath),
                "passwordForm",
                "passwordForm:setPassword",
                Map.of("passwordForm:password", "otra-frase-larga-2027"));
        assertTrue(reset.text().contains("Se definió una nueva contraseña"), reset.text());
        WebClient.Page signedOut = staff.get("workplan/index.xhtml");
        assertEquals(302, signedOut.status(), "a new password signs out the sessions opened with the old one");
        assertTrue(signedOut.location().contains("login.xhtml"), signedOut.location());

        assertEquals(302, staff.signIn(email, "otra-frase-larga-2027").status());
        assertEquals(200, staff.get("workplan/index.xhtml").status());
        WebClient.Page disabled = admin.ajax(admin.get(accountPath), "form", "form:disable", "form:disable", Map.of());
        assertTrue(disabled.text().contains("fue desactivada"), disabled.text());
        WebClient.Page ended = staff.get("workplan/index.xhtml");
        assertEquals(302, ended.status(), "disabling an account ends the sessions it has open");
        assertTrue(ended.location().contains("login.xhtml"), ended.location());
    }

    @Test
    void theLanguageSwitchIsRemembered() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        WebClient.Page spanish = visitor.get("index.xhtml");
        assertEquals("es-MX", spanish.document().select("html").attr("lang"));
        WebClient.Page switched = visitor.submit(spanish, "languageForm", "languageForm:english", Map.of());
        assertEquals(302, switched.status());
        assertTrue(switched.header("Set-Cookie").contains("gms-lang=en"), switched.header("Set-Cookie"));
        WebClient.Page english = visitor.get("index.xhtml");
        assertEquals("en", english.document().select("html").attr("lang"));
        assertTrue(english.text().contains("Sign in"), english.text());
        WebClient.Page composition = visitor.get("public/composition.xhtml");
        assertTrue(composition.text().contains("Private sector"), "labels too");
    }
}
