package mx.costjalisco.gms.workplan.control;

/** Where a target (or, rolled up, an activity) stands; see {@link StatusRule} for when each applies. */
public enum TargetStatus {
    /** Its period has not begun and nothing has been done yet. */
    NOT_STARTED,
    /** Progress keeps pace with elapsed time (within the tolerance). */
    ON_TRACK,
    /** Progress lags behind elapsed time; a milestone in the last part of its period. */
    AT_RISK,
    /** Progress lags far behind elapsed time, or the period is over and the goal was not reached. */
    LATE,
    /** The goal is reached, or the milestone done. */
    DONE
}
