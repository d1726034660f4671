package mx.costjalisco.gms.meeting.entity;

/** A meeting is planned, then convened (the notice went out), then held; or cancelled at any point before. */
public enum MeetingStatus {
    PLANNED,
    CONVENED,
    HELD,
    CANCELLED
}
