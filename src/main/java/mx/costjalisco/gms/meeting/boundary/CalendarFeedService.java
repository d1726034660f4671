package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.entity.CalendarFeed;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.security.Roles;

/** A member's personal calendar feed: one active secret URL at a time; a new one revokes the old. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Optional<CalendarFeed> mine() {
        return accountId()
                .flatMap(id -> em.createNamedQuery(CalendarFeed.FIND_ACTIVE_OF_ACCOUNT, CalendarFeed.class)
                        .setParameter("accountId", id)
                        .getResultStream()
                        .findFirst());
    }

    public CalendarFeed create() {
        revoke();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        CalendarFeed feed = new CalendarFeed(
                accountId().orElseThrow(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                clock.instant());
        em.persist(feed);
        audit.created(feed);
        return feed;
    }

    public void revoke() {
        mine().ifPresent(feed -> {
            Map<String, Object> before = feed.auditState();
            feed.revoke(clock.instant());
            em.flush();
            audit.changed(feed, AuditAction.ENDED, before);
        });
    }

    private Optional<Long> accountId() {
        return currentUser.account().map(account -> account.getId());
    }
}
