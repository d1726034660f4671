package mx.costjalisco.gms.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.minutes.boundary.MinutesService;
import mx.costjalisco.gms.minutes.control.MinutesContent;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesObservation;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.minutes.entity.ObservationAnswer;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code minutes/edit/minutes.xhtml}: the secretary's desk for one acta or minuta — each agenda item's narrative
 * (rich text), issuing a version for review with its deadline, answering observations, recording the approval at the
 * session, the scan of the signed copy, addenda.
 */
@Named
@ViewScoped
public class MinutesEditBacking implements Serializable {

    @Inject
    private MinutesService minutesService;

    @Inject
    private MeetingService meetings;

    @Inject
    private Messages messages;

    private Long minutesId;
    private Minutes minutes;
    private MinutesContent working;
    private List<MinutesObservation> toAnswer;
    private List<Meeting> sessions;
    private Long itemId;
    private String narrative;
    private LocalDate deadline;
    private String note;
    private Long sessionId;
    private String agreement;
    private transient Part scan;
    private String addendum;
    private String addendumReason;
    private ObservationAnswer[] answers;
    private String[] reasons;

    public void load() {
        minutes = minutesService.find(minutesId).orElse(null);
        if (minutes == null) {
            Pages.notFound();
            return;
        }
        working = minutesService.workingCopy(minutesId);
        toAnswer = minutesService.observations(minutesId).stream()
                .filter(o -> !o.isAnswered())
                .toList();
        answers = new ObservationAnswer[toAnswer.size()];
        reasons = new String[toAnswer.size()];
        if (itemId == null && !working.items().isEmpty()) {
            select(working.items().get(0).agendaItemId());
        }
        Meeting meeting = minutes.getMeeting();
        sessions = java.util.stream.Stream.of(meeting.getYear(), meeting.getYear() + 1)
                .flatMap(y -> meetings.ofYear(y).stream())
                .filter(m -> m.isSession()
                        && m.getStatus() == MeetingStatus.HELD
                        && m.getStartsAt().isAfter(meeting.getStartsAt()))
                .toList();
        if (sessionId == null && minutes.getApprovalMeeting() != null) {
            sessionId = minutes.getApprovalMeeting().getId();
        }
    }

    public void select(Long agendaItemId) {
        itemId = agendaItemId;
        narrative = working.items().stream()
                .filter(i -> i.agendaItemId() == agendaItemId)
                .map(MinutesContent.Item::narrativeHtml)
                .findFirst()
                .orElse("");
    }

    public void saveNarrative() {
        try {
            narrative = minutesService.writeNarrative(minutesId, itemId, narrative);
            messages.info("minutes.narrativeSaved");
            working = minutesService.workingCopy(minutesId);
        } catch (BusinessRuleException refused) {
            messages.error("narrativeForm", refused);
        }
    }

    public String issue() {
        try {
            var issued = minutesService.issue(minutesId, minutes.getVersion(), deadline, note);
            if (issued.getDeadlineMoved() != null) {
                messages.info("minutes.issuedMoved", issued.getNumber(), issued.getDeadlineMoved());
            } else {
                messages.info(minutes.isMinuta() ? "minutes.minutaSent" : "minutes.issued", issued.getNumber());
            }
            messages.keepForRedirect();
            return "/minutes/minutes?faces-redirect=true&id=" + minutesId;
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("issueForm", refused);
        }
        return null;
    }

    public void answer(int index) {
        MinutesObservation observation = toAnswer.get(index);
        try {
            minutesService.answer(observation.getId(), observation.getVersion(), answers[index], reasons[index]);
            messages.info("minutes.answered");
            load();
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
    }

    public String recordApproval() {
        try {
            minutesService.recordApproval(minutesId, minutes.getVersion(), sessionId, agreement);
            messages.info("minutes.approvalRecorded");
            messages.keepForRedirect();
            return "/minutes/minutes?faces-redirect=true&id=" + minutesId;
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("approvalForm", refused);
        }
        return null;
    }

    public void uploadScan() {
        if (scan == null
                || scan.getSubmittedFileName() == null
                || scan.getSubmittedFileName().isBlank()) {
            messages.error("scanForm:scan", "upload.noFile");
            return;
        }
        try (InputStream in = scan.getInputStream()) {
            minutesService.uploadScan(minutesId, scan.getSubmittedFileName(), in);
            messages.info("minutes.scanUploaded");
            load();
        } catch (BusinessRuleException refused) {
            messages.error("scanForm", refused);
        } catch (IOException unreadable) {
            messages.error("scanForm:scan", "upload.unreadable");
        }
    }

    public void addAddendum() {
        try {
            var added = minutesService.addAddendum(minutesId, addendum, addendumReason);
            messages.info("minutes.addendumAdded", added.getNumber());
            addendum = null;
            addendumReason = null;
            load();
        } catch (BusinessRuleException refused) {
            messages.error("addendumForm", refused);
        }
    }

    public String name() {
        return MeetingTexts.name(minutes.getMeeting(), messages.locale());
    }

    public String name(Meeting meeting) {
        return MeetingTexts.name(meeting, messages.locale());
    }

    public boolean isEditable() {
        return !minutes.getStatus().isFrozen();
    }

    public boolean isInReview() {
        return minutes.getStatus() == MinutesStatus.IN_REVIEW;
    }

    public boolean isWritten(MinutesContent.Item item) {
        return !item.narrativeHtml().isEmpty();
    }

    public String getSuggestedDeadline() {
        LocalDate day = minutesService.deadline(null).day();
        return messages.text(
                "minutes.suggestedDeadline",
                java.time.format.DateTimeFormatter.ofPattern(messages.text("format.fullDate"), messages.locale())
                        .format(day));
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public void setMinutesId(Long minutesId) {
        this.minutesId = minutesId;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public MinutesContent getWorking() {
        return working;
    }

    public List<MinutesObservation> getToAnswer() {
        return toAnswer;
    }

    public List<Meeting> getSessions() {
        return sessions;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public Part getScan() {
        return scan;
    }

    public void setScan(Part scan) {
        this.scan = scan;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }

    public String getAddendumReason() {
        return addendumReason;
    }

    public void setAddendumReason(String addendumReason) {
        this.addendumReason = addendumReason;
    }

    public ObservationAnswer[] getAnswers() {
        return answers;
    }

    public String[] getReasons() {
        return reasons;
    }

    public ObservationAnswer[] getAnswerChoices() {
        return ObservationAnswer.values();
    }
}
