package mx.costjalisco.gms.workplan.control;

import static mx.costjalisco.gms.workplan.control.Plan2023.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    private static final StatusRule RULE = StatusRule.DEFAULT;

    private static Progress evaluate(Target target, LocalDate today, Entry... entries) {
        return RULE.evaluate(target, List.of(entries), today);
    }

    private static void assertStatus(TargetStatus status, Reason reason, Progress progress) {
        assertEquals(status, progress.status(), progress::toString);
        assertEquals(reason, progress.reason(), progress::toString);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    /** Activity VI: capacitar a 100 personas, July – December; 30 September is half the period (92 of 184 days). */
    @Nested
    class SumOfPeopleTrained {

        private final Target target = Plan2023.SOCIAL_AUDIT_TRAINED;
        private final LocalDate halfway = on(2023, 9, 30);

        @Test
        void beforeJulyWithNothingDoneItHasNotStarted() {
            Progress progress = evaluate(target, on(2023, 6, 15));
            assertStatus(TargetStatus.NOT_STARTED, Reason.PERIOD_NOT_BEGUN, progress);
            assertDecimal("0", progress.expected());
            assertDecimal("0", progress.value());
        }

        @Test
        void somethingDoneBeforeJulyIsAheadNotUnstarted() {
            Progress progress = evaluate(target, on(2023, 6, 30), Entry.of(on(2023, 6, 20), 10));
            assertStatus(TargetStatus.ON_TRACK, Reason.AHEAD, progress);
            assertDecimal("0.1", progress.achieved());
        }

        @Test
        void atOrAboveTheTimeElapsedIsAhead() {
            Progress progress = evaluate(target, halfway, Entry.of(on(2023, 8, 12), 30), Entry.of(on(2023, 9, 23), 25));
            assertStatus(TargetStatus.ON_TRACK, Reason.AHEAD, progress);
            assertDecimal("55", progress.value());
            assertDecimal("100", progress.goal());
            assertDecimal("0.55", progress.achieved());
            assertDecimal("0.5", progress.expected());
        }

        @Test
        void tenPointsBehindIsStillOnTrack() {
            assertStatus(
                    TargetStatus.ON_TRACK,
                    Reason.WITHIN_TOLERANCE,
                    evaluate(target, halfway, Entry.of(on(2023, 9, 1), 45)));
            assertStatus(
                    TargetStatus.ON_TRACK,
                    Reason.WITHIN_TOLERANCE,
                    evaluate(target, halfway, Entry.of(on(2023, 9, 1), 40)));
        }

        @Test
        void moreThanTenAndUpToThirtyPointsBehindIsAtRisk() {
            assertStatus(
                    TargetStatus.AT_RISK, Reason.BEHIND_TIME, evaluate(target, halfway, Entry.of(on(2023, 9, 1), 39)));
            assertStatus(
                    TargetStatus.AT_RISK, Reason.BEHIND_TIME, evaluate(target, halfway, Entry.of(on(2023, 9, 1), 20)));
        }

        @Test
        void moreThanThirtyPointsBehindIsLateWhileRunning() {
            assertStatus(
                    TargetStatus.LATE, Reason.FAR_BEHIND_TIME, evaluate(target, halfway, Entry.of(on(2023, 9, 1), 19)));
        }

        @Test
        void reachingTheGoalIsDoneAndTheRawShareKeepsTheExcess() {
            Progress progress =
                    evaluate(target, on(2023, 10, 15), Entry.of(on(2023, 8, 1), 60), Entry.of(on(2023, 10, 14), 45));
            assertStatus(TargetStatus.DONE, Reason.GOAL_REACHED, progress);
            assertDecimal("1", progress.achieved());
            assertDecimal("1.05", progress.achievedRaw());
        }

        @Test
        void overAndShortIsLate() {
            assertStatus(
                    TargetStatus.LATE,
                    Reason.PERIOD_OVER,
                    evaluate(target, on(2024, 1, 10), Entry.of(on(2023, 11, 20), 80)));
        }

        @Test
        void entriesAfterThePeriodEndCountAndMakeItDone() {
            assertStatus(
                    TargetStatus.DONE,
                    Reason.GOAL_REACHED,
                    evaluate(target, on(2024, 1, 10), Entry.of(on(2023, 11, 20), 80), Entry.of(on(2024, 1, 8), 20)));
        }

        @Test
        void futureAndWithdrawnEntriesAreIgnored() {
            Progress progress = evaluate(
                    target,
                    halfway,
                    Entry.of(on(2023, 8, 1), 15),
                    Entry.of(on(2023, 9, 15), 60).withdraw(),
                    Entry.of(on(2023, 10, 1), 60));
            assertDecimal("15", progress.value());
            assertStatus(TargetStatus.LATE, Reason.FAR_BEHIND_TIME, progress);
        }
    }

    /** Activity I: 15 personas trained on 26 January 2023, a one-day period. */
    @Nested
    class SingleDay {

        private final Target target = Plan2023.LIAISONS_TRAINED;
        private final LocalDate trainingDay = on(2023, 1, 26);

        @Test
        void theDayBeforeNothingIsExpected() {
            Progress progress = evaluate(target, on(2023, 1, 25));
            assertStatus(TargetStatus.NOT_STARTED, Reason.PERIOD_NOT_BEGUN, progress);
            assertDecimal("0", progress.expected());
        }

        @Test
        void onTheDayEverythingIsExpected() {
            assertDecimal("1", evaluate(target, trainingDay).expected());
            assertStatus(TargetStatus.LATE, Reason.FAR_BEHIND_TIME, evaluate(target, trainingDay));
            assertStatus(
                    TargetStatus.AT_RISK, Reason.BEHIND_TIME, evaluate(target, trainingDay, Entry.of(trainingDay, 12)));
            assertStatus(
                    TargetStatus.ON_TRACK,
                    Reason.WITHIN_TOLERANCE,
                    evaluate(target, trainingDay, Entry.of(trainingDay, 14)));
            assertStatus(
                    TargetStatus.DONE, Reason.GOAL_REACHED, evaluate(target, trainingDay, Entry.of(trainingDay, 15)));
        }

        @Test
        void theDayAfterFewerThanFifteenIsLate() {
            assertStatus(
                    TargetStatus.LATE,
                    Reason.PERIOD_OVER,
                    evaluate(target, on(2023, 1, 27), Entry.of(trainingDay, 12)));
        }
    }

    /** Activity IV: 3 millones de receptores in February, June and November, reported as the latest count. */
    @Nested
    class LatestCountOfReceivers {

        private final Target target = Plan2023.RECEIVERS;
        /** 58 of the 88 days of February, June and November have elapsed. */
        private final LocalDate endOfJune = on(2023, 6, 30);

        @Test
        void januaryHasNotStarted() {
            assertStatus(TargetStatus.NOT_STARTED, Reason.PERIOD_NOT_BEGUN, evaluate(target, on(2023, 1, 31)));
        }

        @Test
        void theLatestFigureIsJudgedNotTheSum() {
            Progress progress = evaluate(
                    target, endOfJune, Entry.of(on(2023, 2, 28), 2_000_000), Entry.of(on(2023, 6, 29), 1_800_000));
            assertDecimal("1800000", progress.value());
            assertDecimal("0.659091", progress.expected());
            assertStatus(TargetStatus.ON_TRACK, Reason.WITHIN_TOLERANCE, progress);
        }

        @Test
        void aheadAtRiskAndLateAtTheEndOfJune() {
            assertStatus(
                    TargetStatus.ON_TRACK,
                    Reason.AHEAD,
                    evaluate(target, endOfJune, Entry.of(on(2023, 6, 29), 2_000_000)));
            assertStatus(
                    TargetStatus.AT_RISK,
                    Reason.BEHIND_TIME,
                    evaluate(target, endOfJune, Entry.of(on(2023, 6, 29), 1_200_000)));
            assertStatus(
                    TargetStatus.LATE,
                    Reason.FAR_BEHIND_TIME,
                    evaluate(target, endOfJune, Entry.of(on(2023, 6, 29), 900_000)));
        }

        @Test
        void timeStandsStillBetweenFebruaryAndJune() {
            Progress april = evaluate(target, on(2023, 4, 15), Entry.of(on(2023, 2, 28), 900_000));
            assertDecimal("0.318182", april.expected());
            assertStatus(TargetStatus.ON_TRACK, Reason.WITHIN_TOLERANCE, april);
        }

        @Test
        void aCountThatFallsBackBelowTheGoalIsNoLongerDone() {
            Entry reached = Entry.of(on(2023, 10, 31), 3_050_000);
            assertStatus(TargetStatus.DONE, Reason.GOAL_REACHED, evaluate(target, on(2023, 11, 1), reached));
            Progress corrected = evaluate(target, on(2023, 11, 30), reached, Entry.of(on(2023, 11, 15), 2_900_000));
            assertStatus(TargetStatus.ON_TRACK, Reason.WITHIN_TOLERANCE, corrected);
            assertStatus(
                    TargetStatus.LATE,
                    Reason.PERIOD_OVER,
                    evaluate(target, on(2023, 12, 1), reached, Entry.of(on(2023, 11, 15), 2_900_000)));
        }
    }

    /** Activity II: la versión 2 de la plataforma, January – April (120 days; the last quarter is April). */
    @Nested
    class Milestone {

        private final Target target = Plan2023.PLATFORM_V2;

        @Test
        void beforeJanuaryItHasNotStarted() {
            assertStatus(TargetStatus.NOT_STARTED, Reason.PERIOD_NOT_BEGUN, evaluate(target, on(2022, 12, 31)));
            assertStatus(
                    TargetStatus.NOT_STARTED,
                    Reason.PERIOD_NOT_BEGUN,
                    evaluate(target, on(2022, 12, 31), Entry.notDone(on(2022, 12, 15))));
        }

        @Test
        void onTrackUntilTheLastQuarterThenAtRisk() {
            assertStatus(TargetStatus.ON_TRACK, Reason.NOT_DUE_YET, evaluate(target, on(2023, 2, 15)));
            assertStatus(TargetStatus.ON_TRACK, Reason.NOT_DUE_YET, evaluate(target, on(2023, 3, 31)));
            assertStatus(TargetStatus.AT_RISK, Reason.DUE_SOON, evaluate(target, on(2023, 4, 1)));
            assertStatus(TargetStatus.AT_RISK, Reason.DUE_SOON, evaluate(target, on(2023, 4, 30)));
        }

        @Test
        void notDoneAfterAprilIsLate() {
            assertStatus(TargetStatus.LATE, Reason.PERIOD_OVER, evaluate(target, on(2023, 5, 1)));
        }

        @Test
        void doneIsDoneWhateverTheDate() {
            Progress progress = evaluate(target, on(2023, 4, 20), Entry.done(on(2023, 4, 20)));
            assertStatus(TargetStatus.DONE, Reason.GOAL_REACHED, progress);
            assertDecimal("1", progress.achieved());
            assertStatus(
                    TargetStatus.DONE,
                    Reason.GOAL_REACHED,
                    evaluate(target, on(2022, 12, 31), Entry.done(on(2022, 12, 20))));
            assertStatus(
                    TargetStatus.DONE,
                    Reason.GOAL_REACHED,
                    evaluate(target, on(2023, 6, 1), Entry.done(on(2023, 5, 20))));
        }

        @Test
        void reopenedItIsJudgedAsNotDone() {
            assertStatus(
                    TargetStatus.AT_RISK,
                    Reason.DUE_SOON,
                    evaluate(target, on(2023, 4, 10), Entry.done(on(2023, 3, 1)), Entry.notDone(on(2023, 4, 3))));
        }

        @Test
        void doneInTheFutureOrWithdrawnDoesNotCount() {
            assertStatus(
                    TargetStatus.ON_TRACK,
                    Reason.NOT_DUE_YET,
                    evaluate(
                            target,
                            on(2023, 2, 15),
                            Entry.done(on(2023, 2, 16)),
                            Entry.done(on(2023, 2, 1)).withdraw()));
        }

        @Test
        void theRiskShareIsConfigurable() {
            StatusRule lastHalf = new StatusRule(new BigDecimal("0.10"), new BigDecimal("0.30"), new BigDecimal("0.5"));
            // 1 March is day 60 of 120: exactly half elapsed, the last half not yet begun
            assertEquals(
                    TargetStatus.ON_TRACK,
                    lastHalf.evaluate(target, List.of(), on(2023, 3, 1)).status());
            assertEquals(
                    TargetStatus.AT_RISK,
                    lastHalf.evaluate(target, List.of(), on(2023, 3, 2)).status());
        }
    }

    @Test
    void theThresholdsAreConfigurable() {
        // Activity III, 4 convenios, January – March: on 14 February half the period has elapsed; 1 is 25 points behind
        List<Entry> one = List.of(Entry.of(on(2023, 1, 30), 1));
        LocalDate halfway = on(2023, 2, 14);
        assertEquals(
                TargetStatus.AT_RISK,
                RULE.evaluate(Plan2023.AGREEMENTS, one, halfway).status());
        StatusRule lenient = new StatusRule(new BigDecimal("0.25"), new BigDecimal("0.50"), new BigDecimal("0.25"));
        assertEquals(
                TargetStatus.ON_TRACK,
                lenient.evaluate(Plan2023.AGREEMENTS, one, halfway).status());
        StatusRule strict = new StatusRule(new BigDecimal("0.05"), new BigDecimal("0.20"), new BigDecimal("0.25"));
        assertEquals(
                TargetStatus.LATE,
                strict.evaluate(Plan2023.AGREEMENTS, one, halfway).status());
    }

    @Test
    void fourSessionsAYear() {
        List<Entry> held =
                List.of(Entry.of(on(2023, 2, 18), 1), Entry.of(on(2023, 5, 18), 1), Entry.of(on(2023, 8, 17), 1));
        // 229 of 365 days elapsed, 3 of 4 sessions held
        assertStatus(TargetStatus.ON_TRACK, Reason.AHEAD, RULE.evaluate(Plan2023.SESSIONS, held, on(2023, 8, 17)));
        // the fourth, due on 16 November, not held by the end of the month: 0.75 against 0.915
        assertStatus(
                TargetStatus.AT_RISK, Reason.BEHIND_TIME, RULE.evaluate(Plan2023.SESSIONS, held, on(2023, 11, 30)));
    }

    @Test
    void inconsistentThresholdsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatusRule(new BigDecimal("0.30"), new BigDecimal("0.10"), new BigDecimal("0.25")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatusRule(new BigDecimal("-0.10"), new BigDecimal("0.30"), new BigDecimal("0.25")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatusRule(new BigDecimal("0.10"), new BigDecimal("1.30"), new BigDecimal("0.25")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatusRule(new BigDecimal("0.10"), new BigDecimal("0.30"), new BigDecimal("1.25")));
    }
}
