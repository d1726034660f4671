package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.boundary.ResolutionDraft;
import mx.costjalisco.gms.meeting.boundary.ResolutionService;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.ResultSentence;
import mx.costjalisco.gms.meeting.control.VoteRule;
import mx.costjalisco.gms.meeting.entity.ActionStatus;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.FollowUpAction;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.meeting.entity.ResolutionVote;
import mx.costjalisco.gms.meeting.entity.VoteChoice;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code meetings/edit/agreements.xhtml}: the agreements of a session — their text, how they were decided and the
 * result (art. 22) — and their follow-up actions. A withdrawn agreement leaves the list but stays in the record.
 */
@Named
@ViewScoped
public class AgreementsEditBacking implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private ResolutionService service;

    @Inject
    private InstitutionSearch institutions;

    @Inject
    private MeetingRules rules;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long meetingId;
    private Meeting meeting;
    private List<Resolution> resolutions;
    private List<Institution> voters;
    private List<Institution> current;
    private int votingMembers;
    private final Map<Long, ActionStatus> statusOf = new HashMap<>();

    private Long editingId;
    private long editingVersion;
    private String editingCode;
    private ResolutionDraft draft;
    private List<VoteRow> voteRows;

    private Long actionResolutionId;
    private String actionResolutionCode;
    private String actionDescription;
    private Long actionInstitutionId;
    private LocalDate actionDueOn;

    /** One voter's choice as the form edits it. */
    public static class VoteRow implements Serializable {

        private final Long institutionId;
        private final String name;
        private VoteChoice choice;
        private String justification;

        VoteRow(Institution institution) {
            this.institutionId = institution.getId();
            this.name = institution.getName();
        }

        public boolean isAbstaining() {
            return choice == VoteChoice.ABSTAIN;
        }

        public Long getInstitutionId() {
            return institutionId;
        }

        public String getName() {
            return name;
        }

        public VoteChoice getChoice() {
            return choice;
        }

        public void setChoice(VoteChoice choice) {
            this.choice = choice;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }

    public void load() {
        meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            Pages.notFound();
            return;
        }
        voters = service.voters(meetingId);
        current = institutions.currentOn(LocalDate.now(clock));
        votingMembers = service.votingMembers(meetingId);
        refresh();
        startNew();
    }

    private void refresh() {
        resolutions = service.of(meetingId);
        statusOf.clear();
        resolutions.stream().flatMap(r -> r.getActions().stream()).forEach(a -> statusOf.put(a.getId(), a.getStatus()));
    }

    public void startNew() {
        editingId = null;
        editingCode = null;
        draft = new ResolutionDraft();
        voteRows = voters.stream().map(VoteRow::new).toList();
    }

    public void edit(Resolution resolution) {
        startNew();
        editingId = resolution.getId();
        editingVersion = resolution.getVersion();
        editingCode = resolution.getCode();
        draft.setText(resolution.getText());
        draft.setMethod(resolution.getDecidedBy());
        draft.setVotesFor(resolution.getVotesFor());
        draft.setVotesAgainst(resolution.getVotesAgainst());
        draft.setAbstentions(resolution.getAbstentions());
        draft.setAbstentionNote(resolution.getAbstentionNote());
        for (ResolutionVote vote : resolution.getVotes()) {
            voteRows.stream()
                    .filter(row ->
                            row.getInstitutionId().equals(vote.getInstitution().getId()))
                    .forEach(row -> {
                        row.setChoice(vote.getChoice());
                        row.setJustification(vote.getJustification());
                    });
        }
    }

    public void save() {
        draft.getVotes().clear();
        draft.getJustifications().clear();
        for (VoteRow row : voteRows) {
            draft.getVotes().put(row.getInstitutionId(), row.getChoice());
            draft.getJustifications().put(row.getInstitutionId(), row.getJustification());
        }
        try {
            Resolution saved = editingId == null
                    ? service.create(meetingId, draft)
                    : service.update(editingId, editingVersion, draft);
            messages.info(editingId == null ? "agreementsEdit.created" : "agreementsEdit.saved", saved.getCode());
            refresh();
            startNew();
        } catch (ConcurrentChangeException changed) {
            refresh();
            startNew();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("resolutionForm", refused);
        }
    }

    public void withdraw(Resolution resolution) {
        try {
            service.withdraw(resolution.getId(), resolution.getVersion());
            messages.info("agreementsEdit.withdrawn", resolution.getCode());
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error(null, refused);
        }
        refresh();
        if (resolution.getId().equals(editingId)) {
            startNew();
        }
    }

    public void startAction(Resolution resolution) {
        actionResolutionId = resolution.getId();
        actionResolutionCode = resolution.getCode();
        actionDescription = null;
        actionInstitutionId = null;
        actionDueOn = null;
    }

    public void addAction() {
        try {
            service.addAction(actionResolutionId, actionDescription, actionInstitutionId, actionDueOn);
            messages.info("agreementsEdit.actionAdded", actionResolutionCode);
            refresh();
        } catch (BusinessRuleException refused) {
            messages.error("actionForm", refused);
        }
    }

    public void changeStatus(FollowUpAction action) {
        try {
            service.changeActionStatus(action.getId(), action.getVersion(), statusOf.get(action.getId()));
            messages.info("agreementsEdit.actionStatusChanged", statusLabel(statusOf.get(action.getId())));
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error(null, refused);
        }
        refresh();
    }

    private String statusLabel(ActionStatus status) {
        return messages.text("ActionStatus." + status.name());
    }

    /** The sentence the minutes will print, for what the form says now. */
    public String getPreview() {
        int present = voters.size();
        DecisionMethod method = draft.getMethod() == null ? DecisionMethod.CONSENSUS : draft.getMethod();
        VoteRule.Tally tally = VoteRule.tallyOf(
                method,
                present,
                draft.getVotesFor(),
                draft.getVotesAgainst(),
                draft.getAbstentions(),
                voteRows.stream()
                        .map(VoteRow::getChoice)
                        .filter(Objects::nonNull)
                        .toList());
        if (present == 0 || tally.votesFor() < 0 || tally.votesAgainst() < 0 || tally.abstentions() < 0) {
            return "";
        }
        var outcome = rules.votes().outcome(method, tally, present >= votingMembers);
        return ResultSentence.of(
                outcome, tally.votesFor(), tally.votesAgainst(), tally.abstentions(), MeetingLabels.locale());
    }

    public String resultOf(Resolution resolution) {
        return ResultSentence.of(resolution, MeetingLabels.locale());
    }

    /** Agreements are taken in a session that was not cancelled. */
    public boolean isEditable() {
        return meeting.isSession() && meeting.getStatus() != MeetingStatus.CANCELLED;
    }

    public boolean isOverdue(FollowUpAction action) {
        return action.isOverdueOn(LocalDate.now(clock));
    }

    public String getTitle() {
        return MeetingLabels.name(meeting);
    }

    public String getWhen() {
        return MeetingLabels.when(meeting);
    }

    public DecisionMethod[] getMethods() {
        return DecisionMethod.values();
    }

    public VoteChoice[] getChoices() {
        return VoteChoice.values();
    }

    public ActionStatus[] getActionStatuses() {
        return ActionStatus.values();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<Resolution> getResolutions() {
        return resolutions;
    }

    public List<Institution> getVoters() {
        return voters;
    }

    public List<Institution> getInstitutions() {
        return current;
    }

    public Map<Long, ActionStatus> getStatusOf() {
        return statusOf;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEditingCode() {
        return editingCode;
    }

    public ResolutionDraft getDraft() {
        return draft;
    }

    public List<VoteRow> getVoteRows() {
        return voteRows;
    }

    public String getActionResolutionCode() {
        return actionResolutionCode;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getActionInstitutionId() {
        return actionInstitutionId;
    }

    public void setActionInstitutionId(Long actionInstitutionId) {
        this.actionInstitutionId = actionInstitutionId;
    }

    public LocalDate getActionDueOn() {
        return actionDueOn;
    }

    public void setActionDueOn(LocalDate actionDueOn) {
        this.actionDueOn = actionDueOn;
    }
}
