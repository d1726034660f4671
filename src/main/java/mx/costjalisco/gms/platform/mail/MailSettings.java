package mx.costjalisco.gms.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves: the SMTP server ({@code GMS_SMTP_HOST}; without it nothing is sent and messages wait in the
 * outbox), its port, account and transport security ({@code starttls}, {@code ssl} or {@code none}), the sender's
 * address and name, and the sender's rhythm — how often it looks for due messages, how it backs off after a failure,
 * and after how many attempts it gives up.
 */
@Named
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "gms.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "gms.smtp.port", defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = "gms.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "gms.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "gms.smtp.tls", defaultValue = "starttls")
    private String tls;

    @Inject
    @ConfigProperty(name = "gms.smtp.connect-timeout-seconds", defaultValue = "20")
    private int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "gms.smtp.timeout-seconds", defaultValue = "60")
    private int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "gms.mail.from", defaultValue = "gms@localhost")
    private String fromAddress;

    @Inject
    @ConfigProperty(name = "gms.mail.from-name", defaultValue = "Grupo Multisectorial de CoST Jalisco")
    private String fromName;

    @Inject
    @ConfigProperty(name = "gms.mail.poll-seconds", defaultValue = "30")
    private int pollSeconds;

    @Inject
    @ConfigProperty(name = "gms.mail.retry-base-seconds", defaultValue = "60")
    private int retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "gms.mail.retry-max-seconds", defaultValue = "21600")
    private int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "gms.mail.max-attempts", defaultValue = "10")
    private int maxAttempts;

    private Session session;

    @PostConstruct
    void init() {
        if (isSendingEnabled()) {
            session = Session.getInstance(smtpProperties());
        }
    }

    /** Whether mail is sent at all: only with an SMTP server configured. */
    public boolean isSendingEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** The mail session, when sending is on. */
    public Session session() {
        return session;
    }

    Properties smtpProperties() {
        Properties props = new Properties();
        String mode = tls.trim().toLowerCase(Locale.ROOT);
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host.orElse("").trim());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", Long.toString(connectTimeoutSeconds * 1000L));
        props.put("mail.smtp.timeout", Long.toString(timeoutSeconds * 1000L));
        props.put("mail.smtp.writetimeout", Long.toString(timeoutSeconds * 1000L));
        props.put("mail.smtp.from", fromAddress.trim());
        props.put("mail.smtp.auth", Boolean.toString(user().isPresent()));
        switch (mode) {
            case "none" -> {}
            case "ssl" -> {
                props.put("mail.smtp.ssl.enable", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            default -> { // starttls: never fall back to clear text once the server was asked for TLS
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return props;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    /** The From address with its name, UTF-8 encoded. */
    public InternetAddress from() {
        try {
            InternetAddress address = new InternetAddress(fromAddress.trim(), true);
            address.setPersonal(fromName, "UTF-8");
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("gms.mail.from is not a valid address: " + fromAddress, e);
        }
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public Backoff backoff() {
        return new Backoff(Duration.ofSeconds(Math.max(1, retryBaseSeconds)), Duration.ofSeconds(retryMaxSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** How long a claim holds: longer than one SMTP conversation can take, so a live sender is never overtaken. */
    public Duration claimDuration() {
        return Duration.ofSeconds(2L * connectTimeoutSeconds + 4L * timeoutSeconds);
    }
}
