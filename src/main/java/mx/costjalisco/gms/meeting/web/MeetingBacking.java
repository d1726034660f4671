package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.meeting.boundary.AgendaService;
import mx.costjalisco.gms.meeting.boundary.AttendanceService;
import mx.costjalisco.gms.meeting.boundary.ConvocationService;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.boundary.ResolutionService;
import mx.costjalisco.gms.meeting.control.AgendaTemplate;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.Notice;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.control.QuorumRule;
import mx.costjalisco.gms.meeting.control.Recipients;
import mx.costjalisco.gms.meeting.control.ResultSentence;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.AgendaItemState;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingDocument;
import mx.costjalisco.gms.meeting.entity.MeetingReschedule;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.platform.mail.OutboxMessage;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.platform.web.LocaleBacking;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code meetings/meeting.xhtml}: one meeting as everyone signed in sees it — facts, notice, agenda, documents,
 * attendance and agreements — and, for the secretary, the convocation, its delivery per recipient, and cancelling.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private AgendaService agendaService;

    @Inject
    private ConvocationService convocations;

    @Inject
    private AttendanceService attendance;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private Notices notices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking localeBacking;

    private Long meetingId;
    private Meeting meeting;
    private Notice notice;
    private List<AgendaItem> agenda;
    private List<MeetingDocument> documents;
    private List<Resolution> agreements;
    private List<MeetingReschedule> reschedules;
    private List<OutboxMessage> deliveries;
    private QuorumRule.Result quorum;
    private boolean attendanceRecorded;
    private Recipients recipients;
    private String justification;
    private String cancelReason;
    private String proposalTitle;
    private String proposalDescription;

    public void load() {
        meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            Pages.notFound();
            return;
        }
        notice = notices.notice(meeting);
        agenda = agendaService.itemsOf(meetingId);
        documents = agendaService.documentsOf(meetingId);
        agreements = resolutions.of(meetingId);
        reschedules = meetings.reschedulesOf(meetingId);
        List<AttendanceService.Line> lines = attendance.listOf(meetingId);
        attendanceRecorded = lines.stream().anyMatch(line -> line.status() != null);
        quorum = attendance.quorum(lines);
        if (isSecretary()) {
            deliveries = convocations.deliveries(meetingId);
        }
    }

    /** Prepares the convocation dialog: who will receive it and whether the deadline has passed. */
    public void prepareConvocation() {
        recipients = convocations.preview(meetingId);
        justification = null;
    }

    public String convene() {
        try {
            convocations.convene(meetingId, meeting.getVersion(), justification);
            messages.info(
                    "convocation.sent",
                    recipients == null ? 0 : recipients.people().size());
            messages.keepForRedirect();
            return self();
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("conveneForm", refused);
        }
        return null;
    }

    public String cancel() {
        try {
            meetings.cancel(meetingId, meeting.getVersion(), cancelReason);
            messages.info("meeting.cancelled", name());
            messages.keepForRedirect();
            return self();
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("cancelForm", refused);
        }
        return null;
    }

    private String self() {
        return "/meetings/meeting?faces-redirect=true&id=" + meetingId;
    }

    public void propose() {
        try {
            agendaService.propose(meetingId, proposalTitle, proposalDescription);
            messages.info("agenda.proposed");
            proposalTitle = null;
            proposalDescription = null;
            load();
        } catch (BusinessRuleException refused) {
            messages.error("proposalForm", refused);
        }
    }

    public void resend(Long outboxId) {
        try {
            convocations.resend(outboxId);
            messages.info("delivery.resent");
            deliveries = convocations.deliveries(meetingId);
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
    }

    public String name() {
        return MeetingTexts.name(meeting, locale());
    }

    public String name(Meeting other) {
        return MeetingTexts.name(other, locale());
    }

    public String when() {
        return MeetingTexts.when(meeting, locale());
    }

    public String sentence(Resolution resolution) {
        return ResultSentence.of(resolution, locale());
    }

    /** "convocation", "update", … from the outbox topic {@code meeting:42:convocation}. */
    public String deliveryKind(OutboxMessage message) {
        String topic = message.getTopic();
        return messages.text("delivery.kind." + topic.substring(topic.lastIndexOf(':') + 1));
    }

    public List<AgendaItem> getOnAgenda() {
        return agenda.stream().filter(AgendaItem::isOnAgenda).toList();
    }

    public List<AgendaItem> getProposals() {
        return agenda.stream()
                .filter(i -> i.getState() != AgendaItemState.ON_AGENDA && i.getProposedBy() != null)
                .toList();
    }

    /** Own items are numbered under the fixed point they follow: 5.1, 5.2 … */
    public String number(AgendaItem item) {
        int point = 0;
        int sub = 0;
        for (AgendaItem each : getOnAgenda()) {
            if (each.isFixed() || point == 0) {
                point++;
                sub = 0;
            } else {
                sub++;
            }
            if (each.equals(item)) {
                return sub == 0 ? Integer.toString(point) : point + "." + sub;
            }
        }
        return "";
    }

    public boolean isSecretary() {
        return currentUser.hasAny(Roles.SECRETARY + "," + Roles.ADMIN);
    }

    public boolean isConvenable() {
        return meeting.getStatus() == MeetingStatus.PLANNED && !meeting.isRecordedAfterwards();
    }

    public boolean isTakingProposals() {
        return AgendaTemplate.takesProposals(meeting.getKind()) && meeting.isOpen();
    }

    public boolean isLate() {
        return notice.isPassed();
    }

    private Locale locale() {
        return localeBacking.getLocale();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Notice getNotice() {
        return notice;
    }

    public List<MeetingDocument> getDocuments() {
        return documents;
    }

    public List<Resolution> getAgreements() {
        return agreements;
    }

    public List<MeetingReschedule> getReschedules() {
        return reschedules;
    }

    public List<OutboxMessage> getDeliveries() {
        return deliveries;
    }

    public QuorumRule.Result getQuorum() {
        return quorum;
    }

    public boolean isAttendanceRecorded() {
        return attendanceRecorded;
    }

    public Recipients getRecipients() {
        return recipients;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getProposalTitle() {
        return proposalTitle;
    }

    public void setProposalTitle(String proposalTitle) {
        this.proposalTitle = proposalTitle;
    }

    public String getProposalDescription() {
        return proposalDescription;
    }

    public void setProposalDescription(String proposalDescription) {
        this.proposalDescription = proposalDescription;
    }
}
