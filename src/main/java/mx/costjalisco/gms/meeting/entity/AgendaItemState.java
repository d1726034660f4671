package mx.costjalisco.gms.meeting.entity;

/** An item the secretary placed is on the agenda; one a member proposed waits for her to accept or decline it. */
public enum AgendaItemState {
    ON_AGENDA,
    PROPOSED,
    DECLINED,
    WITHDRAWN
}
