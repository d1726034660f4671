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
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * The secretary's account of one agenda item, as sanitized HTML: the working copy. Issuing a version copies it into
 * the version whole; later edits go into the next version.
 */
@Entity
@Table(name = "minutes_narrative")
@NamedQuery(
        name = MinutesNarrative.FIND_BY_MINUTES,
        query = "SELECT n FROM MinutesNarrative n WHERE n.minutes.id = :minutesId")
public class MinutesNarrative extends BaseEntity {

    public static final String FIND_BY_MINUTES = "MinutesNarrative.findByMinutes";

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem agendaItem;

    @Lob
    @Column(nullable = false)
    private String html;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected MinutesNarrative() {}

    public MinutesNarrative(Minutes minutes, AgendaItem agendaItem) {
        this.minutes = minutes;
        this.agendaItem = agendaItem;
    }

    public void write(String html, Instant at, String by) {
        this.html = html;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getHtml() {
        return html;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
