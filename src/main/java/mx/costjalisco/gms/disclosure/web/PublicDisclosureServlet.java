package mx.costjalisco.gms.disclosure.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;

/**
 * The signed documents of signed agreements, for anyone: {@code /public/disclosure/agreement/<id>.pdf}, the
 * {@code documentUrl} of the open data. A draft's document is never served here.
 */
@WebServlet("/public/disclosure/*")
public class PublicAgreementServlet extends HttpServlet {

    private static final Pattern AGREEMENT = Pattern.compile("/agreement/(\\d{1,18})\\.pdf");

    @Inject
    private PublicDisclosure disclosure;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = AGREEMENT.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        var agreement = file.matches()
                ? disclosure.publishedDocument(Long.valueOf(file.group(1))).orElse(null)
                : null;
        if (agreement == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        mx.costjalisco.gms.platform.web.Downloads.send(
                response,
                agreement.getDocumentName(),
                agreement.getDocumentType(),
                disclosure.read(agreement.getDocumentSha256()),
                true);
    }
}
