package mx.costjalisco.gms.meeting.control;

import java.util.Collection;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.Outcome;
import mx.costjalisco.gms.meeting.entity.VoteChoice;

/**
 * Decisions (art. 22): by consensus; failing that, by the majority of the votes of the members present, one vote per
 * institution. On a tie the Presidency may reschedule the vote, but only when not every member is present and those
 * present are an even number; otherwise a tie is not an approval.
 *
 * @param majorityOfPresent {@code true}: approval needs more votes in favour than half of those present (abstentions
 *     weigh like votes against); {@code false}: more votes in favour than against
 */
public record VoteRule(boolean majorityOfPresent) {

    /** The tally of one vote. */
    public record Tally(int present, int votesFor, int votesAgainst, int abstentions) {

        public int cast() {
            return votesFor + votesAgainst + abstentions;
        }
    }

    /**
     * What a decision counts: by consensus, everyone present in favour; by totals, the numbers given; per institution,
     * the votes cast (an institution without a choice is not counted).
     */
    public static Tally tallyOf(
            DecisionMethod method,
            int present,
            int votesFor,
            int votesAgainst,
            int abstentions,
            Collection<VoteChoice> perInstitution) {
        return switch (method) {
            case CONSENSUS -> new Tally(present, present, 0, 0);
            case VOTE_TOTALS -> new Tally(present, votesFor, votesAgainst, abstentions);
            case VOTE_PER_INSTITUTION ->
                new Tally(
                        present,
                        count(perInstitution, VoteChoice.FOR),
                        count(perInstitution, VoteChoice.AGAINST),
                        count(perInstitution, VoteChoice.ABSTAIN));
        };
    }

    private static int count(Collection<VoteChoice> votes, VoteChoice choice) {
        return (int) votes.stream().filter(v -> v == choice).count();
    }

    public Outcome outcome(DecisionMethod method, Tally tally, boolean everyMemberPresent) {
        if (method == DecisionMethod.CONSENSUS) {
            return Outcome.APPROVED_BY_CONSENSUS;
        }
        if (tally.votesFor() == tally.present() && tally.present() > 0) {
            return Outcome.APPROVED_UNANIMOUSLY;
        }
        if (tally.votesFor() == tally.votesAgainst()) {
            return !everyMemberPresent && tally.present() % 2 == 0 ? Outcome.TIED_MAY_RESCHEDULE : Outcome.TIED;
        }
        boolean approved =
                majorityOfPresent ? tally.votesFor() * 2 > tally.present() : tally.votesFor() > tally.votesAgainst();
        return approved ? Outcome.APPROVED_BY_MAJORITY : Outcome.REJECTED;
    }
}
