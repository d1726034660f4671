package mx.costjalisco.gms.meeting.entity;

/** The GMS decides by consensus; failing that, by a vote recorded per institution or as totals (art. 22). */
public enum DecisionMethod {
    CONSENSUS,
    VOTE_TOTALS,
    VOTE_PER_INSTITUTION
}
