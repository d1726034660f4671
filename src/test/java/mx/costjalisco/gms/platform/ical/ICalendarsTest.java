package mx.costjalisco.gms.platform.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import mx.costjalisco.gms.platform.ical.CalendarEvent.Person;
import mx.costjalisco.gms.platform.ical.CalendarEvent.Status;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;

class ICalendarsTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final String UID = "meeting-42@cost-gms.example.org";
    private static final Person SECRETARY = new Person("Secretaría Técnica", "secretaria@costjalisco.example.org");
    private static final Person MEMBER = new Person("José Núñez, Peña", "jose.nunez@example.org");
    private static final Person OTHER_MEMBER = new Person("Ana Pérez", "ana.perez@example.org");

    /** 18 May 2023 09:00 in Mexico City, after DST was abolished: 15:00 UTC. */
    private static final ZonedDateTime MAY_18_2023 = ZonedDateTime.of(2023, 5, 18, 9, 0, 0, 0, MEXICO_CITY);

    @Test
    void invitationCarriesTheSessionInMexicoCityTimeWithItsZone() {
        String text = ICalendars.request(session(MAY_18_2023, 0, Status.CONFIRMED));
        Calendar calendar = parse(text);

        assertEquals("REQUEST", value(calendar, "METHOD"));
        assertEquals("-//CoST Jalisco//cost-gms//ES", value(calendar, "PRODID"));
        assertEquals("2.0", value(calendar, "VERSION"));
        assertEquals("GREGORIAN", value(calendar, "CALSCALE"));
        VEvent event = onlyEvent(calendar);
        assertEquals(UID, value(event, "UID"));
        assertEquals("0", value(event, "SEQUENCE"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("20230501T120000Z", value(event, "DTSTAMP"), "Apple wants DTSTAMP in UTC");

        Property start = property(event, "DTSTART");
        assertEquals("America/Mexico_City", param(start, "TZID"));
        assertEquals("20230518T090000", start.getValue(), "the wall-clock time, not shifted by a phantom DST");
        assertEquals(Instant.parse("2023-05-18T15:00:00Z"), instant(start));
        assertEquals(Instant.parse("2023-05-18T17:00:00Z"), instant(property(event, "DTEND")));

        VTimeZone zone = onlyTimeZone(calendar);
        assertEquals("America/Mexico_City", value(zone, "TZID"));
        assertEquals(ZoneOffset.ofHours(-6), offsetTo(zone, MAY_18_2023));
    }

    @Test
    void invitationNamesOrganizerAndAttendeesWithAccentsAndAsksThemToAnswer() {
        VEvent event = onlyEvent(parse(ICalendars.request(session(MAY_18_2023, 0, Status.CONFIRMED))));

        Property organizer = property(event, "ORGANIZER");
        assertEquals("mailto:secretaria@costjalisco.example.org", organizer.getValue());
        assertEquals("Secretaría Técnica", param(organizer, "CN"));

        List<Property> attendees = event.getProperties("ATTENDEE");
        assertEquals(
                List.of("mailto:jose.nunez@example.org", "mailto:ana.perez@example.org"),
                attendees.stream().map(Property::getValue).toList());
        Property jose = attendees.get(0);
        assertEquals("José Núñez, Peña", param(jose, "CN"));
        assertEquals("REQ-PARTICIPANT", param(jose, "ROLE"));
        assertEquals("NEEDS-ACTION", param(jose, "PARTSTAT"));
        assertEquals("TRUE", param(jose, "RSVP"));
        assertEquals("INDIVIDUAL", param(jose, "CUTYPE"));

        Component alarm = event.getComponents("VALARM").get(0);
        assertEquals("DISPLAY", value(alarm, "ACTION"));
        assertEquals("-PT30M", value(alarm, "TRIGGER"));
    }

    @Test
    void rescheduleIsTheSameEventWithAHigherSequence() {
        VEvent first = onlyEvent(parse(ICalendars.request(session(MAY_18_2023, 0, Status.CONFIRMED))));
        VEvent moved = onlyEvent(
                parse(ICalendars.request(session(MAY_18_2023.plusDays(7).plusHours(2), 1, Status.CONFIRMED))));

        assertEquals(value(first, "UID"), value(moved, "UID"));
        assertTrue(Integer.parseInt(value(moved, "SEQUENCE")) > Integer.parseInt(value(first, "SEQUENCE")));
        assertEquals(Instant.parse("2023-05-25T17:00:00Z"), instant(property(moved, "DTSTART")));
    }

    @Test
    void cancellationKeepsUidAndAttendeesAndSaysCancelled() {
        // The event may still say CONFIRMED in the caller's hands; a cancellation is cancelled regardless.
        Calendar calendar = parse(ICalendars.cancel(session(MAY_18_2023, 2, Status.CONFIRMED)));

        assertEquals("CANCEL", value(calendar, "METHOD"));
        VEvent event = onlyEvent(calendar);
        assertEquals(UID, value(event, "UID"));
        assertEquals("2", value(event, "SEQUENCE"));
        assertEquals("CANCELLED", value(event, "STATUS"));
        assertEquals(
                "mailto:secretaria@costjalisco.example.org",
                property(event, "ORGANIZER").getValue());
        assertEquals(2, event.getProperties("ATTENDEE").size());
        assertTrue(event.getComponents("VALARM").isEmpty(), "no reminder for a session that will not happen");
    }

    @Test
    void invitationAndCancellationRefuseAnEventWithoutOrganizer() {
        var noOrganizer = new CalendarEvent(
                UID,
                0,
                MAY_18_2023,
                MAY_18_2023.plusHours(2),
                "Sesión",
                null,
                null,
                null,
                null,
                List.of(MEMBER),
                Status.CONFIRMED,
                Instant.parse("2023-05-01T12:00:00Z"));

        assertThrows(IllegalArgumentException.class, () -> ICalendars.request(noOrganizer));
        assertThrows(IllegalArgumentException.class, () -> ICalendars.cancel(noOrganizer));
    }

    @Test
    void feedListsEverySessionWithoutAttendeesAndWithOneTimeZone() {
        List<CalendarEvent> sessions = List.of(
                session(MAY_18_2023, 0, Status.CONFIRMED),
                withUid(session(MAY_18_2023.plusMonths(1), 0, Status.TENTATIVE), "meeting-43@cost-gms.example.org"),
                withUid(session(MAY_18_2023.plusMonths(2), 3, Status.CANCELLED), "meeting-44@cost-gms.example.org"));

        Calendar calendar = parse(ICalendars.publish("Sesiones del GMS", "Calendario público", sessions));

        assertEquals("PUBLISH", value(calendar, "METHOD"));
        assertEquals("Sesiones del GMS", value(calendar, "X-WR-CALNAME"));
        assertEquals("Calendario público", value(calendar, "X-WR-CALDESC"));
        assertEquals("America/Mexico_City", value(calendar, "X-WR-TIMEZONE"));
        assertEquals("PT1H", value(calendar, "REFRESH-INTERVAL"));
        assertEquals("PT1H", value(calendar, "X-PUBLISHED-TTL"));
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        assertTrue(events.stream().allMatch(e -> e.getProperties("ATTENDEE").isEmpty()), "no attendees in a feed");
        assertEquals(
                List.of("CONFIRMED", "TENTATIVE", "CANCELLED"),
                events.stream().map(e -> value(e, "STATUS")).toList());
    }

    @Test
    void feedSpanningTheEndOfDaylightSavingTimeDefinesBothOffsets() {
        // May 2022 was still UTC-05:00 in Mexico City; since 30 October 2022 it is UTC-06:00 all year.
        var may2022 = ZonedDateTime.of(2022, 5, 18, 9, 0, 0, 0, MEXICO_CITY);
        List<CalendarEvent> sessions = List.of(
                withUid(session(may2022, 0, Status.CONFIRMED), "meeting-1@cost-gms.example.org"),
                session(MAY_18_2023, 0, Status.CONFIRMED));

        Calendar calendar = parse(ICalendars.publish("Sesiones del GMS", null, sessions));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals("20220518T090000", property(events.get(0), "DTSTART").getValue());
        assertEquals("20230518T090000", property(events.get(1), "DTSTART").getValue());
        // Read through the VTIMEZONE as RFC 5545 defines it. (ical4j 4.2.3's own conversion to java.time rules
        // flattens single-onset observances and would read both as UTC-06:00; calendar clients do not.)
        VTimeZone zone = onlyTimeZone(calendar);
        assertEquals(ZoneOffset.ofHours(-5), offsetTo(zone, may2022));
        assertEquals(ZoneOffset.ofHours(-6), offsetTo(zone, MAY_18_2023));
    }

    @Test
    void textWithCommasSemicolonsAndLineBreaksSurvivesTheRoundTrip() {
        String summary = "Sesión extraordinaria; acuerdos, votación y \"asuntos\" generales";
        String description = "Orden del día:\n1. Lista de asistencia, quórum;\n2. C:\\actas\\2023 — revisión";
        String location = "Sala 3, Palacio de Gobierno; Guadalajara";

        String text = ICalendars.request(
                withTexts(session(MAY_18_2023, 0, Status.CONFIRMED), summary, description, location));
        VEvent event = onlyEvent(parse(text));

        assertTrue(text.contains("\\;") && text.contains("\\,") && text.contains("\\n"), "escaped on the wire");
        assertEquals(summary, value(event, "SUMMARY"));
        assertEquals(description, value(event, "DESCRIPTION"));
        assertEquals(location, value(event, "LOCATION"));
    }

    @Test
    void longSpanishTextIsFoldedByOctetsAndUnfoldedIntact() {
        String description = "Revisión de la información publicada según el Estándar de Datos para las Contrataciones"
                + " Abiertas (OC4IDS): análisis, señalización, difusión y evaluación de los proyectos de obra pública"
                + " en Jalisco; acción, atención, participación ciudadana — niño, año, pingüino, ñandú, €, 𝄞 música.";

        String text = ICalendars.request(
                withTexts(session(MAY_18_2023, 0, Status.CONFIRMED), "Sesión ordinaria", description, null));

        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "only CRLF line endings");
        assertFalse(text.replace("\r\n", "").contains("\r"), "only CRLF line endings");
        for (String line : text.split("\r\n")) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, () -> octets + " octets: " + line);
            assertFalse(line.contains("\uFFFD") || Character.isHighSurrogate(line.charAt(line.length() - 1)), line);
        }
        assertTrue(text.contains("\r\n "), "the description is long enough to be folded");
        assertEquals(description, value(onlyEvent(parse(text)), "DESCRIPTION"));
    }

    @Test
    void ical4jFindsMexicoCityInItsJarWithoutGoingOnline() {
        // ical4j.properties on the classpath turns off the re-download of bundled zones from tzurl.org.
        assertFalse(new TimeZoneUpdater().isEnabled());

        var bundled = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone("America/Mexico_City")
                .getVTimeZone();

        // Its text agrees with ours: no DST after 2022.
        assertEquals(ZoneOffset.ofHours(-6), offsetTo(bundled, MAY_18_2023));
    }

    private static ZoneOffset offsetTo(VTimeZone zone, ZonedDateTime time) {
        return zone.getApplicableObservance(time)
                .<TzOffsetTo>getRequiredProperty("TZOFFSETTO")
                .getOffset();
    }

    private static CalendarEvent session(ZonedDateTime start, int sequence, Status status) {
        return new CalendarEvent(
                UID,
                sequence,
                start,
                start.plusHours(2),
                "Sesión ordinaria del GMS",
                "Orden del día en la convocatoria.",
                "Palacio de Gobierno, Guadalajara",
                "https://meet.example.org/gms-42",
                SECRETARY,
                List.of(MEMBER, OTHER_MEMBER),
                status,
                Instant.parse("2023-05-01T12:00:00Z"));
    }

    private static CalendarEvent withUid(CalendarEvent e, String uid) {
        return new CalendarEvent(
                uid,
                e.sequence(),
                e.start(),
                e.end(),
                e.summary(),
                e.description(),
                e.location(),
                e.url(),
                e.organizer(),
                e.attendees(),
                e.status(),
                e.stamp());
    }

    private static CalendarEvent withTexts(CalendarEvent e, String summary, String description, String location) {
        return new CalendarEvent(
                e.uid(),
                e.sequence(),
                e.start(),
                e.end(),
                summary,
                description,
                location,
                e.url(),
                e.organizer(),
                e.attendees(),
                e.status(),
                e.stamp());
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read what we wrote:\n" + text, e);
        }
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static VTimeZone onlyTimeZone(Calendar calendar) {
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        return zones.get(0);
    }

    private static Property property(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property.class::cast).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static Property property(Component component, String name) {
        return component
                .getProperty(name)
                .map(Property.class::cast)
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String value(Calendar calendar, String name) {
        return property(calendar, name).getValue();
    }

    private static String value(Component component, String name) {
        return property(component, name).getValue();
    }

    private static String param(Property property, String name) {
        return property.getParameter(name)
                .map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue())
                .orElseThrow(() -> new AssertionError("no " + name + " on " + property));
    }

    private static Instant instant(Property dateProperty) {
        Temporal date = ((DateProperty<?>) dateProperty).getDate();
        return ZonedDateTime.from(date).toInstant();
    }
}
