package mx.costjalisco.gms.workplan.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import mx.costjalisco.gms.workplan.boundary.PublicWorkPlan;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.boundary.WorkPlansResource;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/** The documents made of a plan for members: the quarterly report (PDF) and the exports (CSV, XLSX). */
@ApplicationScoped
public class WorkPlanDocuments {

    /** A document to send: its name, type and bytes. */
    public record Document(String fileName, String contentType, byte[] content) {}

    @Inject
    private WorkPlanReads reads;

    @Inject
    private PublicWorkPlan publicPlans;

    public Document report(WorkPlan plan, LocalDate asOf, Locale locale) {
        throw new UnsupportedOperationException("pending merge");
    }

    public Document csv(WorkPlan plan, LocalDate asOf) {
        var report = reads.report(plan, asOf);
        String csv = WorkPlansResource.csv(publicPlans.toPublished(report));
        return new Document(
                "plan-de-trabajo-" + plan.getYear() + "-al-" + report.asOf() + ".csv",
                "text/csv;charset=UTF-8",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    public Document xlsx(WorkPlan plan, LocalDate asOf) {
        throw new UnsupportedOperationException("pending merge");
    }
}
