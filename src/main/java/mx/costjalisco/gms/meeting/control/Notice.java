package mx.costjalisco.gms.meeting.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import mx.costjalisco.gms.platform.calendar.BusinessCalendar;
import mx.costjalisco.gms.platform.calendar.RestDay;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * What the business-day calendar says about a meeting's date: the last day to send its convocation so that at least
 * the required whole business days lie between (art. 18), whether the date itself is a business day (a session on a
 * rest day is allowed but flagged), and why not.
 *
 * @param deadline the latest day to send the convocation
 * @param businessDay whether the meeting's day is a business day
 * @param restDay the rest day it falls on, if any (empty for a plain weekend)
 * @param daysLeft business days from today to the deadline: 0 on the deadline, negative once it has passed
 */
public record Notice(LocalDate deadline, boolean businessDay, Optional<RestDay> restDay, int daysLeft) {

    public static Notice of(BusinessCalendar calendar, LocalDate meetingDay, int wholeBusinessDays, LocalDate today) {
        LocalDate deadline = calendar.latestNoticeDay(meetingDay, wholeBusinessDays);
        int daysLeft;
        if (today.isAfter(deadline)) {
            daysLeft = -Math.max(1, calendar.businessDaysBetween(deadline, today.plusDays(1)));
        } else if (today.equals(deadline)) {
            daysLeft = 0;
        } else {
            daysLeft = calendar.businessDaysBetween(today, deadline) + 1;
        }
        return new Notice(deadline, calendar.isBusinessDay(meetingDay), calendar.restDay(meetingDay), daysLeft);
    }

    public boolean isPassed() {
        return daysLeft < 0;
    }

    /** Two business days or fewer before the deadline: the page warns. */
    public boolean isNear() {
        return daysLeft >= 0 && daysLeft <= 2;
    }

    /** Why the meeting's day is not a business day: the rest day's reason, or that it falls on a weekend. */
    public String restDayReason(Locale locale) {
        return restDay.map(r -> r.reason(locale)).orElse(Bundle.text(locale, "calendar.weekend"));
    }

    // Faces' EL 5 reads JavaBean getters, not record accessors

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isBusinessDay() {
        return businessDay;
    }

    public int getDaysLeft() {
        return daysLeft;
    }
}
