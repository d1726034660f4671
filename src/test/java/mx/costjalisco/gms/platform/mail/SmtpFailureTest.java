package mx.costjalisco.gms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which failures are worth another try, and how they read on the outbox page. */
class SmtpFailureTest {

    @Test
    void aRejectedRecipientIsPermanent() throws Exception {
        Address[] invalid = {new InternetAddress("nadie@prueba.example")};
        SendFailedException refused = new SendFailedException(
                "Invalid Addresses",
                new MessagingException("550 5.1.1 <nadie@prueba.example>: user unknown"),
                new Address[0],
                new Address[0],
                invalid);
        assertTrue(SmtpFailure.isPermanent(refused));
        assertTrue(SmtpFailure.isPermanent(new MessagingException("554 5.7.1 Message rejected")));
    }

    @Test
    void anUnreachableOrBusyServerOrOurOwnCredentialsAreTriedAgain() {
        MessagingException down = new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 3025; timeout -1",
                new ConnectException("Connection refused"));
        assertFalse(SmtpFailure.isPermanent(down));
        assertFalse(SmtpFailure.isPermanent(new MessagingException("451 4.3.0 Try again later")));
        assertFalse(SmtpFailure.isPermanent(new AuthenticationFailedException("535 5.7.8 Authentication failed")));
    }

    @Test
    void theErrorReadsAsTheChainOfCauses() {
        MessagingException down = new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 3025; timeout -1",
                new ConnectException("Connection refused"));
        assertEquals(
                "Couldn't connect to host, port: 127.0.0.1, 3025; timeout -1 — Connection refused",
                SmtpFailure.describe(down));
    }
}
