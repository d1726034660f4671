package mx.costjalisco.gms.meeting.entity;

/** How an institution attended: by its titular, by its suplente (or another substitute, art. 20), or not. */
public enum AttendanceStatus {
    PRIMARY_PRESENT,
    ALTERNATE_PRESENT,
    ABSENT,
    EXCUSED;

    public boolean isPresent() {
        return this == PRIMARY_PRESENT || this == ALTERNATE_PRESENT;
    }
}
