package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.files.FileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What anyone reads of disclosure, signed in or not: the publishing entities, their agreements once signed (drafts are
 * not public), and the signed documents. Never the manager's internal notes, never who recorded what.
 */
@Stateless
@PermitAll
public class PublicDisclosure {

    /** An entity as published: {@code url} is its public page, the one its QR code leads to. */
    public record PublishedEntity(
            Long id,
            String name,
            String shortName,
            String kind,
            String identifier,
            LocalDate joinedOn,
            LocalDate leftOn,
            String url,
            int agreementsSigned,
            int agreementsInForce,
            List<PublishedAgreement> agreements) {}

    /** A signed (or expired, or terminated) agreement; {@code documentUrl} is the signed PDF, when attached. */
    public record PublishedAgreement(
            Long id,
            String title,
            String status,
            LocalDate signedOn,
            LocalDate validUntil,
            Integer projectsPerQuarter,
            String commitments,
            LocalDate terminatedOn,
            String documentUrl) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    public List<PublishedEntity> published() {
        Map<Long, List<ParticipationAgreement>> agreements = new HashMap<>();
        for (ParticipationAgreement a : em.createNamedQuery(
                        ParticipationAgreement.FIND_ALL, ParticipationAgreement.class)
                .getResultList()) {
            agreements
                    .computeIfAbsent(a.getEntity().getId(), id -> new ArrayList<>())
                    .add(a);
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(PublishingEntity.FIND_ALL, PublishingEntity.class).getResultList().stream()
                .map(e -> toPublished(e, agreements.getOrDefault(e.getId(), List.of()), today))
                .toList();
    }

    public Optional<PublishedEntity> published(Long id) {
        PublishingEntity entity = id == null ? null : em.find(PublishingEntity.class, id);
        if (entity == null) {
            return Optional.empty();
        }
        return Optional.of(toPublished(
                entity,
                em.createNamedQuery(ParticipationAgreement.FIND_BY_ENTITY, ParticipationAgreement.class)
                        .setParameter("entityId", id)
                        .getResultList(),
                LocalDate.now(clock)));
    }

    /** The signed document of an agreement that was signed; never a draft's. */
    public Optional<ParticipationAgreement> publishedDocument(Long agreementId) {
        ParticipationAgreement agreement =
                agreementId == null ? null : em.find(ParticipationAgreement.class, agreementId);
        if (agreement == null || !agreement.wasSigned() || !agreement.hasDocument()) {
            return Optional.empty();
        }
        return Optional.of(agreement);
    }

    public byte[] read(String sha256) {
        return files.read(sha256);
    }

    /** The public page of an entity: where its QR code leads. */
    /** The public list of entities. */
    public String listUrl() {
        return base() + "/public/entities.xhtml";
    }

    public String pageUrl(Long entityId) {
        return base() + "/public/entities.xhtml?id=" + entityId;
    }

    private PublishedEntity toPublished(PublishingEntity entity, List<ParticipationAgreement> all, LocalDate today) {
        List<PublishedAgreement> agreements = all.stream()
                .filter(ParticipationAgreement::wasSigned)
                .map(a -> new PublishedAgreement(
                        a.getId(),
                        a.getTitle(),
                        a.statusOn(today).name(),
                        a.getSignedOn(),
                        a.getValidUntil(),
                        a.getProjectsPerQuarter(),
                        a.getCommitments(),
                        a.getTerminatedOn(),
                        a.hasDocument() ? base() + "/public/disclosure/agreement/" + a.getId() + ".pdf" : null))
                .toList();
        return new PublishedEntity(
                entity.getId(),
                entity.getName(),
                entity.getShortName(),
                entity.getKind().name(),
                entity.getPartyId(),
                entity.getJoinedOn(),
                entity.getLeftOn(),
                pageUrl(entity.getId()),
                agreements.size(),
                (int) all.stream().filter(a -> a.isInForce(today)).count(),
                agreements);
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
