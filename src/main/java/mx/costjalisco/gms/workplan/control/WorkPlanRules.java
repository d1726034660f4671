package mx.costjalisco.gms.workplan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work plan's thresholds as configuration ({@code GMS_WORKPLAN_TOLERANCE}, {@code GMS_WORKPLAN_LATE_MARGIN},
 * {@code GMS_WORKPLAN_MILESTONE_RISK_SHARE}) and the size limit of evidence files
 * ({@code GMS_WORKPLAN_EVIDENCE_MAX_MEGABYTES}, default 20).
 */
@ApplicationScoped
public class WorkPlanRules {

    @Inject
    @ConfigProperty(name = "gms.workplan.tolerance", defaultValue = "0.10")
    BigDecimal tolerance;

    @Inject
    @ConfigProperty(name = "gms.workplan.late-margin", defaultValue = "0.30")
    BigDecimal lateMargin;

    @Inject
    @ConfigProperty(name = "gms.workplan.milestone-risk-share", defaultValue = "0.25")
    BigDecimal milestoneRiskShare;

    @Inject
    @ConfigProperty(name = "gms.workplan.evidence-max-megabytes", defaultValue = "20")
    int evidenceMaxMegabytes;

    public StatusRule statusRule() {
        return new StatusRule(tolerance, lateMargin, milestoneRiskShare);
    }

    public long evidenceMaxBytes() {
        return evidenceMaxMegabytes * 1024L * 1024L;
    }

    public int evidenceMaxMegabytes() {
        return evidenceMaxMegabytes;
    }
}
