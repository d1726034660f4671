package mx.costjalisco.gms.platform.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a sign-in: the address must not be locked, the account must exist and be enabled, and the password must
 * match. Failures are counted per address; after {@code gms.login.max-failures} (5) in a row the address is locked
 * for {@code gms.login.lockout-minutes} (15).
 */
@Stateless
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    /** The signed-in caller: the name Jakarta Security knows them by, and their roles. */
    public record Caller(String email, Set<String> roles) {}

    /**
     * What a signed-in session must still match: the account's roles now, and a fingerprint of its password, which
     * changes when the password does (the fingerprint of a hash, never the hash itself, is what a session keeps).
     */
    public record Standing(Set<String> roles, String passwordStamp) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "gms.login.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    public Optional<Caller> signIn(String email, char[] password) {
        String address = Account.normalizeEmail(email);
        if (address == null || address.isEmpty() || lockedUntil(address).isPresent()) {
            return Optional.empty();
        }
        Optional<Account> account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        boolean valid =
                hasher.matches(password, account.map(Account::getPasswordHash).orElse(null))
                        && account.get().isEnabled();
        Instant now = clock.instant();
        if (!valid) {
            recordFailure(address, account, now);
            return Optional.empty();
        }
        LoginFailure failures = em.find(LoginFailure.class, address);
        if (failures != null) {
            em.remove(failures); // a counter, not part of the record
        }
        account.get().signedIn(now);
        return Optional.of(new Caller(address, Set.copyOf(account.get().getRoles())));
    }

    /**
     * The account's standing now, asked on every request of a signed-in session: empty once the account is disabled
     * or gone, so that disabling someone ends the sessions they have open, and with the roles as they are now, so that
     * a role taken away is taken away at once.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Standing> standing(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst()
                .filter(Account::isEnabled)
                .map(account -> new Standing(Set.copyOf(account.getRoles()), stamp(account.getPasswordHash())));
    }

    private static String stamp(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private void recordFailure(String address, Optional<Account> account, Instant now) {
        LoginFailure failures = em.find(LoginFailure.class, address);
        if (failures == null) {
            failures = new LoginFailure(address);
            em.persist(failures);
        }
        if (failures.fail(now, maxFailures, Duration.ofMinutes(lockoutMinutes))) {
            LOG.warning(() ->
                    "Sign-in locked for " + lockoutMinutes + " minutes after " + maxFailures + " failures: " + address);
            account.ifPresent(locked -> audit.recordAs(address, locked, AuditAction.LOCKED_OUT));
        }
    }

    /** Until when sign-in for this address is refused, if it is now. */
    public Optional<Instant> lockedUntil(String email) {
        LoginFailure failures = em.find(LoginFailure.class, Account.normalizeEmail(email));
        Instant now = clock.instant();
        return failures != null && failures.isLockedAt(now) ? Optional.of(failures.getLockedUntil()) : Optional.empty();
    }
}
