package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.VoteRule;
import mx.costjalisco.gms.meeting.entity.ActionStatus;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.FollowUpAction;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.meeting.entity.Outcome;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.meeting.entity.ResolutionVote;
import mx.costjalisco.gms.meeting.entity.VoteChoice;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * Agreements (acuerdos) of a session and their follow-up. One vote per institution present (observers have no vote);
 * an abstention needs its justification recorded; the outcome follows art. 22 and the configured majority.
 */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class ResolutionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private MeetingRules rules;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Resolution> of(Long meetingId) {
        List<Resolution> resolutions = em.createNamedQuery(Resolution.FIND_BY_MEETING, Resolution.class)
                .setParameter("meetingId", meetingId)
                .getResultList();
        resolutions.forEach(r -> r.getActions().size());
        return resolutions;
    }

    /** Open actions whose due date has passed, for the home page. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<FollowUpAction> overdueActions() {
        return em.createNamedQuery(FollowUpAction.FIND_OVERDUE, FollowUpAction.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    /** The institutions with a vote in a meeting: the members present, observers left out. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Institution> voters(Long meetingId) {
        return em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", meetingId)
                .getResultStream()
                .filter(a -> a.getStatus().isPresent() && !a.getInstitution().isObserver())
                .map(Attendance::getInstitution)
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .toList();
    }

    public Resolution create(Long meetingId, ResolutionDraft draft) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !meeting.isSession() || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("resolution.notASession");
        }
        if (!meeting.isRecordedAfterwards() && LocalDateTime.now(clock).isBefore(meeting.getStartsAt())) {
            throw new BusinessRuleException("resolution.beforeMeeting");
        }
        Integer max = em.createNamedQuery(Resolution.MAX_SEQUENCE, Integer.class)
                .setParameter("meetingId", meetingId)
                .getSingleResult();
        Resolution resolution = new Resolution(meeting, max == null ? 1 : max + 1, checkedText(draft));
        decide(resolution, draft);
        em.persist(resolution);
        audit.created(resolution);
        return resolution;
    }

    public Resolution update(Long id, long version, ResolutionDraft draft) {
        Resolution resolution = Records.current(em, Resolution.class, id, version);
        Map<String, Object> before = resolution.auditState();
        resolution.setText(checkedText(draft));
        decide(resolution, draft);
        Records.flush(em, resolution);
        audit.updated(resolution, before);
        return resolution;
    }

    public void withdraw(Long id, long version) {
        Resolution resolution = Records.current(em, Resolution.class, id, version);
        Map<String, Object> before = resolution.auditState();
        resolution.withdraw(clock.instant());
        Records.flush(em, resolution);
        audit.changed(resolution, AuditAction.ENDED, before);
    }

    public FollowUpAction addAction(Long resolutionId, String description, Long institutionId, LocalDate dueOn) {
        Resolution resolution = em.find(Resolution.class, resolutionId);
        if (resolution == null) {
            throw new BusinessRuleException("record.notFound");
        }
        if (description == null || description.isBlank()) {
            throw BusinessRuleException.onField("actionDescription", "action.descriptionRequired");
        }
        if (description.strip().length() > FollowUpAction.DESCRIPTION_MAXLENGTH) {
            throw BusinessRuleException.onField("actionDescription", "form.tooLong");
        }
        if (dueOn != null && dueOn.isBefore(resolution.getMeeting().getDay())) {
            throw BusinessRuleException.onField("actionDueOn", "action.dueBeforeMeeting");
        }
        FollowUpAction action = new FollowUpAction(
                resolution,
                description.strip(),
                institutionId == null ? null : em.find(Institution.class, institutionId),
                dueOn);
        em.persist(action);
        resolution.getActions().add(action);
        audit.created(action);
        return action;
    }

    public FollowUpAction changeActionStatus(Long actionId, long version, ActionStatus status) {
        FollowUpAction action = Records.current(em, FollowUpAction.class, actionId, version);
        Map<String, Object> before = action.auditState();
        action.changeStatus(status, LocalDate.now(clock));
        Records.flush(em, action);
        audit.updated(action, before);
        return action;
    }

    /** Member institutions with a vote (observers have none) on the meeting's day: "all members present" in art. 22. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public int votingMembers(Long meetingId) {
        return em.createQuery(
                        "SELECT COUNT(i) FROM Institution i WHERE i.observer = FALSE AND i.joinedOn <= :day"
                                + " AND (i.leftOn IS NULL OR i.leftOn >= :day)",
                        Long.class)
                .setParameter("day", em.find(Meeting.class, meetingId).getDay())
                .getSingleResult()
                .intValue();
    }

    private void decide(Resolution resolution, ResolutionDraft draft) {
        List<Institution> voters = voters(resolution.getMeeting().getId());
        int present = voters.size();
        DecisionMethod method = draft.getMethod() == null ? DecisionMethod.CONSENSUS : draft.getMethod();
        List<ResolutionVote> votes = new ArrayList<>();
        String note = MeetingService.blankToNull(draft.getAbstentionNote());
        switch (method) {
            case CONSENSUS -> note = null;
            case VOTE_TOTALS -> {
                if (draft.getVotesFor() < 0 || draft.getVotesAgainst() < 0 || draft.getAbstentions() < 0) {
                    throw BusinessRuleException.onField("votesFor", "vote.negative");
                }
                if (draft.getVotesFor() + draft.getVotesAgainst() + draft.getAbstentions() > present) {
                    throw BusinessRuleException.onField("votesFor", "vote.moreThanPresent", present);
                }
                if (draft.getAbstentions() > 0 && note == null) {
                    throw BusinessRuleException.onField("abstentionNote", "vote.abstentionNeedsJustification");
                }
            }
            default -> {
                Set<Long> voterIds = voters.stream().map(Institution::getId).collect(Collectors.toSet());
                for (Map.Entry<Long, VoteChoice> vote : draft.getVotes().entrySet()) {
                    if (vote.getValue() == null) {
                        continue;
                    }
                    if (!voterIds.contains(vote.getKey())) {
                        throw new BusinessRuleException("vote.notPresent");
                    }
                    String justification =
                            MeetingService.blankToNull(draft.getJustifications().get(vote.getKey()));
                    Institution institution = em.find(Institution.class, vote.getKey());
                    if (vote.getValue() == VoteChoice.ABSTAIN && justification == null) {
                        throw new BusinessRuleException("vote.abstentionNeedsJustificationOf", institution.getName());
                    }
                    votes.add(new ResolutionVote(
                            institution,
                            vote.getValue(),
                            vote.getValue() == VoteChoice.ABSTAIN ? justification : null));
                }
                note = null;
            }
        }
        if (present == 0 && !resolution.getMeeting().isRecordedAfterwards()) {
            throw new BusinessRuleException("resolution.noAttendance");
        }
        VoteRule.Tally tally = VoteRule.tallyOf(
                method,
                present,
                draft.getVotesFor(),
                draft.getVotesAgainst(),
                draft.getAbstentions(),
                votes.stream().map(ResolutionVote::getChoice).toList());
        Outcome outcome = rules.votes()
                .outcome(
                        method,
                        tally,
                        present >= votingMembers(resolution.getMeeting().getId()));
        resolution.decide(
                method, present, tally.votesFor(), tally.votesAgainst(), tally.abstentions(), outcome, note, votes);
    }

    private static String checkedText(ResolutionDraft draft) {
        if (draft.getText() == null || draft.getText().isBlank()) {
            throw BusinessRuleException.onField("text", "resolution.textRequired");
        }
        if (draft.getText().strip().length() > Resolution.TEXT_MAXLENGTH) {
            throw BusinessRuleException.onField("text", "form.tooLong");
        }
        return draft.getText().strip();
    }
}
