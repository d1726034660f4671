package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import mx.costjalisco.gms.platform.web.Bundle;
import mx.costjalisco.gms.workplan.entity.PlanTarget;

/**
 * How the quarterly report and the workbook write the plan's texts, numbers, shares and days for a reader of one
 * language: "3,000,000", "66 %", "30 de junio de 2023". Shares are rounded down, so 100 % means the goal is reached (or
 * the period over) and never 99.6 %. Not shared between threads.
 */
final class ReportFormat {

    private final Locale locale;
    private final NumberFormat number;
    private final NumberFormat percent;
    private final DateTimeFormatter longDate;

    ReportFormat(Locale locale) {
        this.locale = locale;
        this.number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        percent.setRoundingMode(RoundingMode.DOWN);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return Bundle.text(locale, key, arguments);
    }

    String label(Enum<?> constant) {
        return Bundle.label(locale, constant);
    }

    String number(BigDecimal value) {
        return value == null ? "" : number.format(value);
    }

    String number(long value) {
        return number.format(value);
    }

    /** A share from 0 to 1 as a whole percentage, rounded down. */
    String percent(BigDecimal share) {
        return percent.format(share);
    }

    String date(LocalDate day) {
        return day == null ? "" : longDate.format(day);
    }

    /** What a target aims at: "15 personas", or "Hito" for a milestone. */
    String goal(PlanTarget target) {
        return target.isMilestone()
                ? text("workplanReport.milestone")
                : number(target.getGoal()) + " " + target.getUnit();
    }

    /** A target's value or an entry's amount: the number, or done / not done for a milestone. */
    String value(PlanTarget target, BigDecimal value) {
        if (target.isMilestone()) {
            return text(value.signum() > 0 ? "workplanReport.milestoneDone" : "workplanReport.milestoneNotDone");
        }
        return number(value);
    }
}
