/**
 * iCalendar (RFC 5545) content for GMS sessions: the invitation sent with a convocation (iTIP {@code REQUEST}, RFC
 * 5546), its cancellation ({@code CANCEL}) and the subscription feeds ({@code PUBLISH}). Pure Java on top of ical4j, so
 * it is tested without a container; the mail outbox and the feed resource decide when and to whom it goes.
 *
 * <p>Times are written in America/Mexico_City with the zone's definition included, computed from the JVM's time-zone
 * rules rather than from ical4j's, because ical4j 4.2.3 revives Mexico's daylight-saving time (abolished in 2022) when
 * it turns its bundled definition into rules: see {@code VTimeZones}.
 */
package mx.costjalisco.gms.platform.ical;
