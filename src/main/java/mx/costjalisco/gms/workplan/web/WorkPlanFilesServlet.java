package mx.costjalisco.gms.workplan.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.platform.web.Downloads;
import mx.costjalisco.gms.workplan.boundary.WorkPlanReads;
import mx.costjalisco.gms.workplan.entity.Evidence;

/**
 * Members' downloads under {@code /workplan/files/}: {@code evidence/<id>} (the file as uploaded, with its type and a
 * safe name), {@code thumb/<id>} (an image's thumbnail), {@code report/<year>.pdf?asOf=} (the quarterly progress
 * report) and {@code export/<year>.csv|xlsx?asOf=} (the plan with its progress). Behind the sign-in like every page
 * under {@code /workplan/} (web.xml); the services check the role.
 */
@WebServlet("/workplan/files/*")
public class WorkPlanFilesServlet extends HttpServlet {

    private static final Pattern EVIDENCE = Pattern.compile("/(evidence|thumb)/(\\d{1,18})");
    private static final Pattern REPORT = Pattern.compile("/report/(\\d{4})\\.pdf");
    private static final Pattern EXPORT = Pattern.compile("/export/(\\d{4})\\.(csv|xlsx)");

    @Inject
    private WorkPlanReads reads;

    @Inject
    private WorkPlanDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher evidence = EVIDENCE.matcher(path);
            Matcher report = REPORT.matcher(path);
            Matcher export = EXPORT.matcher(path);
            if (evidence.matches()) {
                Evidence found =
                        reads.evidenceFile(Long.valueOf(evidence.group(2))).orElse(null);
                boolean thumb = "thumb".equals(evidence.group(1));
                if (found == null || (thumb && found.getThumbnailSha256() == null)) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                if (thumb) {
                    Downloads.sendInline(
                            response, "miniatura.jpg", "image/jpeg", reads.read(found.getThumbnailSha256()), false);
                } else if (found.isImage()) {
                    Downloads.sendInline(
                            response,
                            found.getFileName(),
                            found.getContentType(),
                            reads.read(found.getSha256()),
                            false);
                } else {
                    Downloads.send(
                            response,
                            found.getFileName(),
                            found.getContentType(),
                            reads.read(found.getSha256()),
                            false);
                }
                return;
            }
            LocalDate asOf = day(request.getParameter("asOf"));
            if (report.matches()) {
                int year = Integer.parseInt(report.group(1));
                var plan = reads.plan(year).orElse(null);
                if (plan == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                var document = documents.report(plan, asOf, request.getLocale());
                Downloads.send(response, document.fileName(), "application/pdf", document.content(), false);
            } else if (export.matches()) {
                int year = Integer.parseInt(export.group(1));
                var plan = reads.plan(year).orElse(null);
                if (plan == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                var document = "csv".equals(export.group(2)) ? documents.csv(plan, asOf) : documents.xlsx(plan, asOf);
                Downloads.send(response, document.fileName(), document.contentType(), document.content(), false);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (DateTimeParseException badDate) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
