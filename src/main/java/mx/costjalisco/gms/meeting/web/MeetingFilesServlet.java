package mx.costjalisco.gms.meeting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.costjalisco.gms.meeting.boundary.MeetingFiles;
import mx.costjalisco.gms.meeting.boundary.MeetingFiles.Download;
import mx.costjalisco.gms.platform.web.Downloads;

/**
 * Downloads under {@code /meetings/files/}: {@code convocation/<id>.pdf}, {@code attendance/<id>.pdf} and
 * {@code document/<id>}. Behind the sign-in like every page under {@code /meetings/} (web.xml).
 */
@WebServlet("/meetings/files/*")
public class MeetingFilesServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(convocation|attendance|document)/(\\d{1,18})(\\.pdf)?");

    @Inject
    private MeetingFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = Long.valueOf(path.group(2));
        Optional<Download> download = switch (path.group(1)) {
            case "convocation" -> files.convocation(id);
            case "attendance" -> files.attendanceList(id);
            default -> files.document(id);
        };
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download file = download.get();
        Downloads.send(response, file.fileName(), file.contentType(), file.content(), false);
    }
}
