package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.Notice;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.control.Recipients;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.mail.Outbox;
import mx.costjalisco.gms.platform.mail.OutboxMessage;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * Sends a meeting's convocation (art. 18): by e-mail to every current titular and suplente (the liaisons, for a
 * liaison meeting), with the agenda, the convocation PDF, the documents and a calendar invitation. It goes out at
 * least five business days ahead; later only with the secretary's justification, kept and printed on it.
 */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class ConvocationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notices notices;

    @Inject
    private MeetingRules rules;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Who would receive the convocation now, and which institutions have nobody to receive it. */
    public Recipients preview(Long meetingId) {
        return notices.recipientsOf(em.find(Meeting.class, meetingId));
    }

    public Meeting convene(Long id, long version, String justification) {
        Meeting meeting = Records.current(em, Meeting.class, id, version);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(
                    meeting.getStatus() == MeetingStatus.CONVENED ? "convocation.alreadySent" : "meeting.notOpen");
        }
        if (meeting.isRecordedAfterwards() || !meeting.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            throw new BusinessRuleException("convocation.inPast");
        }
        List<AgendaItem> agenda = notices.agendaOf(meeting);
        if (agenda.stream().noneMatch(item -> !item.isFixed())) {
            throw new BusinessRuleException("convocation.emptyAgenda");
        }
        String reason = MeetingService.blankToNull(justification);
        Notice notice = notices.notice(meeting);
        if (notice.isPassed() && reason == null) {
            throw BusinessRuleException.onField(
                    "justification", "convocation.lateNeedsJustification", notice.deadline());
        }
        if (reason != null && reason.length() > Meeting.JUSTIFICATION_MAXLENGTH) {
            throw BusinessRuleException.onField("justification", "form.tooLong");
        }
        Recipients recipients = notices.recipientsOf(meeting);
        if (recipients.people().isEmpty()) {
            throw new BusinessRuleException("convocation.noRecipients");
        }
        Map<String, Object> before = meeting.auditState();
        meeting.convene(clock.instant(), notice.isPassed() ? reason : null);
        Records.flush(em, meeting);
        notices.convocation(meeting, recipients);
        audit.changed(meeting, AuditAction.CONVENED, before);
        return meeting;
    }

    /** Every notice of the meeting and how its delivery stands, per recipient. */
    public List<OutboxMessage> deliveries(Long meetingId) {
        return outbox.byTopicPrefix("meeting:" + meetingId + ":");
    }

    /** Sends one message of the meeting again, to its one recipient. */
    public void resend(Long outboxId) {
        outbox.resend(outboxId);
    }

    /** Whether a reminder is due today for a convened meeting (the configured business days before it). */
    public static boolean reminderDue(Meeting meeting, LocalDate convenedOn, LocalDate today, LocalDate reminderDay) {
        return meeting.getStatus() == MeetingStatus.CONVENED
                && convenedOn.isBefore(reminderDay)
                && meeting.getReminderSentAt() == null
                && !today.isBefore(reminderDay)
                && today.isBefore(meeting.getDay());
    }

    int reminderBusinessDays() {
        return rules.reminderBusinessDays();
    }
}
