package mx.costjalisco.gms.workplan.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.costjalisco.gms.platform.api.Csv;
import mx.costjalisco.gms.workplan.control.WorkPlanExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The approved work plans as open data: {@code /api/v1/workplans} (the years) and {@code /api/v1/workplans/YYYY} —
 * activities, targets, progress and status as of a day ({@code ?asOf=YYYY-MM-DD}, by default today or the year's
 * last day), the same numbers as the dashboard and the quarterly report. As CSV, one row per target.
 */
@Path("v1/workplans")
@Tag(name = "Plan de trabajo", description = "The GMS's approved work plans and their progress")
public class WorkPlansResource {

    @Inject
    private PublicWorkPlan plans;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The years with an approved work plan, newest first")
    public List<Integer> years() {
        return plans.years();
    }

    @GET
    @Path("{year: \\d{4}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The year's approved plan with its progress as of a day")
    public PublicWorkPlan.PublishedPlan plan(@PathParam("year") int year, @QueryParam("asOf") String asOf) {
        return plans.published(year, day(asOf)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{year: \\d{4}}")
    @Produces(Csv.PRODUCES)
    @Operation(summary = "The same plan as CSV: one row per target")
    public String planCsv(@PathParam("year") int year, @QueryParam("asOf") String asOf) {
        return csv(plans.published(year, day(asOf)).orElseThrow(NotFoundException::new));
    }

    /** One row per target, with its activity: the columns the members' export ({@link WorkPlanExport}) shares. */
    public static String csv(PublicWorkPlan.PublishedPlan plan) {
        Csv csv = new Csv(WorkPlanExport.PUBLIC_COLUMNS.toArray(String[]::new));
        for (var activity : plan.activities()) {
            for (var target : activity.targets()) {
                csv.row(
                        plan.year(),
                        plan.asOf(),
                        activity.number(),
                        activity.title(),
                        activity.responsible(),
                        activity.period(),
                        activity.state(),
                        activity.status(),
                        target.id(),
                        target.description(),
                        target.kind(),
                        target.goal(),
                        target.unit(),
                        target.countedFrom(),
                        target.periodFirst(),
                        target.periodLast(),
                        target.value(),
                        target.achieved(),
                        target.expected(),
                        target.status());
            }
        }
        return csv.toString();
    }

    private static LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException notADate) {
            throw new BadRequestException("asOf must be a date as YYYY-MM-DD");
        }
    }
}
