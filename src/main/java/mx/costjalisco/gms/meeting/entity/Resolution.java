package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * An agreement (acuerdo) taken in a session: its number ({@code GMS-2023-O2-03}), text, how it was decided and the
 * outcome the tally gives (art. 22), with its follow-up actions. Withdrawn agreements stay in the record.
 */
@Entity
@Table(name = "resolution")
@NamedQuery(
        name = Resolution.FIND_BY_MEETING,
        query = "SELECT r FROM Resolution r WHERE r.meeting.id = :meetingId AND r.withdrawnAt IS NULL"
                + " ORDER BY r.sequenceNumber")
@NamedQuery(
        name = Resolution.FIND_PUBLISHED,
        query =
                "SELECT r FROM Resolution r WHERE r.meeting.status = mx.costjalisco.gms.meeting.entity.MeetingStatus.HELD"
                        + " AND r.meeting.kind <> mx.costjalisco.gms.meeting.entity.MeetingKind.LIAISON AND r.withdrawnAt IS NULL"
                        + " ORDER BY r.meeting.startsAt, r.meeting.id, r.sequenceNumber")
@NamedQuery(
        name = Resolution.FIND_PUBLISHED_IN_YEAR,
        query =
                "SELECT r FROM Resolution r WHERE r.meeting.status = mx.costjalisco.gms.meeting.entity.MeetingStatus.HELD"
                        + " AND r.meeting.kind <> mx.costjalisco.gms.meeting.entity.MeetingKind.LIAISON AND r.withdrawnAt IS NULL"
                        + " AND r.meeting.year = :year ORDER BY r.meeting.startsAt, r.meeting.id, r.sequenceNumber")
@NamedQuery(name = Resolution.FIND_BY_CODE, query = "SELECT r FROM Resolution r WHERE r.code = :code")
@NamedQuery(
        name = Resolution.MAX_SEQUENCE,
        query = "SELECT MAX(r.sequenceNumber) FROM Resolution r WHERE r.meeting.id = :meetingId")
public class Resolution extends BaseEntity implements Auditable {

    public static final String FIND_BY_MEETING = "Resolution.findByMeeting";
    public static final String MAX_SEQUENCE = "Resolution.maxSequence";
    /** The agreements anyone may read: of sessions held, never of a liaison meeting, never withdrawn. */
    public static final String FIND_PUBLISHED = "Resolution.findPublished";

    public static final String FIND_PUBLISHED_IN_YEAR = "Resolution.findPublishedInYear";
    public static final String FIND_BY_CODE = "Resolution.findByCode";
    public static final int TEXT_MAXLENGTH = 4000;
    public static final int NOTE_MAXLENGTH = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    @NotBlank
    @Size(max = TEXT_MAXLENGTH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 20)
    private DecisionMethod decidedBy = DecisionMethod.CONSENSUS;

    @Column(name = "votes_for", nullable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;

    @Column(nullable = false)
    private int abstentions;

    @Column(nullable = false)
    private int present;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome = Outcome.APPROVED_BY_CONSENSUS;

    @Column(name = "abstention_note", length = NOTE_MAXLENGTH)
    @Size(max = NOTE_MAXLENGTH)
    private String abstentionNote;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    @OneToMany(mappedBy = "resolution", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ResolutionVote> votes = new ArrayList<>();

    @OneToMany(mappedBy = "resolution", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FollowUpAction> actions = new ArrayList<>();

    protected Resolution() {}

    public Resolution(Meeting meeting, int sequenceNumber, String text) {
        this.meeting = meeting;
        this.sequenceNumber = sequenceNumber;
        this.code = codeFor(meeting, sequenceNumber);
        this.text = text;
    }

    /** {@code GMS-2023-O2-03}: the year, the session's kind letter and number, the agreement's place in it. */
    public static String codeFor(Meeting meeting, int sequenceNumber) {
        return "GMS-%d-%s%d-%02d"
                .formatted(meeting.getYear(), meeting.getKind().code(), meeting.getNumber(), sequenceNumber);
    }

    /** Records the decision as the tally gives it; the votes per institution replace any earlier ones. */
    public void decide(
            DecisionMethod method,
            int present,
            int votesFor,
            int votesAgainst,
            int abstentions,
            Outcome outcome,
            String abstentionNote,
            List<ResolutionVote> perInstitution) {
        this.decidedBy = method;
        this.present = present;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
        this.outcome = outcome;
        this.abstentionNote = abstentionNote;
        this.votes.clear();
        for (ResolutionVote vote : perInstitution) {
            vote.belongTo(this);
            this.votes.add(vote);
        }
    }

    /** Whether anyone may read it: an agreement of a session held, not withdrawn ({@link #FIND_PUBLISHED}). */
    public boolean isPublished() {
        return withdrawnAt == null && meeting.isSession() && meeting.getStatus() == MeetingStatus.HELD;
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    @Override
    public String auditLabel() {
        return code;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("text", text);
        state.put("decidedBy", decidedBy);
        state.put("present", present);
        state.put("votesFor", votesFor);
        state.put("votesAgainst", votesAgainst);
        state.put("abstentions", abstentions);
        state.put("outcome", outcome);
        state.put("abstentionNote", abstentionNote);
        state.put("withdrawnAt", withdrawnAt);
        return state;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DecisionMethod getDecidedBy() {
        return decidedBy;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getAbstentions() {
        return abstentions;
    }

    public int getPresent() {
        return present;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getAbstentionNote() {
        return abstentionNote;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public List<ResolutionVote> getVotes() {
        return votes;
    }

    public List<FollowUpAction> getActions() {
        return actions;
    }
}
