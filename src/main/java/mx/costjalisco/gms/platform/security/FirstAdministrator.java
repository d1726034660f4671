package mx.costjalisco.gms.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import mx.costjalisco.gms.platform.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator when no account exists: {@code GMS_ADMIN_EMAIL} with {@code GMS_ADMIN_PASSWORD},
 * or with a generated password that is shown once, at that start, and never stored in clear.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.admin.email", defaultValue = "admin@localhost")
    private String email;

    @Inject
    @ConfigProperty(name = "gms.admin.password")
    private Optional<String> configuredPassword;

    private String generatedPassword;

    @PostConstruct
    void createIfNoAccount() {
        if (em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password != null && PasswordPolicy.violation(password, email).isPresent()) {
            LOG.warning("GMS_ADMIN_PASSWORD does not meet the password policy (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters); a password was generated instead");
            password = null;
        }
        if (password == null) {
            generatedPassword = generate();
            password = generatedPassword;
        }
        Account admin = new Account(email, "Administrador", clock.instant());
        admin.setRoles(Set.of(Roles.ADMIN));
        hasher.setPassword(admin, password);
        em.persist(admin);
        audit.created(admin);
        LOG.info(() -> "Created the first administrator account " + admin.getEmail());
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public String getEmail() {
        return Account.normalizeEmail(email);
    }

    /** The password generated at this start, to be shown once; empty when none was. */
    public Optional<String> generatedPassword() {
        return Optional.ofNullable(generatedPassword);
    }
}
