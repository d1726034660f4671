package mx.costjalisco.gms.platform.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.PagedModel;
import mx.costjalisco.gms.platform.web.Tables;

/**
 * {@code audit/trail.xhtml}: the audit trail for the secretary, the manager and the administrator. A record's page
 * links here with {@code ?type=Institution&id=12} to show that record's history.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    @Inject
    private AuditTrail trail;

    @Inject
    private Messages messages;

    private String recordType;
    private Long recordId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private List<String> recordTypes;
    private PagedModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        recordTypes = trail.recordTypes();
        entries = new PagedModel<>(
                () -> trail.count(filter()),
                (first, size, sort, ascending) -> trail.find(filter(), first, size),
                AuditEntry::getId);
    }

    private AuditTrail.Filter filter() {
        return new AuditTrail.Filter(recordType, recordId, actor, from, to);
    }

    /** The label of a record type, e.g. "Institución"; the type itself when the bundle has none. */
    public String typeLabel(String type) {
        String label = messages.text("audit.type." + type);
        return label.startsWith("???") ? type : label;
    }

    /** The label of a field, e.g. "Fecha de ingreso"; the field itself when the bundle has none. */
    public String fieldLabel(String field) {
        String label = messages.text("audit.field." + field);
        return label.startsWith("???") ? field : label;
    }

    public void filterChanged() {
        Tables.showFirstPage("trail:entries");
    }

    public void clear() {
        recordType = null;
        recordId = null;
        actor = null;
        from = null;
        to = null;
        filterChanged();
    }

    public List<String> getRecordTypes() {
        return recordTypes;
    }

    public PagedModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
