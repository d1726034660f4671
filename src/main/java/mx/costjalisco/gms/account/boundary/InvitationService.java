package mx.costjalisco.gms.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.costjalisco.gms.account.control.AccountMail;
import mx.costjalisco.gms.account.control.PasswordLinks;
import mx.costjalisco.gms.account.entity.TokenPurpose;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.mail.Outbox;
import mx.costjalisco.gms.platform.mail.Recipient;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invites a person to the platform: mails them a one-time link, valid {@code gms.account.invitation-hours} (72), to
 * choose their password. The administrator invites any enabled account; the secretary invites a person of the
 * registry who has no account yet, which creates one — a liaison's as LIAISON, everyone else's as MEMBER (the
 * administrator can add roles later). Inviting again voids the earlier link.
 */
@Stateless
public class InvitationService {

    private static final Set<AppointmentRole> LIAISON_ROLES =
            EnumSet.of(AppointmentRole.LIAISON, AppointmentRole.COMMUNICATIONS_LIAISON);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordLinks links;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.account.invitation-hours", defaultValue = "72")
    private int invitationHours;

    /** Mails an invitation to an existing account. */
    @RolesAllowed(Roles.ADMIN)
    public Account invite(Long accountId) {
        Account account = Optional.ofNullable(accountId == null ? null : em.find(Account.class, accountId))
                .orElseThrow(() -> new BusinessRuleException("record.notFound"));
        return send(account);
    }

    /** The account of a person of the registry, if they have one. */
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    public Optional<Account> accountOf(Long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.personId = :personId OR a.email = :email", Account.class)
                .setParameter("personId", personId)
                .setParameter("email", person.getEmail())
                .getResultStream()
                .findFirst();
    }

    /** Creates the account of a person of the registry who has none, and mails them the invitation. */
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    public Account invitePerson(Long personId) {
        Person person = Optional.ofNullable(personId == null ? null : em.find(Person.class, personId))
                .orElseThrow(() -> new BusinessRuleException("record.notFound"));
        if (person.getEmail() == null || person.getEmail().isBlank()) {
            throw new BusinessRuleException("invitation.noEmail", person.getFullName());
        }
        if (accountOf(personId).isPresent()) {
            throw new BusinessRuleException("invitation.hasAccount", person.getEmail());
        }
        Account account = new Account(person.getEmail(), person.getFullName(), clock.instant());
        account.setPersonId(personId);
        account.setRoles(Set.of(roleFor(personId)));
        em.persist(account);
        audit.created(account);
        return send(account);
    }

    /** A current liaison who is not also a representative gets the liaison's role; everyone else a member's. */
    private String roleFor(Long personId) {
        LocalDate today = LocalDate.now(clock);
        List<AppointmentRole> current = em.createNamedQuery(Appointment.FIND_BY_PERSON, Appointment.class)
                .setParameter("personId", personId)
                .getResultStream()
                .filter(a -> a.getEndsOn() == null || !a.getEndsOn().isBefore(today))
                .map(Appointment::getRole)
                .toList();
        return !current.isEmpty() && LIAISON_ROLES.containsAll(current) ? Roles.LIAISON : Roles.MEMBER;
    }

    private Account send(Account account) {
        if (!account.isEnabled()) {
            throw new BusinessRuleException("invitation.disabled", account.getEmail());
        }
        String token = links.issue(account, TokenPurpose.INVITATION, Duration.ofHours(invitationHours));
        outbox.enqueue(
                "account:" + account.getId() + ":invitation",
                AccountMail.invitation(account.getDisplayName(), account.getEmail(), links.url(token), invitationHours),
                List.of(new Recipient(account.getEmail(), account.getDisplayName(), account.getPersonId())));
        audit.changed(account, AuditAction.INVITED, account.auditState());
        return account;
    }
}
