package mx.costjalisco.gms.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.member.entity.Tenure;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * One holder at a time: a successor's start ends the current holder's period the day before ("Sustituido(a) por …"),
 * in the record and in the audit trail. Refused when the successor already holds it, or would start before the
 * current holder did.
 */
@ApplicationScoped
public class Succession {

    @Inject
    private AuditLog audit;

    public void handOver(Tenure current, Person successor, LocalDate successorStartsOn, String alreadyHoldsKey) {
        if (current.getPerson().getId().equals(successor.getId())) {
            throw BusinessRuleException.onField("person", alreadyHoldsKey, successor.getFullName());
        }
        if (!successorStartsOn.isAfter(current.getStartsOn())) {
            throw BusinessRuleException.onField("startsOn", "appointment.beforeCurrent", current.getStartsOn());
        }
        Map<String, Object> before = current.auditState();
        current.end(
                successorStartsOn.minusDays(1),
                Bundle.text(Bundle.RECORD_LOCALE, "appointment.replacedBy", successor.getFullName()));
        audit.changed(current, AuditAction.ENDED, before);
    }
}
