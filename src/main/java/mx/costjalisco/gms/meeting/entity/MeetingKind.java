package mx.costjalisco.gms.meeting.entity;

/**
 * Ordinary sessions are held quarterly; extraordinary ones whenever circumstances call for them (art. 17); liaison
 * meetings prepare each session, preferably monthly (art. 23). Each kind is numbered on its own within a year.
 */
public enum MeetingKind {
    ORDINARY("O"),
    EXTRAORDINARY("E"),
    LIAISON("L");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    /** The letter used in agreement numbers: {@code GMS-2023-O2-03}. */
    public String code() {
        return code;
    }

    public boolean isSession() {
        return this != LIAISON;
    }
}
