package mx.costjalisco.gms.platform.ical;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar texts of GMS sessions: the invitation that goes with a convocation, its cancellation, and the feeds
 * members subscribe to. Each method returns the whole {@code VCALENDAR} as a string with CRLF line endings and lines
 * folded at 75 octets; send it encoded as UTF-8.
 *
 * <p>What the common clients need, and how it is met here:
 *
 * <ul>
 *   <li>Outlook processes an invitation only when the method appears both in the {@code VCALENDAR} (done here) and in
 *       the MIME type of the mail part: the caller sends {@link #REQUEST_CONTENT_TYPE} or {@link #CANCEL_CONTENT_TYPE},
 *       ideally as a {@code text/calendar} alternative of the message body, not only as an attachment.
 *   <li>Invitations and cancellations carry an ORGANIZER (required by iTIP); a cancellation should list the same
 *       attendees as the invitation it cancels.
 *   <li>Google Calendar and the others match an update to the event they hold by UID and keep the one with the highest
 *       SEQUENCE: reuse the UID, raise the sequence.
 *   <li>DTSTAMP is written in UTC (Apple requires it); DTSTART and DTEND as local time with {@code TZID}, and the zone's
 *       VTIMEZONE is included.
 * </ul>
 *
 * <p>Nothing a user reads is written here: summaries, descriptions and the feed's name come from the caller.
 */
public final class ICalendars {

    /** MIME type of an invitation; the {@code method} parameter is what Outlook looks at. */
    public static final String REQUEST_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    /** MIME type of a cancellation. */
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    /** MIME type of a subscription feed. */
    public static final String PUBLISH_CONTENT_TYPE = "text/calendar; charset=UTF-8";

    static final String PRODUCT_ID = "-//CoST Jalisco//cost-gms//ES";

    /** How long before a session its reminder goes off: time to finish what one is doing and join. */
    static final Duration REMINDER = Duration.ofMinutes(30);

    /** How often subscribers should fetch a feed again; sessions rarely change more often than that. */
    static final Duration FEED_REFRESH = Duration.ofHours(1);

    private ICalendars() {}

    /**
     * An invitation (iTIP REQUEST) to one session, or its update when the same UID comes with a higher sequence.
     * Attendees are asked to answer; a display reminder goes off {@link #REMINDER} before the start.
     *
     * @throws IllegalArgumentException if the event has no organizer
     */
    public static String request(CalendarEvent event) {
        requireOrganizer(event);
        VEvent vEvent = vEvent(event, event.status(), true);
        vEvent.add(reminder(event));
        return write(calendar(ImmutableMethod.REQUEST, List.of(event)).add(vEvent));
    }

    /**
     * The cancellation (iTIP CANCEL) of a session: same UID, the given sequence (higher than the last invitation's),
     * STATUS:CANCELLED whatever the event's status, and the same attendees as the invitation.
     *
     * @throws IllegalArgumentException if the event has no organizer
     */
    public static String cancel(CalendarEvent event) {
        requireOrganizer(event);
        VEvent vEvent = vEvent(event, CalendarEvent.Status.CANCELLED, true);
        return write(calendar(ImmutableMethod.CANCEL, List.of(event)).add(vEvent));
    }

    /**
     * A subscription feed (PUBLISH) of sessions. Attendees are left out, since a feed can be read by anyone holding its
     * address; cancelled sessions stay with STATUS:CANCELLED so subscribed calendars drop them.
     *
     * @param calendarName the name subscribers see (X-WR-CALNAME and NAME)
     * @param description what the feed holds; may be {@code null}
     */
    public static String publish(String calendarName, String description, List<CalendarEvent> events) {
        Objects.requireNonNull(calendarName, "calendarName");
        Calendar calendar = calendar(ImmutableMethod.PUBLISH, events);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        if (description != null) {
            calendar.add(new XProperty("X-WR-CALDESC", description));
        }
        // Google and Apple take the default zone of a feed from here, not from the VTIMEZONE.
        events.stream()
                .findFirst()
                .ifPresent(first -> calendar.add(
                        new XProperty("X-WR-TIMEZONE", first.start().getZone().getId())));
        // RFC 7986 for current clients, X-PUBLISHED-TTL for Outlook.
        calendar.add(new RefreshInterval(null, FEED_REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
        for (CalendarEvent event : events) {
            calendar.add(vEvent(event, event.status(), false));
        }
        return write(calendar);
    }

    /** The calendar with its header and one VTIMEZONE per zone the events use, spanning all of them. */
    private static Calendar calendar(Method method, List<CalendarEvent> events) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();
        for (CalendarEvent event : events) {
            for (ZonedDateTime time : List.of(event.start(), event.end())) {
                Instant instant = time.toInstant();
                spans.merge(time.getZone(), new Instant[] {instant, instant}, (span, one) ->
                        new Instant[] {min(span[0], one[0]), max(span[1], one[1])});
            }
        }
        spans.forEach((zone, span) -> calendar.add(VTimeZones.of(zone, span[0], span[1])));
        return calendar;
    }

    private static VEvent vEvent(CalendarEvent event, CalendarEvent.Status status, boolean withAttendees) {
        var vEvent = new VEvent(false);
        vEvent.add(new Uid(event.uid()));
        vEvent.add(new DtStamp(event.stamp()));
        vEvent.add(localTime(new DtStart<>(event.start().toLocalDateTime()), event.start()));
        vEvent.add(localTime(new DtEnd<>(event.end().toLocalDateTime()), event.end()));
        vEvent.add(new Sequence(event.sequence()));
        vEvent.add(status(status));
        vEvent.add(new Summary(event.summary()));
        if (event.description() != null) {
            vEvent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vEvent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vEvent.add(new Url(URI.create(event.url())));
        }
        vEvent.add(ImmutableTransp.OPAQUE);
        if (event.organizer() != null) {
            var organizer = new Organizer(mailto(event.organizer()));
            addName(organizer, event.organizer());
            vEvent.add(organizer);
        }
        if (withAttendees) {
            for (CalendarEvent.Person person : event.attendees()) {
                var attendee = new Attendee(mailto(person));
                addName(attendee, person);
                attendee.add(Role.REQ_PARTICIPANT);
                attendee.add(PartStat.NEEDS_ACTION);
                attendee.add(Rsvp.TRUE);
                attendee.add(CuType.INDIVIDUAL);
                vEvent.add(attendee);
            }
        }
        return vEvent;
    }

    /**
     * Local time plus TZID, built by hand: given a {@link ZonedDateTime}, ical4j 4.2.3 converts it with its own rules
     * for the zone, which still have DST in Mexico (see {@link VTimeZones}).
     */
    private static <P extends net.fortuna.ical4j.model.Property> P localTime(P property, ZonedDateTime time) {
        property.add(new TzId(time.getZone().getId()));
        return property;
    }

    private static VAlarm reminder(CalendarEvent event) {
        var alarm = new VAlarm(REMINDER.negated());
        alarm.add(ImmutableAction.DISPLAY);
        // A DISPLAY alarm must say something; the session's title is what the reminder should show.
        alarm.add(new Description(event.summary()));
        return alarm;
    }

    private static Status status(CalendarEvent.Status status) {
        return switch (status) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private static URI mailto(CalendarEvent.Person person) {
        return URI.create("mailto:" + person.email());
    }

    private static void addName(net.fortuna.ical4j.model.Property property, CalendarEvent.Person person) {
        if (person.name() != null && !person.name().isBlank()) {
            property.add(new Cn(person.name()));
        }
    }

    private static void requireOrganizer(CalendarEvent event) {
        if (event.organizer() == null) {
            throw new IllegalArgumentException("an invitation or cancellation needs an organizer: " + event.uid());
        }
    }

    private static String write(Calendar calendar) {
        // ical4j writes unfolded content lines here; ContentLines folds them by octets, as RFC 5545 asks.
        return ContentLines.fold(calendar.toString());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
