package mx.costjalisco.gms.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One change of record. Append-only: every column is insert-only, so JPA can never write an update, and the
 * application has no operation that deletes one.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    public static final int SUMMARY_MAXLENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "record_type", nullable = false, updatable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AuditAction action;

    @Column(updatable = false, length = SUMMARY_MAXLENGTH)
    private String summary;

    @Lob
    @Column(updatable = false)
    private String changes;

    protected AuditEntry() {}

    AuditEntry(
            Instant at,
            String actor,
            String recordType,
            Long recordId,
            AuditAction action,
            String summary,
            List<FieldChange> changes) {
        this.at = at;
        this.actor = actor;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.summary = summary == null || summary.length() <= SUMMARY_MAXLENGTH
                ? summary
                : summary.substring(0, SUMMARY_MAXLENGTH - 1) + "…";
        this.changes = FieldChange.toJson(changes);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public List<FieldChange> getChanges() {
        return FieldChange.fromJson(changes);
    }
}
