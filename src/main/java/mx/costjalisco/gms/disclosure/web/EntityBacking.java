package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;
import mx.costjalisco.gms.disclosure.entity.AgreementStatus;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;

/**
 * {@code disclosure/entity.xhtml?id=}: one publishing entity, its agreements (drafts too) with their signed documents,
 * and its QR code to download.
 */
@Named
@ViewScoped
public class EntityBacking implements Serializable {

    @Inject
    private DisclosureReads reads;

    @Inject
    private PublicDisclosure publicDisclosure;

    @Inject
    private mx.costjalisco.gms.disclosure.boundary.ProjectReads projects;

    @Inject
    private mx.costjalisco.gms.platform.config.TimeConfiguration time;

    @Inject
    private mx.costjalisco.gms.disclosure.boundary.ProjectLinks links;

    private List<mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot> snapshots;
    private long projectCount;
    private java.util.Map<Long, Integer> linkCounts;

    private Long entityId;
    private PublishingEntity entity;
    private List<ParticipationAgreement> agreements;
    private String publicUrl;

    public void load() {
        entity = reads.entity(entityId).orElse(null);
        if (entity != null) {
            agreements = reads.agreementsOf(entity.getId());
            publicUrl = publicDisclosure.pageUrl(entity.getId());
            snapshots = projects.snapshots(entity.getId());
            projectCount = projects.count(entity.getId());
            linkCounts = new java.util.HashMap<>();
            links.linksOf(
                            mx.costjalisco.gms.disclosure.entity.LinkSubject.AGREEMENT,
                            agreements.stream()
                                    .map(ParticipationAgreement::getId)
                                    .toList())
                    .forEach(l -> linkCounts.merge(l.getSubjectId(), 1, Integer::sum));
        }
    }

    /** The projects linked to an agreement. */
    public int linked(ParticipationAgreement agreement) {
        return linkCounts.getOrDefault(agreement.getId(), 0);
    }

    public List<mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot> getSnapshots() {
        return snapshots;
    }

    public long getProjectCount() {
        return projectCount;
    }

    /** The chart of the entity's projects over time (inline SVG, with the table beside it for screen readers). */
    public String getChart() {
        return SnapshotChart.svg(snapshots, time.zone());
    }

    /** The latest completeness measured, or null before any import. */
    public java.math.BigDecimal getCompleteness() {
        return snapshots == null || snapshots.isEmpty()
                ? null
                : snapshots.get(snapshots.size() - 1).getCompleteness();
    }

    public AgreementStatus status(ParticipationAgreement agreement) {
        return agreement.statusOn(reads.today());
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public PublishingEntity getEntity() {
        return entity;
    }

    public List<ParticipationAgreement> getAgreements() {
        return agreements;
    }

    public String getPublicUrl() {
        return publicUrl;
    }
}
