package mx.costjalisco.gms.disclosure.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.boundary.PublicDisclosure;
import mx.costjalisco.gms.disclosure.control.QrCodes;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.web.Bundle;
import mx.costjalisco.gms.platform.web.Downloads;

/**
 * Downloads under {@code /disclosure/files/}: {@code agreement/<id>} (an agreement's signed document, drafts too),
 * {@code qr/<id>.png|svg|pdf} (an entity's QR code, leading to its public page, as an image or a printable A4 sheet),
 * {@code qr/project/<id>.png|svg|pdf} (a project's, leading to the project on the platform, or to its public page here
 * when the platform's URL is not configured) and {@code project/<id>.json} (the publisher's JSON).
 * Behind the sign-in like every page under {@code /disclosure/} (web.xml): everyone working in the system may print
 * the code, e.g. a member municipality for its own tender documents; the services check the role.
 */
@WebServlet("/disclosure/files/*")
public class DisclosureFilesServlet extends HttpServlet {

    private static final Pattern AGREEMENT = Pattern.compile("/agreement/(\\d{1,18})");
    private static final Pattern QR = Pattern.compile("/qr/(\\d{1,18})\\.(png|svg|pdf)");
    private static final Pattern PROJECT_QR = Pattern.compile("/qr/project/(\\d{1,18})\\.(png|svg|pdf)");
    private static final Pattern PROJECT_JSON = Pattern.compile("/project/(\\d{1,18})\\.json");

    @Inject
    private mx.costjalisco.gms.disclosure.boundary.ProjectReads projects;

    @Inject
    private DisclosureReads reads;

    @Inject
    private PublicDisclosure publicDisclosure;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher agreement = AGREEMENT.matcher(path);
            Matcher qr = QR.matcher(path);
            Matcher projectQr = PROJECT_QR.matcher(path);
            Matcher projectJson = PROJECT_JSON.matcher(path);
            if (projectQr.matches() || projectJson.matches()) {
                Long id = Long.valueOf(projectQr.matches() ? projectQr.group(1) : projectJson.group(1));
                var project = projects.project(id).orElse(null);
                if (project == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                } else if (projectJson.matches()) {
                    Downloads.send(
                            response,
                            "proyecto-" + project.getId() + ".json",
                            "application/json",
                            projects.rawJson(id).getBytes(StandardCharsets.UTF_8),
                            false);
                } else {
                    String url = projects.platformUrl(project)
                            .orElseGet(() -> publicDisclosure.projectUrl(project.getOcid()));
                    sendQr(
                            response,
                            url,
                            "qr-proyecto-" + project.getId(),
                            project.getTitle(),
                            projectQr.group(2),
                            request.getLocale());
                }
            } else if (agreement.matches()) {
                ParticipationAgreement found =
                        reads.agreement(Long.valueOf(agreement.group(1))).orElse(null);
                if (found == null || !found.hasDocument()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                Downloads.send(
                        response,
                        found.getDocumentName(),
                        found.getDocumentType(),
                        reads.read(found.getDocumentSha256()),
                        false);
            } else if (qr.matches()) {
                PublishingEntity entity =
                        reads.entity(Long.valueOf(qr.group(1))).orElse(null);
                if (entity == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                sendQr(
                        response,
                        publicDisclosure.pageUrl(entity.getId()),
                        "qr-entidad-" + entity.getId(),
                        entity.getName(),
                        qr.group(2),
                        request.getLocale());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void sendQr(
            HttpServletResponse response, String url, String baseName, String name, String format, Locale locale)
            throws IOException {
        switch (format) {
            case "png" -> Downloads.send(response, baseName + ".png", "image/png", QrCodes.png(url, 10), false);
            case "svg" ->
                Downloads.send(
                        response,
                        baseName + ".svg",
                        "image/svg+xml",
                        QrCodes.svg(url, Bundle.text(locale, "disclosure.qr.title", name))
                                .getBytes(StandardCharsets.UTF_8),
                        false);
            default ->
                Downloads.send(
                        response,
                        baseName + ".pdf",
                        "application/pdf",
                        QrCodes.sheet(
                                url,
                                name,
                                Bundle.text(locale, "disclosure.qr.logo"),
                                Bundle.text(locale, "disclosure.qr.scan")),
                        false);
        }
    }
}
