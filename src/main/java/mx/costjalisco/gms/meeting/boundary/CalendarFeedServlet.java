package mx.costjalisco.gms.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Calendar subscriptions: {@code /calendar/gms.ics}, the public feed of sessions, and
 * {@code /calendar/personal/<token>.ics}, a member's feed opened by its secret token (revocable; no sign-in, since
 * calendar applications cannot sign in).
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    @Inject
    private PublicCalendar calendar;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int year = LocalDate.now(clock).getYear();
        Optional<String> feed;
        if ("/gms.ics".equals(path)) {
            feed = Optional.of(calendar.publicFeed(year));
            response.setHeader("Cache-Control", "public, max-age=900");
        } else if (path.startsWith("/personal/") && path.endsWith(".ics")) {
            feed = calendar.personalFeed(path.substring("/personal/".length(), path.length() - ".ics".length()), year);
            response.setHeader("Cache-Control", "private, no-store");
        } else {
            feed = Optional.empty();
        }
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"gms.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
