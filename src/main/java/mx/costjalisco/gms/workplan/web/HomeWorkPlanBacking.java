package mx.costjalisco.gms.workplan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.control.TargetReport;
import mx.costjalisco.gms.workplan.control.TargetStatus;

/**
 * The work plan on the home page of the manager and the secretary: this year's targets that are late or at risk, the
 * late first — or, when the year has no plan yet, that it is missing.
 */
@Named
@RequestScoped
public class HomeWorkPlanBacking {

    @Inject
    private WorkPlanReads reads;

    @Inject
    private CurrentUser currentUser;

    private List<TargetReport> attention;
    private Integer year;
    private boolean missing;

    public List<TargetReport> getAttention() {
        if (attention == null) {
            attention = List.of();
            if (currentUser.hasAny("MANAGER,SECRETARY,ADMIN")) {
                int current = reads.today().getYear();
                year = current;
                missing = reads.plan(current).isEmpty();
                reads.plan(current).ifPresent(plan -> {
                    year = current;
                    attention = reads.report(plan, null).targets().stream()
                            .filter(t -> t.progress().status() == TargetStatus.LATE
                                    || t.progress().status() == TargetStatus.AT_RISK)
                            .sorted((a, b) ->
                                    a.progress().status() == b.progress().status()
                                            ? 0
                                            : a.progress().status() == TargetStatus.LATE ? -1 : 1)
                            .toList();
                });
            }
        }
        return attention;
    }

    /** Whether this year has no plan yet: the first thing the manager has to do. */
    public boolean isMissing() {
        getAttention();
        return missing;
    }

    public Integer getYear() {
        getAttention();
        return year;
    }
}
