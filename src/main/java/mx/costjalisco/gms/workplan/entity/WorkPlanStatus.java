package mx.costjalisco.gms.workplan.entity;

/** A plan is drafted by the manager, then approved by the GMS in a session; changes after that are revisions. */
public enum WorkPlanStatus {
    DRAFT,
    APPROVED
}
