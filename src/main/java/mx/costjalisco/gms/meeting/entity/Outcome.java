package mx.costjalisco.gms.meeting.entity;

/** What a decision came to; the minutes and the convocation print its sentence. */
public enum Outcome {
    APPROVED_BY_CONSENSUS,
    APPROVED_UNANIMOUSLY,
    APPROVED_BY_MAJORITY,
    REJECTED,
    TIED_MAY_RESCHEDULE,
    TIED
}
