package mx.costjalisco.gms.disclosure.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import mx.costjalisco.gms.disclosure.entity.PartyMatch;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;

/**
 * Finds the publishing entity of a project's publisher: first what the manager decided for that publisher (once,
 * remembered), then an entity whose OC4IDS party identifier is one of the publisher's identifiers, then an entity
 * whose name or short name is the publisher's name (case and accents aside). A publisher still unknown is recorded
 * for the manager to resolve, and listed in the report.
 */
public final class PublisherMatcher {

    private final EntityManager em;
    private final Instant now;
    private final Map<String, Long> byIdentifier = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> decided = new HashMap<>();
    private final Map<String, Boolean> known = new HashMap<>();

    public PublisherMatcher(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
        for (PublishingEntity entity : em.createNamedQuery(PublishingEntity.FIND_ALL, PublishingEntity.class)
                .getResultList()) {
            if (entity.getPartyId() != null) {
                byIdentifier.put(entity.getPartyId().toLowerCase(Locale.ROOT), entity.getId());
            }
            byName.put(FeedNormaliser.key(entity.getName()), entity.getId());
            if (entity.getShortName() != null) {
                byName.putIfAbsent(FeedNormaliser.key(entity.getShortName()), entity.getId());
            }
        }
        for (PartyMatch match :
                em.createNamedQuery(PartyMatch.FIND_ALL, PartyMatch.class).getResultList()) {
            known.put(match.getPartyKey(), Boolean.TRUE);
            if (!match.isOpen()) {
                decided.put(
                        match.getPartyKey(),
                        match.getEntity() == null ? null : match.getEntity().getId());
            }
        }
    }

    /** The entity, or null (then the publisher is noted as unmatched, unless the manager said it is none). */
    public PublishingEntity match(ProjectReading.Publisher publisher, ImportReport report) {
        Long id = find(publisher);
        if (id != null) {
            return em.getReference(PublishingEntity.class, id);
        }
        if (publisher != null && !decided.containsKey(publisher.key())) {
            report.unmatched(publisher.key(), publisher.id(), publisher.name());
            if (known.put(publisher.key(), Boolean.TRUE) == null) {
                em.persist(new PartyMatch(publisher.key(), publisher.id(), publisher.name(), now));
            }
        }
        return null;
    }

    private Long find(ProjectReading.Publisher publisher) {
        if (publisher == null) {
            return null;
        }
        if (decided.containsKey(publisher.key())) {
            return decided.get(publisher.key());
        }
        for (String identifier : publisher.identifiers()) {
            Long id = byIdentifier.get(identifier);
            if (id != null) {
                return id;
            }
        }
        return publisher.name() == null ? null : byName.get(FeedNormaliser.key(publisher.name()));
    }
}
