package mx.costjalisco.gms.meeting.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * How a meeting is named and dated in every text the system writes — pages, e-mails, calendar events, PDFs — so they
 * all say "2ª sesión ordinaria 2023, jueves 18 de mayo de 2023, 9:00 a 11:00 h" the same way.
 */
public final class MeetingTexts {

    private MeetingTexts() {}

    /** "2ª sesión ordinaria 2023"; a second call (art. 20) says so. */
    public static String name(Meeting meeting, Locale locale) {
        String name = Bundle.text(
                locale, "meeting.title." + meeting.getKind().name(), meeting.getNumber(), meeting.getYear());
        return meeting.getSecondCallOf() == null ? name : name + " " + Bundle.text(locale, "meeting.secondCallSuffix");
    }

    /** "jueves 18 de mayo de 2023". */
    public static String day(Meeting meeting, Locale locale) {
        return DateTimeFormatter.ofPattern(Bundle.text(locale, "format.fullDate"), locale)
                .format(meeting.getStartsAt());
    }

    /** "9:00 a 11:00 h". */
    public static String hours(Meeting meeting, Locale locale) {
        return Bundle.text(locale, "meeting.hours", time(meeting.getStartsAt()), time(meeting.getEndsAt()));
    }

    /** "jueves 18 de mayo de 2023, 9:00 a 11:00 h". */
    public static String when(Meeting meeting, Locale locale) {
        return day(meeting, locale) + ", " + hours(meeting, locale);
    }

    /** The room, the video link, or both. */
    public static String where(Meeting meeting, Locale locale) {
        if (meeting.getPlace() != null && meeting.getVideoUrl() != null) {
            return meeting.getPlace() + " — " + Bundle.text(locale, "meeting.videoAlso", meeting.getVideoUrl());
        }
        return meeting.getPlace() != null
                ? meeting.getPlace()
                : Bundle.text(locale, "meeting.videoOnly", meeting.getVideoUrl());
    }

    private static String time(LocalDateTime at) {
        return DateTimeFormatter.ofPattern("H:mm").format(at);
    }
}
