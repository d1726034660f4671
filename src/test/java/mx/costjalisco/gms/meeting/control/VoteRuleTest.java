package mx.costjalisco.gms.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.Outcome;
import mx.costjalisco.gms.meeting.entity.VoteChoice;
import mx.costjalisco.gms.platform.web.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteRuleTest {

    private static final VoteRule PRESENT = new VoteRule(true);
    private static final VoteRule CAST = new VoteRule(false);

    @ParameterizedTest(name = "{0} present: {1} for, {2} against, {3} abstaining, all members there: {4} -> {5}")
    @CsvSource({
        "10, 10, 0, 0, false, APPROVED_UNANIMOUSLY",
        "10, 6, 3, 1, false, APPROVED_BY_MAJORITY",
        "10, 5, 3, 2, false, REJECTED",
        "10, 3, 6, 1, false, REJECTED",
        "10, 5, 5, 0, false, TIED_MAY_RESCHEDULE",
        "9, 4, 4, 1, false, TIED",
        "10, 5, 5, 0, true, TIED",
        "15, 8, 7, 0, true, APPROVED_BY_MAJORITY"
    })
    void outcomeByMajorityOfThosePresent(
            int present, int inFavour, int against, int abstaining, boolean everyone, Outcome expected) {
        assertEquals(
                expected,
                PRESENT.outcome(
                        DecisionMethod.VOTE_TOTALS,
                        new VoteRule.Tally(present, inFavour, against, abstaining),
                        everyone));
    }

    @Test
    void withMajorityOfVotesCastAbstentionsDoNotCountAgainst() {
        VoteRule.Tally tally = new VoteRule.Tally(10, 5, 3, 2);
        assertEquals(Outcome.REJECTED, PRESENT.outcome(DecisionMethod.VOTE_TOTALS, tally, false));
        assertEquals(Outcome.APPROVED_BY_MAJORITY, CAST.outcome(DecisionMethod.VOTE_TOTALS, tally, false));
    }

    @Test
    void theTallyCountsEachInstitutionsVoteOrEveryonePresentForAConsensus() {
        List<VoteChoice> votes = List.of(VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN);
        assertEquals(
                new VoteRule.Tally(9, 2, 1, 1),
                VoteRule.tallyOf(DecisionMethod.VOTE_PER_INSTITUTION, 9, 0, 0, 0, votes));
        assertEquals(new VoteRule.Tally(9, 6, 2, 1), VoteRule.tallyOf(DecisionMethod.VOTE_TOTALS, 9, 6, 2, 1, votes));
        assertEquals(new VoteRule.Tally(9, 9, 0, 0), VoteRule.tallyOf(DecisionMethod.CONSENSUS, 9, 6, 2, 1, votes));
    }

    @Test
    void consensusNeedsNoTally() {
        assertEquals(
                Outcome.APPROVED_BY_CONSENSUS,
                PRESENT.outcome(DecisionMethod.CONSENSUS, new VoteRule.Tally(8, 0, 0, 0), false));
    }

    @Test
    void theResultSentenceReadsAsTheMinutesWriteIt() {
        Locale spanish = Bundle.RECORD_LOCALE;
        assertEquals(
                "Aprobado por unanimidad de los presentes (10 votos a favor).",
                ResultSentence.of(Outcome.APPROVED_UNANIMOUSLY, 10, 0, 0, spanish));
        assertEquals(
                "Aprobado por mayoría de los presentes: 6 a favor, 3 en contra, 1 abstención.",
                ResultSentence.of(Outcome.APPROVED_BY_MAJORITY, 6, 3, 1, spanish));
        assertEquals(
                "No aprobado: 4 a favor, 5 en contra, 2 abstenciones.",
                ResultSentence.of(Outcome.REJECTED, 4, 5, 2, spanish));
        assertEquals(
                "Empate (5 a favor, 5 en contra): la Presidencia puede reprogramar la votación (art. 22).",
                ResultSentence.of(Outcome.TIED_MAY_RESCHEDULE, 5, 5, 0, spanish));
    }
}
