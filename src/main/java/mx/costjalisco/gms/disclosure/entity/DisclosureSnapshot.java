package mx.costjalisco.gms.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * What one entity had published at a moment — taken after every applied import and after a publisher is matched —
 * and the average share of the CoST IDS points its projects publish. Never updated: the series is the history.
 */
@Entity
@Table(name = "disclosure_snapshot")
@NamedQuery(
        name = DisclosureSnapshot.FIND_BY_ENTITY,
        query = "SELECT s FROM DisclosureSnapshot s WHERE s.entityId = :entityId ORDER BY s.takenAt")
@NamedQuery(name = DisclosureSnapshot.FIND_ALL, query = "SELECT s FROM DisclosureSnapshot s ORDER BY s.takenAt")
public class DisclosureSnapshot {

    public static final String FIND_BY_ENTITY = "DisclosureSnapshot.findByEntity";
    public static final String FIND_ALL = "DisclosureSnapshot.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", updatable = false)
    private Long importId;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(name = "taken_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant takenAt;

    @Column(nullable = false, updatable = false)
    private int projects;

    @Column(nullable = false, updatable = false, precision = 5, scale = 1)
    private BigDecimal completeness;

    protected DisclosureSnapshot() {}

    public DisclosureSnapshot(Long importId, Long entityId, Instant takenAt, int projects, BigDecimal completeness) {
        this.importId = importId;
        this.entityId = entityId;
        this.takenAt = takenAt;
        this.projects = projects;
        this.completeness = completeness;
    }

    public Long getId() {
        return id;
    }

    public Long getImportId() {
        return importId;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public int getProjects() {
        return projects;
    }

    public BigDecimal getCompleteness() {
        return completeness;
    }
}
