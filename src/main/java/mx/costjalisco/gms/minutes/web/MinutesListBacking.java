package mx.costjalisco.gms.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.minutes.boundary.MinutesService;
import mx.costjalisco.gms.minutes.control.MinutesArchive;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * {@code minutes/index.xhtml}: every acta and minuta and where it stands; for the secretary, the held meetings whose
 * minutes are not started yet, and the check of the archive against the recorded SHA-256.
 */
@Named
@ViewScoped
public class MinutesListBacking implements Serializable {

    @Inject
    private MinutesService minutesService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<Minutes> minutes;
    private List<Meeting> withoutMinutes;
    private List<MinutesArchive.Check> checks;

    public void load() {
        minutes = minutesService.all();
        withoutMinutes = isSecretary() ? minutesService.heldWithoutMinutes() : List.of();
    }

    public String open(Long meetingId) {
        try {
            Minutes opened = minutesService.open(meetingId);
            return "/minutes/edit/minutes?faces-redirect=true&id=" + opened.getId();
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
            return null;
        }
    }

    public void checkArchive() {
        checks = minutesService.integrity();
        long bad = checks.stream().filter(c -> !c.isOk()).count();
        if (bad == 0) {
            messages.info("minutes.integrityOk", checks.size());
        } else {
            messages.error(null, "minutes.integrityBad", bad, checks.size());
        }
    }

    public boolean isSecretary() {
        return currentUser.hasAny("SECRETARY,ADMIN");
    }

    public String name(Meeting meeting) {
        return MeetingTexts.name(meeting, messages.locale());
    }

    public List<Minutes> getMinutes() {
        return minutes;
    }

    public List<Meeting> getWithoutMinutes() {
        return withoutMinutes;
    }

    public List<MinutesArchive.Check> getChecks() {
        return checks;
    }
}
