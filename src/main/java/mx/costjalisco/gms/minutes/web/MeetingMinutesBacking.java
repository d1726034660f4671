package mx.costjalisco.gms.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.minutes.boundary.MinutesService;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * The minutes on a meeting's page ({@code meetings/meeting.xhtml}): the meeting's own acta or minuta, and the minutes
 * the session approves at its point "reading, approval and signature of the previous minutes".
 */
@Named
@RequestScoped
public class MeetingMinutesBacking {

    @Inject
    private MinutesService minutesService;

    @Inject
    private Messages messages;

    private Minutes own;
    private boolean ownLoaded;
    private List<Minutes> toApprove;

    public Minutes of(Long meetingId) {
        if (!ownLoaded) {
            own = meetingId == null ? null : minutesService.ofMeeting(meetingId).orElse(null);
            ownLoaded = true;
        }
        return own;
    }

    public List<Minutes> toApproveAt(Long meetingId) {
        if (toApprove == null) {
            toApprove = meetingId == null ? List.of() : minutesService.forApprovalAt(meetingId);
        }
        return toApprove;
    }

    public String open(Long meetingId) {
        try {
            return "/minutes/edit/minutes?faces-redirect=true&id="
                    + minutesService.open(meetingId).getId();
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
            return null;
        }
    }

    public String name(Minutes minutes) {
        return MeetingTexts.name(minutes.getMeeting(), messages.locale());
    }
}
