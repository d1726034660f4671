package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.Notice;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.CalendarFeed;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.calendar.BusinessCalendar;
import mx.costjalisco.gms.platform.config.TimeConfiguration;
import mx.costjalisco.gms.platform.ical.CalendarEvent;
import mx.costjalisco.gms.platform.ical.ICalendars;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The session calendar as anyone sees it: sessions are public (art. 17), liaison meetings are working meetings and
 * appear only in members' personal feeds. Published without any personal data.
 */
@Stateless
@PermitAll
public class PublicCalendar {

    /** One session as published. */
    public record PublicMeeting(
            Long id,
            String kind,
            String kindLabel,
            int number,
            String title,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String status,
            String statusLabel,
            String place,
            boolean online,
            LocalDate noticeDeadline,
            boolean businessDay,
            String restDay,
            boolean secondCall,
            boolean recordedAfterwards) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notices notices;

    @Inject
    private TimeConfiguration time;

    public List<PublicMeeting> sessionsOf(int year) {
        BusinessCalendar calendar = notices.calendar();
        return em.createNamedQuery(Meeting.FIND_BY_YEAR, Meeting.class)
                .setParameter("year", year)
                .getResultStream()
                .filter(Meeting::isSession)
                .map(meeting -> publish(meeting, calendar))
                .toList();
    }

    /** The public iCalendar feed: the sessions of last year, this year and next (cancelled ones marked so). */
    public String publicFeed(int year) {
        List<CalendarEvent> events = events(
                between(year - 1, year + 1).stream().filter(Meeting::isSession).toList(), false);
        return ICalendars.publish(
                Bundle.text(Bundle.RECORD_LOCALE, "feed.publicName"),
                Bundle.text(Bundle.RECORD_LOCALE, "feed.publicDescription"),
                events);
    }

    /** A member's personal feed, opened by its secret token: sessions and liaison meetings. Empty if revoked. */
    public Optional<String> personalFeed(String token, int year) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        boolean active = !em.createNamedQuery(CalendarFeed.FIND_ACTIVE_BY_TOKEN, CalendarFeed.class)
                .setParameter("token", token)
                .getResultList()
                .isEmpty();
        if (!active) {
            return Optional.empty();
        }
        List<CalendarEvent> events = events(between(year - 1, year + 1), true);
        return Optional.of(ICalendars.publish(
                Bundle.text(Bundle.RECORD_LOCALE, "feed.personalName"),
                Bundle.text(Bundle.RECORD_LOCALE, "feed.personalDescription"),
                events));
    }

    private List<CalendarEvent> events(List<Meeting> meetings, boolean forMembers) {
        Map<Long, List<AgendaItem>> agendas = notices.agendasOf(meetings);
        return meetings.stream()
                .map(meeting ->
                        notices.event(meeting, agendas.getOrDefault(meeting.getId(), List.of()), List.of(), forMembers))
                .toList();
    }

    private List<Meeting> between(int firstYear, int lastYear) {
        return em.createNamedQuery(Meeting.FIND_BETWEEN, Meeting.class)
                .setParameter("from", LocalDateTime.of(firstYear, 1, 1, 0, 0))
                .setParameter("to", LocalDateTime.of(lastYear + 1, 1, 1, 0, 0))
                .getResultList();
    }

    private PublicMeeting publish(Meeting meeting, BusinessCalendar calendar) {
        ZoneId zone = time.zone();
        Notice notice = notices.notice(meeting, calendar);
        return new PublicMeeting(
                meeting.getId(),
                meeting.getKind().name(),
                Bundle.label(Bundle.RECORD_LOCALE, meeting.getKind()),
                meeting.getNumber(),
                MeetingTexts.name(meeting, Bundle.RECORD_LOCALE),
                meeting.getStartsAt().atZone(zone).toOffsetDateTime(),
                meeting.getEndsAt().atZone(zone).toOffsetDateTime(),
                meeting.getStatus().name(),
                Bundle.label(Bundle.RECORD_LOCALE, meeting.getStatus()),
                meeting.getPlace(),
                meeting.getVideoUrl() != null,
                notice.deadline(),
                notice.businessDay(),
                notice.restDay().map(r -> r.reason(Bundle.RECORD_LOCALE)).orElse(null),
                meeting.getSecondCallOf() != null,
                meeting.isRecordedAfterwards());
    }
}
