package mx.costjalisco.gms.platform.ical;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One GMS session as a calendar sees it. The {@code uid} stays the same for the whole life of the session, and
 * {@code sequence} grows with every change of date, time or place: that is how Outlook, Google Calendar, Thunderbird
 * and Apple Calendar recognise an update or a cancellation of an event they already hold instead of adding a second
 * one.
 *
 * @param uid stable per session, globally unique, e.g. {@code meeting-42@cost-gms.example.org}
 * @param sequence revision of the date, time or place; never decreases for the same {@code uid}
 * @param start start, normally in America/Mexico_City
 * @param end end, after {@code start}, in the same zone
 * @param summary title, as the reader sees it (the caller translates it)
 * @param description longer text; may be {@code null}
 * @param location place or address; may be {@code null}
 * @param url video-call link or the session's page; may be {@code null}
 * @param organizer who convenes (the Secretaría Técnica); required for invitations, may be {@code null} in feeds
 * @param attendees invited people; empty in feeds
 * @param status whether the session is confirmed, tentative or cancelled
 * @param stamp when this version of the event was produced (DTSTAMP)
 */
public record CalendarEvent(
        String uid,
        int sequence,
        ZonedDateTime start,
        ZonedDateTime end,
        String summary,
        String description,
        String location,
        String url,
        Person organizer,
        List<Person> attendees,
        Status status,
        Instant stamp) {

    /** A person with a name for display (CN) and the address a calendar answers to. */
    public record Person(String name, String email) {
        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    /** The event's STATUS; a cancelled session stays in feeds so subscribers see it cancelled rather than vanish. */
    public enum Status {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stamp, "stamp");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
