package mx.costjalisco.gms.workplan.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import mx.costjalisco.gms.workplan.control.Progress;
import mx.costjalisco.gms.workplan.control.TargetStatus;
import mx.costjalisco.gms.workplan.entity.PlanTarget;

/** How the work plan's numbers read on a page: percentages, goals with their unit, the tag of a status. */
@Named("wp")
@ApplicationScoped
public class WorkPlanView {

    /** A share 0 to 1 as a whole percentage, e.g. 63. */
    public int percent(BigDecimal share) {
        return share == null
                ? 0
                : share.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_EVEN)
                        .intValue();
    }

    public String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "15 personas", "3,000,000 receptores"; a milestone's goal is its description. */
    public String goal(PlanTarget target, Locale locale) {
        return target.isMilestone() ? "" : number(target.getGoal(), locale) + " " + target.getUnit();
    }

    /** The CSS class of a status tag: colour plus an icon the text repeats (never colour alone). */
    public String tag(TargetStatus status) {
        return switch (status) {
            case DONE -> "ok";
            case ON_TRACK -> "info";
            case AT_RISK -> "warn";
            case LATE -> "bad";
            case NOT_STARTED -> "muted";
        };
    }

    public String icon(TargetStatus status) {
        return switch (status) {
            case DONE -> "pi pi-check-circle";
            case ON_TRACK -> "pi pi-arrow-right";
            case AT_RISK -> "pi pi-exclamation-triangle";
            case LATE -> "pi pi-times-circle";
            case NOT_STARTED -> "pi pi-clock";
        };
    }

    public int achieved(Progress progress) {
        return percent(progress.achieved());
    }

    public int expected(Progress progress) {
        return percent(progress.expected());
    }
}
