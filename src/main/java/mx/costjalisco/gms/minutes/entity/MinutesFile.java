package mx.costjalisco.gms.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * An archived file of the minutes — the approved PDF, the scan of the signed paper copy, an addendum — stored in the
 * data directory under its SHA-256, which this record keeps so anyone can check a copy against it.
 */
@Entity
@Table(name = "minutes_file")
@NamedQuery(
        name = MinutesFile.FIND_BY_MINUTES,
        query = "SELECT f FROM MinutesFile f WHERE f.minutes.id = :minutesId ORDER BY f.createdAt, f.id")
@NamedQuery(
        name = MinutesFile.FIND_BY_SHA256,
        query = "SELECT f FROM MinutesFile f JOIN FETCH f.minutes WHERE f.sha256 = :sha256")
@NamedQuery(name = MinutesFile.FIND_ALL, query = "SELECT f FROM MinutesFile f JOIN FETCH f.minutes ORDER BY f.id")
public class MinutesFile extends BaseEntity implements Auditable {

    public static final String FIND_BY_MINUTES = "MinutesFile.findByMinutes";
    public static final String FIND_BY_SHA256 = "MinutesFile.findBySha256";
    public static final String FIND_ALL = "MinutesFile.findAll";

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MinutesFileKind kind;

    @ManyToOne
    @JoinColumn(name = "addendum_id", updatable = false)
    private MinutesAddendum addendum;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected MinutesFile() {}

    public MinutesFile(
            Minutes minutes,
            MinutesFileKind kind,
            MinutesAddendum addendum,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant createdAt,
            String createdBy) {
        this.minutes = minutes;
        this.kind = kind;
        this.addendum = addendum;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    @Override
    public String auditLabel() {
        return fileName;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("fileName", fileName);
        state.put("size", size);
        state.put("sha256", sha256);
        return state;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public MinutesFileKind getKind() {
        return kind;
    }

    public MinutesAddendum getAddendum() {
        return addendum;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
