package mx.costjalisco.gms.platform.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The business-day calendar for one request: read from the database once, however many deadlines a page or a notice
 * asks for. Not shared across requests, so a rest day declared on one instance counts on every instance at once.
 */
@RequestScoped
public class BusinessDays {

    @Inject
    private RestDayService restDays;

    private BusinessCalendar calendar;

    public BusinessCalendar calendar() {
        if (calendar == null) {
            calendar = restDays.calendar();
        }
        return calendar;
    }
}
