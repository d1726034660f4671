package mx.costjalisco.gms.disclosure.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * An infrastructure project as CoST Jalisco's platform publishes it in OC4IDS, known by its project {@code id}
 * (e.g. {@code oc4ids-mxdy6h-0001}). The GMS keeps what it reads of it (title, status, sector, public authority,
 * period, budget, locations, last update, which CoST IDS points it publishes) and the publisher's JSON exactly as
 * received. A re-import with the same content changes nothing; a project that leaves the feed stays as last seen.
 */
@Entity
@Table(name = "disclosed_project")
@NamedQuery(name = DisclosedProject.FIND_BY_OCID, query = "SELECT p FROM DisclosedProject p WHERE p.ocid = :ocid")
@NamedQuery(
        name = DisclosedProject.FIND_BY_ENTITY,
        query = "SELECT p FROM DisclosedProject p WHERE p.entity.id = :entityId ORDER BY p.ocid")
@NamedQuery(
        name = DisclosedProject.FIND_FINGERPRINTS,
        query = "SELECT p.ocid, p.id, p.contentSha256 FROM DisclosedProject p")
public class DisclosedProject implements Serializable {

    public static final String FIND_BY_OCID = "DisclosedProject.findByOcid";
    public static final String FIND_BY_ENTITY = "DisclosedProject.findByEntity";
    public static final String FIND_FINGERPRINTS = "DisclosedProject.findFingerprints";
    public static final int OCID_MAXLENGTH = 255;
    public static final int TITLE_MAXLENGTH = 1000;
    public static final int AUTHORITY_KEY_MAXLENGTH = 600;

    /**
     * Unlike the other records (BaseEntity: the column's AUTO_INCREMENT), ids come from a table, 200 at a time. An
     * import inserts thousands of projects in one transaction; with generated keys EclipseLink kept every insert
     * statement open until the transaction ended, and MySQL Connector/J kept each one's bound values — the
     * publisher's JSON — so 20,000 projects ran out of heap on MariaDB (bench/bench.py import mysql). Without
     * generated keys the inserts are also written in JDBC batches.
     */
    @Id
    @TableGenerator(
            name = "disclosedProjectIds",
            table = "id_allocation",
            pkColumnName = "sequence_name",
            valueColumnName = "last_id",
            pkColumnValue = "disclosed_project",
            allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "disclosedProjectIds")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = OCID_MAXLENGTH, updatable = false)
    private String ocid;

    @Column(length = TITLE_MAXLENGTH)
    private String title;

    @Column(length = 100)
    private String status;

    @Column(length = 500)
    private String sector;

    @Column(name = "authority_key", length = AUTHORITY_KEY_MAXLENGTH)
    private String authorityKey;

    @Column(name = "authority_name", length = 500)
    private String authorityName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entity_id")
    private PublishingEntity entity;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "budget_amount", precision = 20, scale = 2)
    private BigDecimal budgetAmount;

    @Column(name = "budget_currency", length = 3)
    private String budgetCurrency;

    @Column(length = 20000)
    private String locations;

    /** The project's own {@code updated} as published (ISO 8601 text, as the publisher wrote it). */
    @Column(length = 40)
    private String updated;

    /** The CoST IDS points the project publishes, as {@code IdsPoint} names separated by commas. */
    @Column(name = "ids_points", length = 20000)
    private String idsPoints;

    @Column(name = "ids_count", nullable = false)
    private int idsCount;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw_json", nullable = false)
    private String rawJson;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "first_import_id", nullable = false, updatable = false)
    private Long firstImportId;

    @Column(name = "last_import_id", nullable = false)
    private Long lastImportId;

    /** The day the GMS first read the project in a feed: when it counts as published. */
    @Column(name = "first_seen_on", nullable = false, updatable = false)
    private LocalDate firstSeenOn;

    @Column(name = "changed_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant changedAt;

    protected DisclosedProject() {}

    public DisclosedProject(String ocid, Long importId, LocalDate firstSeenOn) {
        this.ocid = ocid;
        this.firstImportId = importId;
        this.firstSeenOn = firstSeenOn;
    }

    /** Takes what an import read of the project: its summary, its JSON as received and its fingerprint. */
    public void read(ProjectSummary summary, String rawJson, String contentSha256, Long importId, Instant at) {
        // The lazy JSON first: setting a lazy attribute not yet read makes EclipseLink read the rest of the row,
        // which would undo the fields set before it.
        this.rawJson = rawJson;
        this.title = cut(summary.title(), TITLE_MAXLENGTH);
        this.status = cut(summary.status(), 100);
        this.sector = cut(summary.sector(), 500);
        this.authorityKey = cut(summary.authorityKey(), AUTHORITY_KEY_MAXLENGTH);
        this.authorityName = cut(summary.authorityName(), 500);
        this.periodStart = summary.periodStart();
        this.periodEnd = summary.periodEnd();
        this.budgetAmount = summary.budgetAmount();
        this.budgetCurrency = cut(summary.budgetCurrency(), 3);
        this.locations = cut(summary.locations(), 20000);
        this.updated = cut(summary.updated(), 40);
        this.idsPoints = summary.idsPoints();
        this.idsCount = summary.idsCount();
        this.contentSha256 = contentSha256;
        this.lastImportId = importId;
        this.changedAt = at;
    }

    public void assign(PublishingEntity entity) {
        this.entity = entity;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getOcid() {
        return ocid;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public String getSector() {
        return sector;
    }

    public String getAuthorityKey() {
        return authorityKey;
    }

    public String getAuthorityName() {
        return authorityName;
    }

    public PublishingEntity getEntity() {
        return entity;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public String getBudgetCurrency() {
        return budgetCurrency;
    }

    public String getLocations() {
        return locations;
    }

    public String getUpdated() {
        return updated;
    }

    public String getIdsPoints() {
        return idsPoints;
    }

    public int getIdsCount() {
        return idsCount;
    }

    public String getRawJson() {
        return rawJson;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Long getFirstImportId() {
        return firstImportId;
    }

    public Long getLastImportId() {
        return lastImportId;
    }

    public LocalDate getFirstSeenOn() {
        return firstSeenOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DisclosedProject that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return DisclosedProject.class.hashCode();
    }
}
