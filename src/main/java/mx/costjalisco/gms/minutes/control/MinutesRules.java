package mx.costjalisco.gms.minutes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The minutes' rules as configuration: how they are approved (at the next session, the Reglamento's rule, or by the
 * electronic consent of every institution present), how many business days members have to review a version, and how
 * many business days before that deadline the reminder goes to those who have not answered.
 */
@ApplicationScoped
public class MinutesRules {

    @Inject
    @ConfigProperty(name = "gms.minutes.approval", defaultValue = "session")
    String approval;

    @Inject
    @ConfigProperty(name = "gms.minutes.review-business-days", defaultValue = "5")
    int reviewBusinessDays;

    @Inject
    @ConfigProperty(name = "gms.minutes.reminder-business-days", defaultValue = "1")
    int reminderBusinessDays;

    public ApprovalRule approvalRule() {
        return "consent".equalsIgnoreCase(approval.strip()) ? ApprovalRule.CONSENT : ApprovalRule.SESSION;
    }

    public int reviewBusinessDays() {
        return reviewBusinessDays;
    }

    public int reminderBusinessDays() {
        return reminderBusinessDays;
    }
}
