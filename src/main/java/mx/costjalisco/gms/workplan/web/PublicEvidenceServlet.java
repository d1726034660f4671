package mx.costjalisco.gms.workplan.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.platform.web.Downloads;
import mx.costjalisco.gms.workplan.boundary.PublicWorkPlan;

/**
 * The evidence the manager published, for anyone: {@code /public/workplan/evidence/<id>} and {@code .../thumb/<id>}.
 * Anything unpublished, withdrawn, or of a plan not approved answers 404, the same as a file that does not exist.
 */
@WebServlet("/public/workplan/*")
public class PublicEvidenceServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/(evidence|thumb)/(\\d{1,18})");

    @Inject
    private PublicWorkPlan plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        var evidence = file.matches()
                ? plans.publishedEvidence(Long.valueOf(file.group(2))).orElse(null)
                : null;
        boolean thumb = file.matches() && "thumb".equals(file.group(1));
        if (evidence == null || (thumb && evidence.getThumbnailSha256() == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (thumb) {
            Downloads.sendInline(
                    response, "miniatura.jpg", "image/jpeg", plans.read(evidence.getThumbnailSha256()), true);
        } else if (evidence.isImage()) {
            Downloads.sendInline(
                    response,
                    evidence.getFileName(),
                    evidence.getContentType(),
                    plans.read(evidence.getSha256()),
                    true);
        } else {
            Downloads.send(
                    response,
                    evidence.getFileName(),
                    evidence.getContentType(),
                    plans.read(evidence.getSha256()),
                    true);
        }
    }
}
