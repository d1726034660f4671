package mx.costjalisco.gms.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.PasswordHasher;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The administrator's work on accounts. An administrator cannot disable their own account or take away their own
 * administrator role, so the system never locks out its last administrator by accident.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private Clock clock;

    public Optional<Account> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
    }

    public List<Account> all() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.displayName", Account.class)
                .getResultList();
    }

    /**
     * Creates an account for a person of the registry (their address and name are taken from the registry) or, with
     * no person, for staff. The password is optional: without one, nobody can sign in until one is set.
     */
    public Account create(String email, String displayName, Long personId, Set<String> roles, String password) {
        String address = email;
        String name = displayName;
        if (personId != null) {
            Person person = Optional.ofNullable(em.find(Person.class, personId))
                    .orElseThrow(() -> new BusinessRuleException("record.notFound"));
            address = person.getEmail();
            name = person.getFullName();
        }
        checkRoles(roles);
        checkEmail(address, null);
        Account account = new Account(address, name, clock.instant());
        account.setPersonId(personId);
        account.setRoles(roles);
        if (password != null && !password.isEmpty()) {
            passwords.setPassword(account, password);
        }
        em.persist(account);
        flush(account);
        audit.created(account);
        return account;
    }

    public Account update(Long id, long version, String displayName, Set<String> roles, String callerEmail) {
        Account account = Records.current(em, Account.class, id, version);
        checkRoles(roles);
        if (account.getEmail().equals(Account.normalizeEmail(callerEmail)) && !roles.contains(Roles.ADMIN)) {
            throw BusinessRuleException.onField("roles", "account.ownAdminRole");
        }
        Map<String, Object> before = account.auditState();
        account.setDisplayName(displayName);
        account.setRoles(roles);
        flush(account);
        audit.updated(account, before);
        return account;
    }

    public Account setEnabled(Long id, long version, boolean enabled, String callerEmail) {
        Account account = Records.current(em, Account.class, id, version);
        if (!enabled && account.getEmail().equals(Account.normalizeEmail(callerEmail))) {
            throw new BusinessRuleException("account.disableSelf");
        }
        Map<String, Object> before = account.auditState();
        account.setEnabled(enabled);
        flush(account);
        audit.changed(account, enabled ? AuditAction.ENABLED : AuditAction.DISABLED, before);
        return account;
    }

    public Account setPassword(Long id, long version, String password) {
        Account account = Records.current(em, Account.class, id, version);
        passwords.setPassword(account, password);
        flush(account);
        audit.changed(account, AuditAction.PASSWORD_SET, account.auditState());
        return account;
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw BusinessRuleException.onField("roles", "account.noRole");
        }
        if (!roles.stream().allMatch(Roles::isKnown)) {
            throw BusinessRuleException.onField("roles", "account.unknownRole");
        }
    }

    private void checkEmail(String email, Long id) {
        boolean taken = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(id));
        if (taken) {
            throw BusinessRuleException.onField("email", "account.duplicateEmail", email);
        }
    }

    private void flush(Account account) {
        try {
            Records.flush(em, account);
        } catch (PersistenceException e) {
            throw BusinessRuleException.onField("email", "account.duplicateEmail", account.getEmail());
        }
    }
}
