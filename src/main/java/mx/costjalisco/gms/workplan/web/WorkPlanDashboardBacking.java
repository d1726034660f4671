package mx.costjalisco.gms.workplan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.control.ActivityReport;
import mx.costjalisco.gms.workplan.control.PlanBurnUp;
import mx.costjalisco.gms.workplan.control.PlanPeriod;
import mx.costjalisco.gms.workplan.control.PlanReport;
import mx.costjalisco.gms.workplan.control.TargetStatus;
import mx.costjalisco.gms.workplan.control.WorkPlanProgress;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * {@code workplan/index.xhtml}: the dashboard. Each target's progress against its goal and against the time elapsed
 * in its period, per activity and for the whole plan, as of a day (today, or the end of a quarter), filtered by who is
 * responsible and by the quarter an activity runs in; the plan's burn-up; the report and the exports.
 */
@Named
@ViewScoped
public class WorkPlanDashboardBacking implements Serializable {

    @Inject
    private WorkPlanReads reads;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Integer year;
    private LocalDate asOf;
    private String responsible = "";
    private int quarter;

    private List<WorkPlan> plans;
    private WorkPlan plan;
    private transient PlanReport full;
    private transient PlanReport shown;
    private transient List<PlanBurnUp> burnUp = List.of();

    public void load() {
        plans = reads.plans();
        if (plans.isEmpty()) {
            return;
        }
        if (year == null) {
            int current = reads.today().getYear();
            year = plans.stream()
                    .map(WorkPlan::getYear)
                    .filter(y -> y <= current)
                    .max(Integer::compare)
                    .orElse(plans.get(0).getYear());
        }
        plan = reads.plan(year).orElse(null);
        if (plan == null) {
            messages.error(null, "workplan.noPlanForYear", String.valueOf(year));
            return;
        }
        if (asOf != null && asOf.getYear() != year) {
            asOf = null;
        }
        compute();
    }

    private void compute() {
        full = reads.report(plan, asOf);
        asOf = full.asOf();
        shown = full.only(this::passes);
        burnUp = PlanBurnUp.series(shown); // the chart and its table show the same series: computed once
    }

    private boolean passes(ActivityReport report) {
        var activity = report.activity();
        boolean byResponsible = switch (responsible == null ? "" : responsible) {
            case "" -> true;
            case "MANAGER" -> activity.isManagerResponsible();
            case "MEMBERS" -> activity.isMembersResponsible();
            default ->
                activity.getInstitutions().stream()
                        .anyMatch(i -> String.valueOf(i.getId()).equals(responsible));
        };
        if (!byResponsible) {
            return false;
        }
        if (quarter < 1 || quarter > 4) {
            return true;
        }
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate last = YearMonth.of(year, quarter * 3).atEndOfMonth();
        PlanPeriod period = WorkPlanProgress.periodOf(activity);
        return period.spans().stream()
                .anyMatch(s -> !s.first().isAfter(last) && !s.last().isBefore(first));
    }

    /** Re-computes as of the last day of quarter {@code q}. */
    public void asOfQuarter(int q) {
        asOf = YearMonth.of(year, q * 3).atEndOfMonth();
        compute();
    }

    public void refresh() {
        compute();
    }

    public String chart() {
        if (shown == null) {
            return "";
        }
        var locale = messages.locale();
        List<BurnUpChart.Point> points = burnUp.stream()
                .map(p -> new BurnUpChart.Point(p.month(), p.actual(), p.ideal()))
                .toList();
        return BurnUpChart.svg(
                points,
                messages.text("workplan.burnUpTitle", String.valueOf(year)),
                messages.text("workplan.burnUpDescription"),
                messages.text("workplan.actual"),
                messages.text("workplan.ideal"),
                locale);
    }

    public List<PlanBurnUp> getBurnUp() {
        return burnUp == null ? List.of() : burnUp;
    }

    /** The institutions named responsible in the plan, for the filter. */
    public List<Institution> getResponsibleInstitutions() {
        if (full == null) {
            return List.of();
        }
        Map<Long, Institution> named = new LinkedHashMap<>();
        full.activities().forEach(a -> a.activity().getInstitutions().forEach(i -> named.put(i.getId(), i)));
        List<Institution> list = new ArrayList<>(named.values());
        list.sort(Comparator.comparing(Institution::getName));
        return list;
    }

    public List<TargetStatus> getStatuses() {
        return List.of(
                TargetStatus.LATE,
                TargetStatus.AT_RISK,
                TargetStatus.ON_TRACK,
                TargetStatus.NOT_STARTED,
                TargetStatus.DONE);
    }

    public int count(TargetStatus status) {
        return shown == null ? 0 : shown.progress().targetCounts().get(status);
    }

    public String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, messages.locale());
    }

    public Month[] getMonths() {
        return Month.values();
    }

    public String meetingName(mx.costjalisco.gms.meeting.entity.Meeting meeting) {
        return mx.costjalisco.gms.meeting.control.MeetingTexts.name(meeting, messages.locale());
    }

    public boolean isManager() {
        return currentUser.hasAny("MANAGER,ADMIN");
    }

    public String exportQuery() {
        return "year=" + year + "&asOf=" + asOf;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public List<WorkPlan> getPlans() {
        return plans;
    }

    public WorkPlan getPlan() {
        return plan;
    }

    public PlanReport getReport() {
        return shown;
    }

    public List<ActivityReport> getActivities() {
        return shown == null ? List.of() : shown.activities();
    }
}
