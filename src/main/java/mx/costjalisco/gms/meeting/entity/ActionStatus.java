package mx.costjalisco.gms.meeting.entity;

/** The follow-up of an agreement's action. */
public enum ActionStatus {
    PENDING,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == IN_PROGRESS;
    }
}
