package mx.costjalisco.gms.meeting.entity;

/** One institution's vote. Abstaining needs a justified impediment or a conflict of interest (art. 22). */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN
}
