package mx.costjalisco.gms.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.minutes.boundary.MinutesReview;
import mx.costjalisco.gms.minutes.boundary.MinutesService;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * The minutes on the home page: for a representative, the actas waiting for the institution's review; for the
 * secretary, the observations to answer and the held meetings without minutes.
 */
@Named
@RequestScoped
public class HomeMinutesBacking {

    @Inject
    private MinutesReview review;

    @Inject
    private MinutesService minutesService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<Minutes> toReview;
    private List<Minutes> toAnswer;
    private List<Meeting> withoutMinutes;

    public List<Minutes> getToReview() {
        if (toReview == null) {
            toReview = review.toReview();
        }
        return toReview;
    }

    public List<Minutes> getToAnswer() {
        if (toAnswer == null) {
            toAnswer = isKeeper() ? minutesService.withUnansweredObservations() : List.of();
        }
        return toAnswer;
    }

    public List<Meeting> getWithoutMinutes() {
        if (withoutMinutes == null) {
            withoutMinutes = isKeeper() ? minutesService.heldWithoutMinutes() : List.of();
        }
        return withoutMinutes;
    }

    public boolean isKeeper() {
        return currentUser.hasAny("SECRETARY,ADMIN");
    }

    public String name(Minutes minutes) {
        return MeetingTexts.name(minutes.getMeeting(), messages.locale());
    }
}
