package mx.costjalisco.gms.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import mx.costjalisco.gms.account.entity.AccountToken;
import mx.costjalisco.gms.account.entity.TokenPurpose;
import mx.costjalisco.gms.platform.files.Sha256;
import mx.costjalisco.gms.platform.security.Account;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and reads one-time password links. A token is 32 random bytes written in base64url (43 characters); the
 * database keeps only its SHA-256, so reading the table does not give anyone a working link. Runs in the calling
 * service's transaction.
 */
@ApplicationScoped
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    /** A new link for the account, valid for {@code validity}; the account's older links stop working. */
    public String issue(Account account, TokenPurpose purpose, Duration validity) {
        Instant now = clock.instant();
        em.createNamedQuery(AccountToken.OPEN_FOR_ACCOUNT, AccountToken.class)
                .setParameter("accountId", account.getId())
                .getResultList()
                .forEach(older -> older.voidAt(now));
        String token = newToken();
        em.persist(new AccountToken(account.getId(), purpose, hash(token), now, now.plus(validity)));
        return token;
    }

    /** The stored link a token stands for, if any. */
    public Optional<AccountToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", hash(token.trim()))
                .getResultStream()
                .findFirst();
    }

    /** The address of the page that sets the password with this token, for the mail. */
    public String url(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/password.xhtml?token=" + token;
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
