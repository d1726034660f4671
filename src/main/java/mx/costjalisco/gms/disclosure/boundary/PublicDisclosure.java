package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.disclosure.control.PublicationFigures;
import mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.files.FileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What anyone reads of disclosure, signed in or not: the publishing entities, their agreements once signed (drafts are
 * not public), the signed documents, and what each entity publishes (its projects and their IDS completeness, now and
 * as its snapshots recorded it). Never the manager's internal notes, never who recorded or imported what.
 */
@Stateless
@PermitAll
public class PublicDisclosure {

    /**
     * An entity as published: {@code url} is its public page, the one its QR code leads to. The publication figures
     * are those of {@link PublicationFigures}; {@code history} (one entry a day) is given for one entity, not in the
     * list, where it would grow with every import.
     */
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
            List<PublishedAgreement> agreements,
            int projectsPublished,
            LocalDate firstPublishedOn,
            LocalDate lastUpdatedOn,
            BigDecimal idsCompleteness,
            List<PublishedDay> history) {}

    /** What an entity had published at the end of a day: its projects and their average IDS completeness in %. */
    public record PublishedDay(LocalDate date, int projects, BigDecimal idsCompleteness) {}

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
        Map<Long, PublicationFigures> figures = PublicationFigures.read(em, null, clock.getZone());
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(PublishingEntity.FIND_ALL, PublishingEntity.class).getResultList().stream()
                .map(e -> toPublished(
                        e,
                        agreements.getOrDefault(e.getId(), List.of()),
                        figures.getOrDefault(e.getId(), PublicationFigures.NONE),
                        null,
                        today))
                .toList();
    }

    public Optional<PublishedEntity> published(Long id) {
        PublishingEntity entity = id == null ? null : em.find(PublishingEntity.class, id);
        if (entity == null) {
            return Optional.empty();
        }
        List<PublishedDay> history = PublicationFigures.history(
                        em.createNamedQuery(DisclosureSnapshot.FIND_BY_ENTITY, DisclosureSnapshot.class)
                                .setParameter("entityId", id)
                                .getResultList(),
                        clock.getZone())
                .stream()
                .map(d -> new PublishedDay(d.on(), d.projects(), d.completeness()))
                .toList();
        return Optional.of(toPublished(
                entity,
                em.createNamedQuery(ParticipationAgreement.FIND_BY_ENTITY, ParticipationAgreement.class)
                        .setParameter("entityId", id)
                        .getResultList(),
                PublicationFigures.read(em, id, clock.getZone()).getOrDefault(id, PublicationFigures.NONE),
                history,
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

    /** The public list of entities. */
    public String listUrl() {
        return base() + "/public/entities.xhtml";
    }

    /** The public page of an entity: where its QR code leads. */
    public String pageUrl(Long entityId) {
        return base() + "/public/entities.xhtml?id=" + entityId;
    }

    /** The public page of a project, by its OC4IDS id: where its QR code leads when the platform has no URL set. */
    public String projectUrl(String ocid) {
        return base() + "/public/project.xhtml?id=" + encode(ocid);
    }

    /** The publisher's JSON of a project, as received. */
    public String projectJsonUrl(String ocid) {
        return base() + "/public/disclosure/project.json?id=" + encode(ocid);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private PublishedEntity toPublished(
            PublishingEntity entity,
            List<ParticipationAgreement> all,
            PublicationFigures figures,
            List<PublishedDay> history,
            LocalDate today) {
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
                agreements,
                figures.projects(),
                figures.firstPublishedOn(),
                figures.lastUpdatedOn(),
                figures.completeness(),
                history);
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
