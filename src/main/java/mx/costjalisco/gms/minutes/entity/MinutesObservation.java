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
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A member's observation on a version of the minutes, about one agenda item (or the minutes as a whole), and the
 * secretary's answer: accepted or not, with the reason.
 */
@Entity
@Table(name = "minutes_observation")
@NamedQuery(
        name = MinutesObservation.FIND_BY_MINUTES,
        query = "SELECT o FROM MinutesObservation o JOIN FETCH o.minutesVersion WHERE o.minutes.id = :minutesId"
                + " ORDER BY o.createdAt, o.id")
public class MinutesObservation extends BaseEntity implements Auditable {

    public static final String FIND_BY_MINUTES = "MinutesObservation.findByMinutes";
    public static final int TEXT_MAXLENGTH = 4000;
    public static final int REASON_MAXLENGTH = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private MinutesVersion minutesVersion;

    @ManyToOne
    @JoinColumn(name = "agenda_item_id", updatable = false)
    private AgendaItem agendaItem;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = TEXT_MAXLENGTH, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ObservationAnswer answer;

    @Column(name = "answer_reason", length = REASON_MAXLENGTH)
    private String answerReason;

    @Column(name = "answered_at")
    @Convert(converter = InstantConverter.class)
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    protected MinutesObservation() {}

    public MinutesObservation(
            MinutesVersion version,
            AgendaItem agendaItem,
            Institution institution,
            Person person,
            String text,
            Instant createdAt) {
        this.minutes = version.getMinutes();
        this.minutesVersion = version;
        this.agendaItem = agendaItem;
        this.institution = institution;
        this.person = person;
        this.text = text;
        this.createdAt = createdAt;
    }

    public void answer(ObservationAnswer answer, String reason, Instant at, String by) {
        this.answer = answer;
        this.answerReason = reason;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    @Override
    public String auditLabel() {
        return "Observación " + minutes.auditLabel() + " v" + minutesVersion.getNumber();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institution", institution.getName());
        state.put("person", person.getFullName());
        state.put("agendaItem", agendaItem == null ? null : agendaItem.getTitle());
        state.put("text", text);
        state.put("answer", answer);
        state.put("answerReason", answerReason);
        return state;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public MinutesVersion getMinutesVersion() {
        return minutesVersion;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Person getPerson() {
        return person;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ObservationAnswer getAnswer() {
        return answer;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
