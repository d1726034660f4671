package mx.costjalisco.gms.workplan.control;

/** Why a target has its status: the rule of {@link StatusRule} that decided it. */
public enum Reason {
    /** NOT_STARTED: the period has not begun and nothing has been done. */
    PERIOD_NOT_BEGUN,
    /** DONE: the value reaches the goal, or the milestone is done. */
    GOAL_REACHED,
    /** LATE: the period is over and the goal was not reached. */
    PERIOD_OVER,
    /** ON_TRACK: the share achieved is at least the share of time elapsed. */
    AHEAD,
    /** ON_TRACK: behind the time elapsed by no more than the tolerance. */
    WITHIN_TOLERANCE,
    /** AT_RISK: behind the time elapsed by more than the tolerance, no more than the late margin. */
    BEHIND_TIME,
    /** LATE: behind the time elapsed by more than the late margin while the period runs. */
    FAR_BEHIND_TIME,
    /** ON_TRACK: a milestone not done, before the last part of its period. */
    NOT_DUE_YET,
    /** AT_RISK: a milestone not done in the last part of its period. */
    DUE_SOON
}
