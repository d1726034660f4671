package mx.costjalisco.gms.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.meeting.boundary.PublicCalendar;
import mx.costjalisco.gms.platform.calendar.BusinessCalendar;
import mx.costjalisco.gms.platform.calendar.BusinessDays;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * {@code public/calendar.xhtml}: the year's sessions for anyone (art. 17: sessions are public), in the reader's
 * language, without video links or any personal data. The texts are made when the page renders: only then does the
 * view know the reader's language.
 */
@Named
@RequestScoped
public class PublicCalendarBacking {

    @Inject
    private PublicCalendar calendar;

    @Inject
    private BusinessDays businessDays;

    @Inject
    private Clock clock;

    private Integer year;
    private List<Session> sessions;

    /** One session as the page shows it. */
    public record Session(
            String name,
            String day,
            String hours,
            String place,
            boolean online,
            String status,
            boolean cancelled,
            boolean secondCall,
            boolean recordedAfterwards,
            boolean businessDay,
            String restDay)
            implements Serializable {}

    public void load() {
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < 2000 || year > thisYear + 5) {
            year = thisYear;
        }
    }

    public List<Session> getSessions() {
        if (sessions == null) {
            load();
            sessions = sessionsIn(MeetingLabels.locale());
        }
        return sessions;
    }

    private List<Session> sessionsIn(Locale locale) {
        BusinessCalendar business = businessDays.calendar();
        DateTimeFormatter fullDate = DateTimeFormatter.ofPattern(Bundle.text(locale, "format.fullDate"), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm");
        return calendar.sessionsOf(year).stream()
                .map(m -> {
                    String name = Bundle.text(locale, "meeting.title." + m.kind(), m.number(), year);
                    if (m.secondCall()) {
                        name += " " + Bundle.text(locale, "meeting.secondCallSuffix");
                    }
                    LocalDate day = m.startsAt().toLocalDate();
                    String restDay =
                            business.restDay(day).map(r -> r.reason(locale)).orElse(null);
                    return new Session(
                            name,
                            fullDate.format(m.startsAt()),
                            Bundle.text(locale, "meeting.hours", time.format(m.startsAt()), time.format(m.endsAt())),
                            m.place(),
                            m.online(),
                            Bundle.text(locale, "MeetingStatus." + m.status()),
                            "CANCELLED".equals(m.status()),
                            m.secondCall(),
                            m.recordedAfterwards(),
                            m.businessDay(),
                            restDay);
                })
                .toList();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now - 2, now - 1, now, now + 1);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
