package mx.costjalisco.gms.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/** A correction of approved minutes, numbered; the approved text itself is never edited. */
@Entity
@Table(name = "minutes_addendum")
@NamedQuery(
        name = MinutesAddendum.FIND_BY_MINUTES,
        query = "SELECT a FROM MinutesAddendum a WHERE a.minutes.id = :minutesId ORDER BY a.number")
public class MinutesAddendum extends BaseEntity implements Auditable {

    public static final String FIND_BY_MINUTES = "MinutesAddendum.findByMinutes";
    public static final int REASON_MAXLENGTH = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @Column(nullable = false, updatable = false)
    private int number;

    @Lob
    @Column(nullable = false, updatable = false)
    private String html;

    @Column(nullable = false, length = REASON_MAXLENGTH, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected MinutesAddendum() {}

    public MinutesAddendum(Minutes minutes, int number, String html, String reason, Instant at, String by) {
        this.minutes = minutes;
        this.number = number;
        this.html = html;
        this.reason = reason;
        this.createdAt = at;
        this.createdBy = by;
    }

    @Override
    public String auditLabel() {
        return "Adenda " + number + " " + minutes.auditLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("reason", reason);
        state.put("html", html);
        return state;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public int getNumber() {
        return number;
    }

    public String getHtml() {
        return html;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
