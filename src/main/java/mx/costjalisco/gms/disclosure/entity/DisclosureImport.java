package mx.costjalisco.gms.disclosure.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * One reading of an OC4IDS project package: where from, which schema it was validated against, and what it did —
 * projects new, updated, unchanged and invalid. The detailed report (each invalid project with its reasons, each
 * deviation of the feed) is kept as JSON. A refused import names why and changed nothing.
 */
@Entity
@Table(name = "disclosure_import")
@NamedQuery(name = DisclosureImport.FIND_RECENT, query = "SELECT i FROM DisclosureImport i ORDER BY i.startedAt DESC")
@NamedQuery(
        name = DisclosureImport.FIND_LAST_APPLIED,
        query =
                "SELECT i FROM DisclosureImport i WHERE i.status = mx.costjalisco.gms.disclosure.entity.ImportStatus.APPLIED"
                        + " ORDER BY i.finishedAt DESC")
public class DisclosureImport extends BaseEntity {

    public static final String FIND_RECENT = "DisclosureImport.findRecent";
    public static final String FIND_LAST_APPLIED = "DisclosureImport.findLastApplied";
    public static final int SOURCE_NAME_MAXLENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 10)
    private ImportSource sourceKind;

    @Column(name = "source_name", nullable = false, length = SOURCE_NAME_MAXLENGTH)
    private String sourceName;

    @Column(name = "source_bytes")
    private Long sourceBytes;

    @Column(name = "source_sha256", length = 64)
    private String sourceSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportStatus status;

    @Column(name = "schema_version", length = 20)
    private String schemaVersion;

    @Column(name = "schema_source", length = 1000)
    private String schemaSource;

    @Column(name = "package_uri", length = 1000)
    private String packageUri;

    @Column(name = "package_published", length = 40)
    private String packagePublished;

    @Column(name = "projects_read", nullable = false)
    private int projectsRead;

    @Column(name = "projects_new", nullable = false)
    private int projectsNew;

    @Column(name = "projects_updated", nullable = false)
    private int projectsUpdated;

    @Column(name = "projects_unchanged", nullable = false)
    private int projectsUnchanged;

    @Column(name = "projects_invalid", nullable = false)
    private int projectsInvalid;

    @Column(name = "projects_unmatched", nullable = false)
    private int projectsUnmatched;

    /** The message key of the refusal, for a refused import. */
    @Column(name = "refusal_key", length = 100)
    private String refusalKey;

    @Column(name = "refusal_detail", length = 20000)
    private String refusalDetail;

    /** The report as JSON: warnings, invalid projects with their reasons, unmatched publishers. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report")
    private String report;

    @Column(name = "started_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant startedAt;

    @Column(name = "finished_at")
    @Convert(converter = InstantConverter.class)
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, updatable = false, length = 254)
    private String startedBy;

    protected DisclosureImport() {}

    public DisclosureImport(ImportSource sourceKind, String sourceName, Instant startedAt, String startedBy) {
        this.sourceKind = sourceKind;
        this.sourceName = sourceName.length() > SOURCE_NAME_MAXLENGTH
                ? sourceName.substring(0, SOURCE_NAME_MAXLENGTH)
                : sourceName;
        this.status = ImportStatus.RUNNING;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    /** The import refused whole: the counts go back to zero, nothing was applied. */
    public void refuse(String key, String detail, Instant at) {
        this.status = ImportStatus.REFUSED;
        this.refusalKey = key;
        this.refusalDetail = detail == null || detail.length() <= 20000 ? detail : detail.substring(0, 20000);
        this.projectsNew = 0;
        this.projectsUpdated = 0;
        this.projectsUnchanged = 0;
        this.projectsUnmatched = 0;
        this.finishedAt = at;
    }

    public void apply(
            int read, int created, int updated, int unchanged, int invalid, int unmatched, String report, Instant at) {
        // The lazy report first: setting a lazy attribute not yet read makes EclipseLink read the rest of the row,
        // which would undo the fields set before it.
        this.report = report;
        this.status = ImportStatus.APPLIED;
        this.projectsRead = read;
        this.projectsNew = created;
        this.projectsUpdated = updated;
        this.projectsUnchanged = unchanged;
        this.projectsInvalid = invalid;
        this.projectsUnmatched = unmatched;
        this.finishedAt = at;
    }

    public void describeSource(Long bytes, String sha256) {
        this.sourceBytes = bytes;
        this.sourceSha256 = sha256;
    }

    public void describeSchema(String version, String source) {
        this.schemaVersion = version;
        this.schemaSource = source == null || source.length() <= 1000 ? source : source.substring(0, 1000);
    }

    public void describePackage(String uri, String published) {
        this.packageUri = uri == null || uri.length() <= 1000 ? uri : uri.substring(0, 1000);
        this.packagePublished = published == null || published.length() <= 40 ? published : published.substring(0, 40);
    }

    /** The report of a refused import: what was read before the refusal (for the reasons), nothing applied. */
    public void keepReport(String report, int read, int invalid) {
        this.report = report;
        this.projectsRead = read;
        this.projectsInvalid = invalid;
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    public ImportSource getSourceKind() {
        return sourceKind;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Long getSourceBytes() {
        return sourceBytes;
    }

    public String getSourceSha256() {
        return sourceSha256;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public String getSchemaSource() {
        return schemaSource;
    }

    public String getPackageUri() {
        return packageUri;
    }

    public String getPackagePublished() {
        return packagePublished;
    }

    public int getProjectsRead() {
        return projectsRead;
    }

    public int getProjectsNew() {
        return projectsNew;
    }

    public int getProjectsUpdated() {
        return projectsUpdated;
    }

    public int getProjectsUnchanged() {
        return projectsUnchanged;
    }

    public int getProjectsInvalid() {
        return projectsInvalid;
    }

    public int getProjectsUnmatched() {
        return projectsUnmatched;
    }

    public String getRefusalKey() {
        return refusalKey;
    }

    public String getRefusalDetail() {
        return refusalDetail;
    }

    public String getReport() {
        return report;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
