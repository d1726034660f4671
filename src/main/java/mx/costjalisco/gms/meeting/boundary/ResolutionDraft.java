package mx.costjalisco.gms.meeting.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.VoteChoice;

/** The agreement form's values: the text, how it was decided, and the tally or the vote of each institution. */
public class ResolutionDraft implements Serializable {

    private String text;
    private DecisionMethod method = DecisionMethod.CONSENSUS;
    private int votesFor;
    private int votesAgainst;
    private int abstentions;
    private String abstentionNote;
    private final Map<Long, VoteChoice> votes = new HashMap<>();
    private final Map<Long, String> justifications = new HashMap<>();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DecisionMethod getMethod() {
        return method;
    }

    public void setMethod(DecisionMethod method) {
        this.method = method;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(int votesFor) {
        this.votesFor = votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(int votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public int getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(int abstentions) {
        this.abstentions = abstentions;
    }

    public String getAbstentionNote() {
        return abstentionNote;
    }

    public void setAbstentionNote(String abstentionNote) {
        this.abstentionNote = abstentionNote;
    }

    /** Institution id → vote, when the vote is recorded per institution. */
    public Map<Long, VoteChoice> getVotes() {
        return votes;
    }

    /** Institution id → justification of its abstention. */
    public Map<Long, String> getJustifications() {
        return justifications;
    }
}
