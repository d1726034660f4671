package mx.costjalisco.gms.minutes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.minutes.boundary.PublicMinutes;
import mx.costjalisco.gms.platform.web.Downloads;

/**
 * The archived files of approved minutes for anyone: {@code /public/minutes/file/<id>}. Anything not published (a
 * draft, a version under review, a liaison meeting's minuta) answers 404, as if it did not exist.
 */
@WebServlet("/public/minutes/file/*")
public class PublicMinutesFileServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})");

    @Inject
    private PublicMinutes minutes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        var download = path.matches()
                ? minutes.file(Long.valueOf(path.group(1)))
                : java.util.Optional.<PublicMinutes.Download>empty();
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = download.get();
        Downloads.send(response, file.fileName(), file.contentType(), file.content(), true);
    }
}
