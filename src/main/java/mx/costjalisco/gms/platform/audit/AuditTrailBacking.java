package mx.costjalisco.gms.platform.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.costjalisco.gms.platform.web.Formats;
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

    /** The bundle prefixes of the codes the trail stores (enum labels and roles). */
    private static final List<String> LABELLED_CODES =
            List.of("Sector", "InstitutionType", "AppointmentRole", "Office", "Role");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODES = Pattern.compile("[A-Z_]+(, [A-Z_]+)*");

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

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

    /** Who made the change: their e-mail, or "system" in the page's language for what the application did itself. */
    public String actorLabel(String actor) {
        return AuditLog.SYSTEM.equals(actor) ? messages.text("audit.system") : actor;
    }

    /** The label of a field, e.g. "Fecha de ingreso"; the field itself when the bundle has none. */
    public String fieldLabel(String field) {
        String label = messages.text("audit.field." + field);
        return label.startsWith("???") ? field : label;
    }

    /**
     * A stored value as people read it: dates in the page's format, yes/no, and codes (a sector, a role) by their
     * label. The trail stores codes, so it reads right in either language.
     */
    public String valueLabel(String value) {
        if (value == null) {
            return messages.text("audit.noValue");
        }
        if (ISO_DATE.matcher(value).matches()) {
            return formats.date(LocalDate.parse(value));
        }
        if ("true".equals(value) || "false".equals(value)) {
            return messages.text("common." + value);
        }
        if (CODES.matcher(value).matches()) {
            return Arrays.stream(value.split(", ")).map(this::codeLabel).collect(Collectors.joining(", "));
        }
        return value;
    }

    private String codeLabel(String code) {
        for (String kind : LABELLED_CODES) {
            String label = messages.text(kind + "." + code);
            if (!label.startsWith("???")) {
                return label;
            }
        }
        return code;
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
