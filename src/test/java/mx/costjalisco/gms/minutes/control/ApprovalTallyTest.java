package mx.costjalisco.gms.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mx.costjalisco.gms.minutes.control.ApprovalTally.Given;
import mx.costjalisco.gms.minutes.control.ApprovalTally.Party;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import org.junit.jupiter.api.Test;

/** The approval rule: only approvals of the exact version in circulation, by institutions present, count. */
class ApprovalTallyTest {

    private static final Party STATE = new Party(1, "Gobierno del Estado de Jalisco");
    private static final Party UDEG = new Party(2, "Universidad de Guadalajara");
    private static final Party CMIC = new Party(3, "CMIC Jalisco");
    private static final List<Party> PRESENT = List.of(STATE, UDEG, CMIC);
    private static final long V2 = 20;
    private static final String V2_HASH = "b".repeat(64);

    @Test
    void everyInstitutionPresentApprovingTheCurrentVersionIsUnanimous() {
        var tally = ApprovalTally.of(
                PRESENT,
                List.of(new Given(1, V2, V2_HASH), new Given(2, V2, V2_HASH), new Given(3, V2, V2_HASH)),
                V2,
                V2_HASH);

        assertEquals(PRESENT, tally.approved());
        assertTrue(tally.pending().isEmpty());
        assertTrue(tally.isUnanimous());
        assertTrue(tally.approves(ApprovalRule.CONSENT));
    }

    @Test
    void underTheSessionRuleEvenUnanimityWaitsForTheSession() {
        var tally = ApprovalTally.of(
                PRESENT,
                List.of(new Given(1, V2, V2_HASH), new Given(2, V2, V2_HASH), new Given(3, V2, V2_HASH)),
                V2,
                V2_HASH);

        assertFalse(tally.approves(ApprovalRule.SESSION));
    }

    @Test
    void anApprovalOfAnEarlierVersionNeverCounts() {
        var tally = ApprovalTally.of(
                PRESENT, List.of(new Given(1, 10, "a".repeat(64)), new Given(2, V2, V2_HASH)), V2, V2_HASH);

        assertEquals(List.of(UDEG), tally.approved());
        assertEquals(List.of(STATE, CMIC), tally.pending());
        assertEquals(List.of(STATE), tally.earlier());
        assertFalse(tally.approves(ApprovalRule.CONSENT));
    }

    @Test
    void anApprovalWhoseHashDiffersFromTheVersionsDoesNotCount() {
        var tally = ApprovalTally.of(PRESENT, List.of(new Given(1, V2, "c".repeat(64))), V2, V2_HASH);

        assertTrue(tally.approved().isEmpty());
        assertEquals(List.of(STATE), tally.earlier());
    }

    @Test
    void institutionsAbsentFromTheSessionNeitherApproveNorCount() {
        var tally = ApprovalTally.of(
                List.of(STATE, UDEG),
                List.of(new Given(1, V2, V2_HASH), new Given(2, V2, V2_HASH), new Given(9, V2, V2_HASH)),
                V2,
                V2_HASH);

        assertEquals(2, tally.present());
        assertEquals(List.of(STATE, UDEG), tally.approved());
        assertTrue(tally.approves(ApprovalRule.CONSENT));
    }

    @Test
    void anEarlierApprovalDoesNotHideACurrentOne() {
        var tally = ApprovalTally.of(
                PRESENT, List.of(new Given(1, 10, "a".repeat(64)), new Given(1, V2, V2_HASH)), V2, V2_HASH);

        assertEquals(List.of(STATE), tally.approved());
        assertTrue(tally.earlier().isEmpty());
    }

    @Test
    void nobodyPresentApprovesNothing() {
        var tally = ApprovalTally.of(List.of(), List.of(), V2, V2_HASH);

        assertFalse(tally.isUnanimous());
        assertFalse(tally.approves(ApprovalRule.CONSENT));
    }
}
