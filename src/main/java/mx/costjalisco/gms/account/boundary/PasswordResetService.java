package mx.costjalisco.gms.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.account.control.AccountMail;
import mx.costjalisco.gms.account.control.PasswordLinks;
import mx.costjalisco.gms.account.entity.AccountToken;
import mx.costjalisco.gms.account.entity.ResetRequest;
import mx.costjalisco.gms.account.entity.TokenPurpose;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.mail.Outbox;
import mx.costjalisco.gms.platform.mail.Recipient;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.LoginFailure;
import mx.costjalisco.gms.platform.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public side of password links, for people who are not signed in.
 *
 * <p>Asking for a reset answers the same whether or not the address has an account, and does the same work up to
 * the point of writing the mail, so neither the answer nor its timing tells which addresses have accounts. Requests
 * are limited per address ({@code gms.account.reset-max-requests} per {@code gms.account.reset-window-minutes}),
 * counted whether or not an account has it; beyond the limit nothing is sent and the answer is still the same.
 *
 * <p>Setting a password with a link checks the password policy, uses the link up (and voids any other), clears the
 * sign-in lockout of the address, and records the change in the audit trail under the account's own name.
 */
@Stateless
@PermitAll
public class PasswordResetService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordLinks links;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.account.reset-hours", defaultValue = "2")
    private int resetHours;

    @Inject
    @ConfigProperty(name = "gms.account.reset-max-requests", defaultValue = "3")
    private int maxRequests;

    @Inject
    @ConfigProperty(name = "gms.account.reset-window-minutes", defaultValue = "60")
    private int windowMinutes;

    /** Mails a reset link to the address if an enabled account has it and the address is within its limit. */
    public void requestReset(String email) {
        String address = Account.normalizeEmail(email);
        if (address == null || address.isEmpty() || address.length() > Account.EMAIL_MAXLENGTH) {
            return;
        }
        Instant now = clock.instant();
        ResetRequest requests = em.find(ResetRequest.class, address);
        if (requests == null) {
            requests = new ResetRequest(address, now);
            em.persist(requests);
        }
        boolean allowed = requests.allow(now, maxRequests, Duration.ofMinutes(windowMinutes));
        Optional<Account> account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .filter(Account::isEnabled);
        if (!allowed || account.isEmpty()) {
            PasswordLinks.hash(PasswordLinks.newToken()); // the same work as a real link, for the same timing
            return;
        }
        Account holder = account.get();
        String token = links.issue(holder, TokenPurpose.RESET, Duration.ofHours(resetHours));
        outbox.enqueue(
                "account:" + holder.getId() + ":reset",
                AccountMail.reset(holder.getDisplayName(), holder.getEmail(), links.url(token), resetHours),
                List.of(new Recipient(holder.getEmail(), holder.getDisplayName(), holder.getPersonId())));
        audit.recordAs(address, holder, AuditAction.RESET_REQUESTED);
    }

    /** What the link is worth now: valid, used (or replaced), expired; empty when it never existed. */
    public Optional<AccountToken.State> check(String token) {
        return links.find(token).map(link -> link.stateAt(clock.instant()));
    }

    /** Sets the password of the link's account; returns the account's address, to sign in with. */
    public String setPassword(String token, String password) {
        Instant now = clock.instant();
        AccountToken link = links.find(token).orElseThrow(() -> new BusinessRuleException("password.linkInvalid"));
        switch (link.stateAt(now)) {
            case USED -> throw new BusinessRuleException("password.linkUsed");
            case EXPIRED -> throw new BusinessRuleException("password.linkExpired");
            case VALID -> {}
        }
        Account account = em.find(Account.class, link.getAccountId());
        if (account == null || !account.isEnabled()) {
            throw new BusinessRuleException("password.linkInvalid");
        }
        passwords.setPassword(account, password);
        int used = em.createNativeQuery("UPDATE account_token SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, link.getId())
                .executeUpdate();
        if (used != 1) {
            throw new BusinessRuleException("password.linkUsed"); // the same link, submitted twice at once
        }
        LoginFailure failures = em.find(LoginFailure.class, account.getEmail());
        if (failures != null) {
            em.remove(failures); // a counter, not part of the record: whoever holds the link proved the address
        }
        audit.recordAs(account.getEmail(), account, AuditAction.PASSWORD_SET);
        return account.getEmail();
    }
}
