package mx.costjalisco.gms.platform.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * VTIMEZONE definitions cut to the span of the events they serve, from the JVM's time-zone rules.
 *
 * <p>Why not ical4j's bundled {@code zoneinfo/America/Mexico_City.ics}: its text is right (the 2002–2022 DST rules end
 * with {@code UNTIL=2022…}), but it carries a century of history, and receivers that ignore an expired {@code UNTIL}
 * bring DST back. ical4j 4.2.3 is one of them: its {@code ZoneRulesBuilder} projects the last rules forward, so with
 * that definition 18 May 2023 09:00 is read, and a {@code ZonedDateTime} is written, as UTC-05:00, one hour off. A
 * definition holding only the offset in force at the first event and the transitions up to the last one leaves nothing
 * to misread: for Mexico City since 30 October 2022 it is a single STANDARD observance at UTC-06:00. It also describes
 * exactly the offsets {@link java.time.ZonedDateTime} used to compute the events' instants.
 */
final class VTimeZones {

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    /** Onset for a zone that never changed offset: any date before the events will do. */
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private VTimeZones() {}

    /** The definition of {@code zone} valid from {@code from} to {@code to}. */
    static VTimeZone of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        var vTimeZone = new VTimeZone();
        vTimeZone.add(new TzId(zone.getId()));
        // Thunderbird (libical) maps a zone by this name to its own definition.
        vTimeZone.add(new XProperty("X-LIC-LOCATION", zone.getId()));

        // The transition that set the offset in force at the first event, then every one up to the last event.
        ZoneOffsetTransition transition = rules.previousTransition(from.plusSeconds(1));
        if (transition == null) {
            ZoneOffset offset = rules.getOffset(from);
            vTimeZone.add(observance(false, EPOCH, offset, offset, ABBREVIATION.format(from.atZone(zone))));
            return vTimeZone;
        }
        while (transition != null && !transition.getInstant().isAfter(to)) {
            Instant onset = transition.getInstant();
            vTimeZone.add(observance(
                    rules.isDaylightSavings(onset),
                    // RFC 5545: an observance's DTSTART is the wall-clock time of the onset in the offset it leaves.
                    transition.getDateTimeBefore(),
                    transition.getOffsetBefore(),
                    transition.getOffsetAfter(),
                    ABBREVIATION.format(onset.atZone(zone))));
            transition = rules.nextTransition(onset);
        }
        return vTimeZone;
    }

    private static Observance observance(
            boolean daylight, LocalDateTime onset, ZoneOffset offsetFrom, ZoneOffset offsetTo, String name) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new TzName(name));
        observance.add(new TzOffsetFrom(offsetFrom));
        observance.add(new TzOffsetTo(offsetTo));
        observance.add(new DtStart<>(onset));
        return observance;
    }
}
