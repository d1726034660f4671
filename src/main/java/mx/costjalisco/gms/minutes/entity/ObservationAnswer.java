package mx.costjalisco.gms.minutes.entity;

/** The secretary's answer to an observation. Labels are in the bundle as {@code ObservationAnswer.NAME}. */
public enum ObservationAnswer {
    ACCEPTED,
    NOT_ACCEPTED
}
