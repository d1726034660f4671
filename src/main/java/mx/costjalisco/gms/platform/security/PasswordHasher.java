package mx.costjalisco.gms.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 with HMAC-SHA256 and a 32-byte random salt (Payara's {@link Pbkdf2PasswordHash}). Each hash records its own
 * parameters, so raising {@code gms.password.iterations} later keeps old passwords valid.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "gms.password.iterations", defaultValue = "210000")
    private int iterations;

    /** Compared against when an address has no account, so that both answers take the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** Sets an account's password, after checking it against the {@link PasswordPolicy}. */
    public void setPassword(Account account, String password) {
        PasswordPolicy.violation(password, account.getEmail()).ifPresent(key -> {
            throw BusinessRuleException.onField("password", key, PasswordPolicy.MIN_LENGTH);
        });
        account.setPasswordHash(hash(password.toCharArray()));
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash == null ? decoy : hash) && hash != null;
    }
}
