package mx.costjalisco.gms.workplan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.workplan.boundary.PublicWorkPlan;

/** {@code public/workplan.xhtml}: an approved plan and its progress as anyone sees it, with the published evidence. */
@Named
@ViewScoped
public class PublicWorkPlanBacking implements Serializable {

    @Inject
    private PublicWorkPlan plans;

    private Integer year;
    private List<Integer> years;
    private PublicWorkPlan.PublishedPlan plan;

    public void load() {
        years = plans.years();
        if (year == null && !years.isEmpty()) {
            year = years.get(0);
        }
        plan = year == null ? null : plans.published(year, null).orElse(null);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public PublicWorkPlan.PublishedPlan getPlan() {
        return plan;
    }

    public mx.costjalisco.gms.workplan.control.TargetStatus status(String name) {
        return mx.costjalisco.gms.workplan.control.TargetStatus.valueOf(name);
    }

    public mx.costjalisco.gms.workplan.entity.ActivityState state(String name) {
        return mx.costjalisco.gms.workplan.entity.ActivityState.valueOf(name);
    }
}
