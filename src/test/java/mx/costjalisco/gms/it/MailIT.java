package mx.costjalisco.gms.it;

import static mx.costjalisco.gms.it.DemoAccounts.ADMIN;
import static mx.costjalisco.gms.it.DemoAccounts.MEMBER;
import static mx.costjalisco.gms.it.DemoAccounts.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail end to end, over HTTP, with a real SMTP server (GreenMail, in this JVM, on port 3025, where the pom points the
 * deployment): invitations and their one-time links, the forgotten-password page, the outbox page and who may see
 * it, delivery when the server comes back, and resending.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    private static final Duration DELIVERY = Duration.ofSeconds(45);
    /** A few of the deployment's 2-second poll cycles: long enough for a duplicate to have shown up. */
    private static final Duration QUIET = Duration.ofSeconds(7);

    private static final Pattern LINK = Pattern.compile("(\\S*/password\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");
    private static final Pattern MESSAGE_PAGE = Pattern.compile("outbox/message\\.xhtml\\?id=(\\d+)");

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

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    private WebClient signedIn(String email, String password) throws Exception {
        WebClient client = client();
        assertEquals(302, client.signIn(email, password).status(), "signing in as " + email);
        return client;
    }

    private WebClient signedIn(String email) throws Exception {
        return signedIn(email, DemoAccounts.passwordOf(email));
    }

    private static String uniqueAddress(String who) {
        return who + "." + System.nanoTime() + "@prueba.example";
    }

    /** Creates an account without a password and presses "Enviar invitación" on its page. */
    private static void invite(WebClient admin, String email, String name) {
        String accountPage = Accounts.createStaffAccount(admin, email, name, "MEMBER", "");
        WebClient.Page page = admin.get(accountPage);
        WebClient.Page invited = admin.ajax(page, "form", "form:invite", "form:invite", Map.of());
        assertTrue(invited.text().contains("Se envió a " + email + " una invitación"), invited.text());
    }

    private static List<MimeMessage> mailsTo(String email) {
        return smtp.received(addressedTo(email));
    }

    private static Predicate<MimeMessage> addressedTo(String email) {
        return message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null
                        && Arrays.stream(to)
                                .anyMatch(
                                        a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    /** Waits until {@code count} messages reached the address; returns them. */
    private static List<MimeMessage> awaitMails(String email, int count, Duration timeout) {
        List<MimeMessage> arrived = smtp.await(addressedTo(email), count, timeout);
        if (arrived.size() < count) {
            fail(count + " mail(s) to " + email + " expected; " + arrived.size() + " arrived");
        }
        return arrived;
    }

    /** Waits a few poll cycles for mail that should not come, then checks how many reached the address. */
    private static void assertStillExactly(int count, String email) {
        smtp.waitQuietly(QUIET);
        assertEquals(count, mailsTo(email).size(), "mails to " + email);
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Matcher link(MimeMessage mail) throws Exception {
        String text = plainText(mail);
        assertNotNull(text, "the mail has a text part");
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), "a link in:\n" + text);
        return link;
    }

    /** The id of the newest outbox message to the address, read from the secretary's outbox page. */
    private static long newestMessageTo(WebClient secretary, String email) {
        WebClient.Page list = secretary.get("outbox/messages.xhtml");
        WebClient.Page filtered =
                secretary.ajax(list, "outbox", "outbox:apply", Map.of("outbox:recipient", email, "outbox:topic", ""));
        Matcher id = MESSAGE_PAGE.matcher(filtered.html());
        assertTrue(id.find(), "the message to " + email + " is listed: " + filtered.text());
        return Long.parseLong(id.group(1));
    }

    /** Reloads a message's page until it shows what is expected. */
    private static WebClient.Page awaitMessagePage(WebClient secretary, long id, String expected) throws Exception {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        WebClient.Page page = secretary.get("outbox/message.xhtml?id=" + id);
        while (!page.text().contains(expected)) {
            if (System.nanoTime() > deadline) {
                fail("the message page never showed \"" + expected + "\": " + page.text());
            }
            Thread.sleep(250);
            page = secretary.get("outbox/message.xhtml?id=" + id);
        }
        return page;
    }

    @Test
    void anInvitedPersonChoosesAPasswordWithTheMailedLinkOnce() throws Exception {
        String email = uniqueAddress("invitada");
        invite(signedIn(ADMIN), email, "Invitada Núñez");

        List<MimeMessage> mails = awaitMails(email, 1, DELIVERY);
        MimeMessage mail = mails.get(0);
        assertEquals("Invitación a la plataforma del Grupo Multisectorial de CoST Jalisco", mail.getSubject());
        assertEquals(
                "Invitada Núñez",
                ((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal());
        Matcher link = link(mail);
        assertTrue(link.group(1).startsWith("http"), "an absolute link from GMS_PUBLIC_URL: " + link.group(1));
        String token = link.group(2);

        WebClient person = client();
        WebClient.Page form = person.get("password.xhtml?token=" + token);
        assertEquals(200, form.status());
        WebClient.Page mismatch = person.submit(
                form,
                "form",
                "form:save",
                Map.of("form:password", "una-frase-larga-2026", "form:confirmation", "otra"));
        assertTrue(mismatch.text().contains("Las dos contraseñas no coinciden"), mismatch.text());
        WebClient.Page tooShort = person.submit(
                mismatch, "form", "form:save", Map.of("form:password", "corta", "form:confirmation", "corta"));
        assertTrue(tooShort.text().contains("al menos 10 caracteres"), tooShort.text());
        WebClient.Page saved = person.submit(
                tooShort,
                "form",
                "form:save",
                Map.of("form:password", "una-frase-larga-2026", "form:confirmation", "una-frase-larga-2026"));
        assertEquals(302, saved.status(), saved.text());
        assertTrue(saved.location().contains("login.xhtml"), saved.location());
        assertTrue(person.get(saved.location()).text().contains("Su contraseña quedó guardada"));

        signedIn(email, "una-frase-larga-2026");

        WebClient.Page again = client().get("password.xhtml?token=" + token);
        assertTrue(again.text().contains("Este enlace ya se usó"), again.text());
        assertTrue(again.document().select("#form").isEmpty(), "no form for a used link");
        assertStillExactly(1, email);
    }

    @Test
    void anUnknownOrExpiredLinkSaysSoInSpanish() throws Exception {
        WebClient anyone = client();
        WebClient.Page garbage = anyone.get("password.xhtml?token=esto-no-es-un-enlace");
        assertEquals(200, garbage.status());
        assertTrue(garbage.text().contains("Este enlace no es válido"), garbage.text());
        assertTrue(anyone.get("password.xhtml").text().contains("Este enlace no es válido"));

        // the pom makes reset links expire at once (GMS_ACCOUNT_RESET_HOURS=0)
        String email = uniqueAddress("olvidadiza");
        Accounts.createStaffAccount(signedIn(ADMIN), email, "Olvidadiza", "MEMBER", "una-frase-larga-2026");
        WebClient.Page forgot = anyone.get("forgot.xhtml");
        anyone.submit(forgot, "forgot", "forgot:submit", Map.of("forgot:email", email.toUpperCase()));
        MimeMessage reset = awaitMails(email, 1, DELIVERY).get(0);
        assertEquals(
                "Nueva contraseña para la plataforma del Grupo Multisectorial de CoST Jalisco", reset.getSubject());
        WebClient.Page expired =
                anyone.get("password.xhtml?token=" + link(reset).group(2));
        assertTrue(expired.text().contains("Este enlace ya venció"), expired.text());
    }

    @Test
    void forgotPasswordAnswersTheSameAndMailsOnlyAnAddressWithAnAccount() throws Exception {
        String sentence = "Si la dirección tiene una cuenta, enviamos un enlace";
        WebClient anyone = client();
        WebClient.Page login = anyone.get("login.xhtml");
        assertTrue(login.body().contains("forgot.xhtml"), "the sign-in page links to it");

        String unknown = uniqueAddress("desconocida");
        WebClient.Page answer =
                anyone.submit(anyone.get("forgot.xhtml"), "forgot", "forgot:submit", Map.of("forgot:email", unknown));
        assertEquals(200, answer.status());
        assertTrue(answer.text().contains(sentence), answer.text());

        String known = uniqueAddress("conocida");
        Accounts.createStaffAccount(signedIn(ADMIN), known, "Conocida", "MEMBER", "una-frase-larga-2026");
        WebClient.Page same =
                anyone.submit(anyone.get("forgot.xhtml"), "forgot", "forgot:submit", Map.of("forgot:email", known));
        assertTrue(same.text().contains(sentence), same.text());

        awaitMails(known, 1, DELIVERY);
        assertStillExactly(1, known);
        assertEquals(0, mailsTo(unknown).size(), "nothing to an address without an account");
    }

    @Test
    void theOutboxIsTheSecretarysAndResendsToOnePerson() throws Exception {
        WebClient.Page anonymous = client().get("outbox/messages.xhtml");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location().contains("login.xhtml"));
        WebClient member = signedIn(MEMBER);
        assertEquals(403, member.get("outbox/messages.xhtml").status());
        assertEquals(403, member.get("outbox/message.xhtml?id=1").status());
        assertTrue(!member.get("home.xhtml").body().contains("outbox/messages.xhtml"), "not in the member's menu");

        String email = uniqueAddress("reenvio");
        invite(signedIn(ADMIN), email, "Persona Reenvío");
        awaitMails(email, 1, DELIVERY);

        WebClient secretary = signedIn(SECRETARY);
        assertTrue(secretary.get("home.xhtml").body().contains("outbox/messages.xhtml"), "in the secretary's menu");
        long id = newestMessageTo(secretary, email);
        WebClient.Page message = awaitMessagePage(secretary, id, "Enviado");
        assertTrue(message.text().contains("Invitación a la plataforma"), message.text());
        assertTrue(message.text().contains(email));

        WebClient.Page resent = secretary.ajax(message, "actions", "actions:resend", "actions:resend", Map.of());
        assertNotNull(resent.location(), "the copy's page: " + resent.text());
        assertTrue(resent.location().contains("outbox/message.xhtml?id="), resent.location());
        assertEquals(2, awaitMails(email, 2, DELIVERY).size());
        assertStillExactly(2, email);
        assertEquals(404, secretary.get("outbox/message.xhtml?id=99999999").status());
    }

    @Test
    void mailWaitsWhileTheServerIsDownAndGoesOutOnceWhenItIsBack() throws Exception {
        String email = uniqueAddress("paciente");
        WebClient secretary = signedIn(SECRETARY);
        smtp.stop();
        try {
            invite(signedIn(ADMIN), email, "Persona Paciente");
            long id = newestMessageTo(secretary, email);
            WebClient.Page waiting = awaitMessagePage(secretary, id, "Couldn't connect to host");
            assertTrue(waiting.text().contains("En cola"), waiting.text());
        } finally {
            smtp.start();
        }
        awaitMails(email, 1, Duration.ofSeconds(90));
        assertStillExactly(1, email);
    }

    @Test
    void theSecretaryInvitesAPersonOfTheRegistryFromTheirPage() throws Exception {
        WebClient secretary = signedIn(SECRETARY);
        String email = uniqueAddress("registrada");
        Map<String, String> person = new java.util.HashMap<>();
        person.put("form:fullName", "Persona Registrada");
        person.put("form:email", email);
        person.put("form:phone", "");
        person.put("form:position", "");
        person.put("form:notes", "");
        String personPath = secretary
                .ajax(secretary.get("members/edit/person.xhtml"), "form", "form:save", person)
                .location();
        assertNotNull(personPath, "the person was registered");
        WebClient.Page page = secretary.get(personPath);
        assertTrue(page.text().contains("Invitar a la plataforma"), page.text());
        WebClient.Page invited = secretary.ajax(page, "inviteForm", "inviteForm:invite", "inviteForm:invite", Map.of());
        assertTrue(invited.text().contains("Se envió a " + email + " una invitación"), invited.text());
        awaitMails(email, 1, DELIVERY);
        assertTrue(
                !secretary.get(personPath).text().contains("Invitar a la plataforma"),
                "invited once: now has an account");
        assertTrue(!signedIn(MEMBER).get(personPath).text().contains("Invitar a la plataforma"), "not for a member");
    }

    @Test
    void afterSigningInALinkToAProtectedPageLandsOnThatPage() throws Exception {
        WebClient client = client();
        WebClient.Page refused = client.get("members/people.xhtml?q=1");
        assertEquals(302, refused.status());
        assertTrue(refused.location().contains("login.xhtml"), refused.location());
        WebClient.Page signedIn = client.signIn(SECRETARY, DemoAccounts.PASSWORD);
        assertEquals(302, signedIn.status(), signedIn.text());
        assertTrue(
                signedIn.location().contains("members/people.xhtml"),
                "back where the link pointed: " + signedIn.location());
        assertEquals(200, client.get(signedIn.location()).status());
    }
}
