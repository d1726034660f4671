package mx.costjalisco.gms.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.PublicCalendar.PublicMeeting;
import mx.costjalisco.gms.platform.api.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The session calendar as open data: {@code /api/v1/meetings?year=YYYY} — type, number, date-time with the Mexico
 * City offset, status, the notice deadline and whether the date is a business day.
 */
@Path("v1/meetings")
@Tag(name = "Sesiones del GMS", description = "The GMS's session calendar")
public class MeetingsResource {

    @Inject
    private PublicCalendar calendar;

    @Inject
    private Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The sessions of a year (default: this year), in date order")
    public List<PublicMeeting> meetings(@QueryParam("year") @Parameter(description = "e.g. 2023") Integer year) {
        return calendar.sessionsOf(yearOrThis(year));
    }

    @GET
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same list as CSV")
    public String meetingsCsv(@QueryParam("year") Integer year) {
        Csv csv = new Csv(
                "id",
                "kind",
                "kindLabel",
                "number",
                "title",
                "startsAt",
                "endsAt",
                "status",
                "statusLabel",
                "place",
                "online",
                "noticeDeadline",
                "businessDay",
                "restDay",
                "secondCall",
                "recordedAfterwards");
        for (PublicMeeting m : calendar.sessionsOf(yearOrThis(year))) {
            csv.row(
                    m.id(),
                    m.kind(),
                    m.kindLabel(),
                    m.number(),
                    m.title(),
                    m.startsAt(),
                    m.endsAt(),
                    m.status(),
                    m.statusLabel(),
                    m.place(),
                    m.online(),
                    m.noticeDeadline(),
                    m.businessDay(),
                    m.restDay(),
                    m.secondCall(),
                    m.recordedAfterwards());
        }
        return csv.toString();
    }

    private int yearOrThis(Integer year) {
        int now = LocalDate.now(clock).getYear();
        return year == null || year < 2000 || year > now + 10 ? now : year;
    }
}
