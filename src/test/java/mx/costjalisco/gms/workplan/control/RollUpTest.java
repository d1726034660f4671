package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.Plan2023.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpTest {

    /** 10 March 2023: day 69 of the plan's year. */
    private static final LocalDate TODAY = on(2023, 3, 10);

    private static Progress progress(Target target, Entry... entries) {
        return StatusRule.DEFAULT.evaluate(target, List.of(entries), TODAY);
    }

    private static Progress withStatus(TargetStatus status) {
        Reason anyReason = Reason.AHEAD;
        return new Progress(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, status, anyReason);
    }

    private static ActivityProgress activity(TargetStatus... statuses) {
        return new ActivityProgress(
                List.of(statuses).stream().map(RollUpTest::withStatus).toList());
    }

    @Test
    void anActivityIsDoneOnlyWhenAllItsTargetsAre() {
        assertEquals(
                TargetStatus.DONE,
                activity(TargetStatus.DONE, TargetStatus.DONE).status());
        assertEquals(
                TargetStatus.ON_TRACK,
                activity(TargetStatus.DONE, TargetStatus.ON_TRACK).status());
    }

    @Test
    void anActivityHasNotStartedOnlyWhenNoneOfItsTargetsHas() {
        assertEquals(
                TargetStatus.NOT_STARTED,
                activity(TargetStatus.NOT_STARTED, TargetStatus.NOT_STARTED).status());
        assertEquals(
                TargetStatus.AT_RISK,
                activity(TargetStatus.NOT_STARTED, TargetStatus.AT_RISK).status());
        assertEquals(TargetStatus.NOT_STARTED, activity().status());
    }

    @Test
    void theWorstTargetUnderWayDecides() {
        assertEquals(
                TargetStatus.LATE,
                activity(TargetStatus.ON_TRACK, TargetStatus.LATE, TargetStatus.AT_RISK, TargetStatus.DONE)
                        .status());
        assertEquals(
                TargetStatus.AT_RISK,
                activity(TargetStatus.AT_RISK, TargetStatus.DONE).status());
        assertEquals(
                TargetStatus.ON_TRACK,
                activity(TargetStatus.ON_TRACK, TargetStatus.NOT_STARTED).status());
    }

    @Test
    void activityOneWithItsJanuaryTrainingDoneAndItsJulyTargetNotBegunIsOnTrack() {
        ActivityProgress activityOne = new ActivityProgress(List.of(
                progress(Plan2023.LIAISONS_TRAINED, Entry.of(on(2023, 1, 26), 16)), progress(Plan2023.PUBLIC_TRAINED)));
        assertEquals(TargetStatus.ON_TRACK, activityOne.status());
        assertEquals(1, activityOne.counts().get(TargetStatus.DONE));
        assertEquals(1, activityOne.counts().get(TargetStatus.NOT_STARTED));
        assertEquals(0, activityOne.counts().get(TargetStatus.LATE));
    }

    @Test
    void thePlanOnTenthOfMarchCountsItsTargetsAndActivities() {
        PlanProgress plan = new PlanProgress(List.of(
                new ActivityProgress(List.of(
                        progress(Plan2023.LIAISONS_TRAINED, Entry.of(on(2023, 1, 26), 16)),
                        progress(Plan2023.PUBLIC_TRAINED))),
                // 69 of 120 days: before the milestone's last quarter
                new ActivityProgress(List.of(progress(Plan2023.PLATFORM_V2))),
                // 69 of 90 days: 2 of 4 agreements is at risk, no new municipality is late
                new ActivityProgress(List.of(
                        progress(Plan2023.AGREEMENTS, Entry.of(on(2023, 2, 1), 1), Entry.of(on(2023, 3, 1), 1)),
                        progress(Plan2023.NEW_ENTITIES))),
                // 69 of 365 days, the session of 18 February held
                new ActivityProgress(List.of(progress(Plan2023.SESSIONS, Entry.of(on(2023, 2, 18), 1))))));

        assertEquals(
                List.of(TargetStatus.ON_TRACK, TargetStatus.ON_TRACK, TargetStatus.LATE, TargetStatus.ON_TRACK),
                plan.activities().stream().map(ActivityProgress::status).toList());
        assertEquals(
                Map.of(
                        TargetStatus.NOT_STARTED, 1,
                        TargetStatus.ON_TRACK, 2,
                        TargetStatus.AT_RISK, 1,
                        TargetStatus.LATE, 1,
                        TargetStatus.DONE, 1),
                plan.targetCounts());
        assertEquals(
                Map.of(
                        TargetStatus.NOT_STARTED, 0,
                        TargetStatus.ON_TRACK, 3,
                        TargetStatus.AT_RISK, 0,
                        TargetStatus.LATE, 1,
                        TargetStatus.DONE, 0),
                plan.activityCounts());
        assertEquals(6, plan.targetCount());
        assertEquals(0, new BigDecimal("0.166667").compareTo(plan.doneShare()), plan.doneShare()::toString);
    }

    @Test
    void anEmptyPlanHasNothingDone() {
        PlanProgress empty = new PlanProgress(List.of());
        assertEquals(0, empty.targetCount());
        assertEquals(0, BigDecimal.ZERO.compareTo(empty.doneShare()));
    }

    @Test
    void theRollUpsCannotBeChangedFromOutside() {
        ActivityProgress activity = activity(TargetStatus.DONE);
        assertThrows(
                UnsupportedOperationException.class, () -> activity.targets().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> activity.counts().put(TargetStatus.LATE, 3));
    }
}
