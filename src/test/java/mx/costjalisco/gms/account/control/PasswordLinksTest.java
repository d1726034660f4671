package mx.costjalisco.gms.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mx.costjalisco.gms.platform.mail.MailContent;
import org.junit.jupiter.api.Test;

/** Tokens are unguessable and URL-safe, and only their hash is kept. */
class PasswordLinksTest {

    @Test
    void aTokenIs32RandomBytesInBase64Url() {
        String token = PasswordLinks.newToken();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, PasswordLinks.newToken());
    }

    @Test
    void theHashIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PasswordLinks.hash("abc"));
    }

    @Test
    void theMailsHtmlEscapesTheTextAndLinksTheLink() {
        String link = "https://gms.example/password.xhtml?token=abc&x=1";
        String html = AccountMail.html("Hola, <Ana>:\n\n" + link, link);
        assertTrue(html.contains("Hola, &lt;Ana&gt;:"), html);
        assertTrue(html.contains("<a href=\"https://gms.example/password.xhtml?token=abc&amp;x=1\">"), html);
    }

    @Test
    void theInvitationIsInSpanishWithTheLinkAndItsValidity() {
        MailContent mail = AccountMail.invitation(
                "Ana Núñez", "ana@prueba.example", "https://gms.example/password.xhtml?token=t", 72);
        assertEquals("Invitación a la plataforma del Grupo Multisectorial de CoST Jalisco", mail.subject());
        assertTrue(mail.text().startsWith("Hola, Ana Núñez:"), mail.text());
        assertTrue(mail.text()
                .contains("(vale 72 horas y sirve una sola vez):\n\nhttps://gms.example/password.xhtml?token=t\n"));
        assertTrue(mail.text().contains("ana@prueba.example"));
        assertTrue(mail.html().contains("<a href=\"https://gms.example/password.xhtml?token=t\">"), mail.html());
    }
}
