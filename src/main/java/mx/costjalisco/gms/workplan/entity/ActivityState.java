package mx.costjalisco.gms.workplan.entity;

/** The activity's status as the Reglamento names it (art. 30 b): Pendiente, En proceso, Concluido. Set by the manager. */
public enum ActivityState {
    PENDING,
    IN_PROGRESS,
    DONE
}
