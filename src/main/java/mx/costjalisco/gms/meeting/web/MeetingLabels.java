package mx.costjalisco.gms.meeting.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.platform.web.Bundle;

/** A meeting's name, day and place in the language of the page being rendered. */
final class MeetingLabels {

    private MeetingLabels() {}

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Bundle.RECORD_LOCALE;
    }

    static String name(Meeting meeting) {
        return meeting == null ? "" : MeetingTexts.name(meeting, locale());
    }

    static String when(Meeting meeting) {
        return meeting == null ? "" : MeetingTexts.when(meeting, locale());
    }

    static String where(Meeting meeting) {
        return meeting == null || (meeting.getPlace() == null && meeting.getVideoUrl() == null)
                ? ""
                : MeetingTexts.where(meeting, locale());
    }
}
