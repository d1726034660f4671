package mx.costjalisco.gms.opendata.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import mx.costjalisco.gms.platform.api.RestApplication;
import mx.costjalisco.gms.workplan.boundary.PublicWorkPlan;

/**
 * {@code public/open-data.xhtml}: what the GMS publishes as open data, each dataset with its JSON and CSV links. The
 * examples point at data that exists: this year's calendar and the newest approved work plan.
 */
@Named
@ViewScoped
public class OpenDataBacking implements Serializable {

    @Inject
    private PublicWorkPlan plans;

    @Inject
    private Clock clock;

    private int year;
    private Integer planYear;

    public void load() {
        year = LocalDate.now(clock).getYear();
        planYear = plans.years().stream().findFirst().orElse(null);
    }

    /** This year: the calendar's example. */
    public int getYear() {
        return year;
    }

    /** The newest year with an approved work plan, or {@code null} while there is none. */
    public Integer getPlanYear() {
        return planYear;
    }

    public String getLicenseName() {
        return RestApplication.LICENSE_NAME;
    }

    public String getLicenseUrl() {
        return RestApplication.LICENSE_URL;
    }
}
