package mx.costjalisco.gms.disclosure.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;
import mx.costjalisco.gms.disclosure.boundary.PublicProjects;
import mx.costjalisco.gms.platform.web.Downloads;

/**
 * Disclosure files for anyone: {@code /public/disclosure/agreement/<id>.pdf}, the signed document of a signed
 * agreement (the {@code documentUrl} of the open data; a draft's is never served here), and
 * {@code /public/disclosure/project.json?id=<OC4IDS id>}, a project's JSON exactly as its publisher published it.
 */
@WebServlet("/public/disclosure/*")
public class PublicDisclosureServlet extends HttpServlet {

    private static final Pattern AGREEMENT = Pattern.compile("/agreement/(\\d{1,18})\\.pdf");
    private static final String PROJECT_JSON = "/project.json";

    @Inject
    private PublicDisclosure disclosure;

    @Inject
    private PublicProjects projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (PROJECT_JSON.equals(path)) {
            String ocid = request.getParameter("id");
            String json = projects.rawJson(ocid).orElse(null);
            if (json == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            // Not cached as immutable: the next import may bring a new version of the project.
            Downloads.send(
                    response,
                    "proyecto-" + ocid.replaceAll("[^A-Za-z0-9._-]", "_") + ".json",
                    "application/json",
                    json.getBytes(StandardCharsets.UTF_8),
                    false);
            return;
        }
        Matcher file = AGREEMENT.matcher(path);
        var agreement = file.matches()
                ? disclosure.publishedDocument(Long.valueOf(file.group(1))).orElse(null)
                : null;
        if (agreement == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(
                response,
                agreement.getDocumentName(),
                agreement.getDocumentType(),
                disclosure.read(agreement.getDocumentSha256()),
                true);
    }
}
