package mx.costjalisco.gms.member.entity;

import java.time.LocalDate;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.Period;

/** A person holding a position for a period — an institution's role or a GMS office — that can be ended. */
public interface Tenure extends Period, Auditable {

    Person getPerson();

    /** Ends it on {@code lastDay} (the last day it holds) for the given reason. */
    void end(LocalDate lastDay, String reason);
}
