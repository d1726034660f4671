package mx.costjalisco.gms.minutes.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.minutes.boundary.MinutesService;
import mx.costjalisco.gms.minutes.control.MinutesNotices;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesFile;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Downloads;

/**
 * Members' downloads under {@code /minutes/files/}: {@code version/<minutes>/<n>.pdf} (a version as circulated, or
 * the archived PDF once approved), {@code working/<minutes>.pdf} (the secretary's working copy) and
 * {@code file/<id>} (an archived file: PDF, signed scan, addendum). Behind the sign-in like every page under
 * {@code /minutes/} (web.xml); the services check the role.
 */
@WebServlet("/minutes/files/*")
public class MinutesFilesServlet extends HttpServlet {

    private static final Pattern VERSION = Pattern.compile("/version/(\\d{1,18})/(\\d{1,6})\\.pdf");
    private static final Pattern WORKING = Pattern.compile("/working/(\\d{1,18})\\.pdf");
    private static final Pattern FILE = Pattern.compile("/file/(\\d{1,18})");

    @Inject
    private MinutesService minutes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher version = VERSION.matcher(path);
            Matcher working = WORKING.matcher(path);
            Matcher file = FILE.matcher(path);
            if (version.matches()) {
                Minutes found = minutes.find(Long.valueOf(version.group(1))).orElse(null);
                int number = Integer.parseInt(version.group(2));
                if (found == null || minutes.version(found.getId(), number).isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                Downloads.send(
                        response,
                        MinutesNotices.fileName(found, number),
                        "application/pdf",
                        minutes.pdfOf(found.getId(), number),
                        false);
            } else if (working.matches()) {
                Minutes found = minutes.find(Long.valueOf(working.group(1))).orElse(null);
                if (found == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                byte[] pdf = minutes.workingCopyPdf(found.getId());
                Downloads.send(
                        response,
                        MinutesNotices.fileName(found, found.getCurrentNumber() + 1)
                                .replace(".pdf", "-borrador.pdf"),
                        "application/pdf",
                        pdf,
                        false);
            } else if (file.matches()) {
                MinutesFile archived =
                        minutes.archivedFile(Long.valueOf(file.group(1))).orElse(null);
                if (archived == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                Downloads.send(
                        response, archived.getFileName(), archived.getContentType(), minutes.read(archived), false);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessRuleException notThere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
