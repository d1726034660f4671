package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.AgendaTemplate;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.CalendarApproval;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingReschedule;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The secretary plans the year: schedules sessions and liaison meetings, moves and cancels them, records that the GMS
 * approved the calendar, and records a session that lacked quorum with its second call (arts. 17, 20). Moving or
 * cancelling a convened meeting notifies its recipients through the outbox, in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class MeetingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private MeetingRules rules;

    @Inject
    private Notices notices;

    @Inject
    private SecurityContext security;

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<Meeting> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Meeting.class, id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Meeting> ofYear(int year) {
        return em.createNamedQuery(Meeting.FIND_BY_YEAR, Meeting.class)
                .setParameter("year", year)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MeetingReschedule> reschedulesOf(Long meetingId) {
        return em.createQuery(
                        "SELECT r FROM MeetingReschedule r WHERE r.meeting.id = :id ORDER BY r.changedAt",
                        MeetingReschedule.class)
                .setParameter("id", meetingId)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<CalendarApproval> approvalOf(int year) {
        return em.createQuery("SELECT a FROM CalendarApproval a WHERE a.year = :year", CalendarApproval.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /**
     * Schedules a meeting, numbered after the others of its kind in its year, with the Reglamento's fixed agenda
     * points. A date in the past is accepted only to record a meeting that already happened, marked as such. When the
     * draft has a liaison day, the liaison meeting that prepares the session is scheduled too.
     */
    public Meeting schedule(MeetingDraft draft) {
        check(draft, null);
        Meeting meeting = new Meeting(draft.getKind(), draft.startsAt(), draft.endsAt());
        apply(draft, meeting);
        if (draft.isRecordedAfterwards()) {
            meeting.setRecordedAfterwards(true);
            meeting.markHeld();
        }
        meeting.numberAs(nextNumber(meeting.getKind(), meeting.getYear()));
        em.persist(meeting);
        addFixedPoints(meeting);
        audit.created(meeting);
        if (draft.getLiaisonDay() != null && meeting.isSession()) {
            scheduleLiaisonMeeting(meeting, draft);
        }
        return meeting;
    }

    /**
     * Moves a meeting or changes its place. A convened meeting's recipients get an update of the same calendar event;
     * if the new date leaves less than the notice the Reglamento asks, the secretary must justify it.
     */
    public Meeting move(Long id, long version, MeetingDraft draft) {
        Meeting meeting = Records.current(em, Meeting.class, id, version);
        if (!meeting.isOpen()) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        draft.setKind(meeting.getKind());
        check(draft, meeting);
        Map<String, Object> before = meeting.auditState();
        LocalDateTime oldStart = meeting.getStartsAt();
        String oldPlace = meeting.getPlace();
        boolean moved = !oldStart.equals(draft.startsAt())
                || !meeting.getEndsAt().equals(draft.endsAt())
                || !same(oldPlace, draft.getPlace())
                || !same(meeting.getVideoUrl(), draft.getVideoUrl());
        if (moved && meeting.getStatus() == MeetingStatus.CONVENED) {
            checkNotice(draft.getDay(), draft.getJustification());
        }
        if (moved) {
            meeting.moveTo(
                    draft.startsAt(), draft.endsAt(), blankToNull(draft.getPlace()), blankToNull(draft.getVideoUrl()));
        }
        meeting.setPrepares(prepares(draft, meeting));
        meeting.setNotes(blankToNull(draft.getNotes()));
        Records.flush(em, meeting);
        if (moved) {
            em.persist(new MeetingReschedule(
                    meeting, oldStart, oldPlace, blankToNull(draft.getReason()), clock.instant(), actor()));
            if (meeting.getStatus() == MeetingStatus.CONVENED) {
                notices.update(meeting, blankToNull(draft.getReason()));
            }
        }
        audit.changed(meeting, moved ? AuditAction.RESCHEDULED : AuditAction.UPDATED, before);
        return meeting;
    }

    /**
     * Cancels a meeting with at least the configured hours' notice (24, art. 17); a convened meeting's recipients get
     * the calendar cancellation. The meeting stays in the record as cancelled.
     */
    public Meeting cancel(Long id, long version, String reason) {
        Meeting meeting = Records.current(em, Meeting.class, id, version);
        if (!meeting.isOpen()) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("cancelReason", "meeting.cancelReasonRequired");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (Duration.between(now, meeting.getStartsAt()).toHours() < rules.cancelHours()) {
            throw new BusinessRuleException("meeting.cancelTooLate", rules.cancelHours());
        }
        Map<String, Object> before = meeting.auditState();
        boolean wasConvened = meeting.getStatus() == MeetingStatus.CONVENED;
        meeting.cancel(clock.instant(), reason.strip());
        Records.flush(em, meeting);
        if (wasConvened) {
            notices.cancellation(meeting);
        }
        audit.changed(meeting, AuditAction.CANCELLED, before);
        return meeting;
    }

    /**
     * Records that a session lacked quorum after the tolerance (art. 20) and schedules its second call, no sooner than
     * the configured hours later; the second call keeps the session's number.
     */
    public Meeting recordQuorumFailure(Long id, long version, String note, MeetingDraft secondCall) {
        Meeting meeting = Records.current(em, Meeting.class, id, version);
        if (!meeting.isSession() || meeting.getStatus() == MeetingStatus.CANCELLED || meeting.isQuorumFailed()) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        if (LocalDateTime.now(clock).isBefore(meeting.getStartsAt().plusMinutes(rules.toleranceMinutes()))) {
            throw new BusinessRuleException("quorum.toleranceNotOver", rules.toleranceMinutes());
        }
        secondCall.setKind(meeting.getKind());
        check(secondCall, null);
        if (secondCall.startsAt().isBefore(meeting.getStartsAt().plusHours(rules.secondCallHours()))) {
            throw BusinessRuleException.onField("day", "quorum.secondCallTooSoon", rules.secondCallHours());
        }
        Map<String, Object> before = meeting.auditState();
        meeting.recordQuorumFailure(blankToNull(note));
        Records.flush(em, meeting);
        audit.changed(meeting, AuditAction.UPDATED, before);
        Meeting second = new Meeting(meeting.getKind(), secondCall.startsAt(), secondCall.endsAt());
        apply(secondCall, second);
        second.setSecondCallOf(meeting);
        second.numberAs(meeting.getNumber());
        em.persist(second);
        for (AgendaItem item : em.createNamedQuery(AgendaItem.FIND_BY_MEETING, AgendaItem.class)
                .setParameter("meetingId", meeting.getId())
                .getResultList()) {
            if (item.isOnAgenda()) {
                AgendaItem copy = item.isFixed()
                        ? AgendaItem.fixedPoint(second, item.getPosition(), item.getTitle(), item.getMinutes())
                        : new AgendaItem(second, item.getTitle(), item.getMinutes());
                copy.setPosition(item.getPosition());
                copy.setDescription(item.getDescription());
                em.persist(copy);
            }
        }
        audit.created(second);
        return second;
    }

    /** Records the GMS's approval of a year's calendar: the session and the agreement (seed, activity VII). */
    public CalendarApproval approveCalendar(int year, LocalDate approvedOn, Long meetingId, String agreement) {
        if (approvedOn == null) {
            throw BusinessRuleException.onField("approvedOn", "calendar.approvedOnRequired");
        }
        if (agreement == null || agreement.isBlank()) {
            throw BusinessRuleException.onField("agreement", "calendar.agreementRequired");
        }
        CalendarApproval approval = approvalOf(year).orElse(null);
        Map<String, Object> before = approval == null ? null : approval.auditState();
        if (approval == null) {
            approval = new CalendarApproval(year);
        }
        approval.setApprovedOn(approvedOn);
        approval.setMeeting(meetingId == null ? null : em.find(Meeting.class, meetingId));
        approval.setAgreement(agreement.strip());
        if (before == null) {
            em.persist(approval);
            audit.created(approval);
        } else {
            audit.updated(approval, before);
        }
        return approval;
    }

    private void scheduleLiaisonMeeting(Meeting session, MeetingDraft draft) {
        MeetingDraft liaison = new MeetingDraft();
        liaison.setKind(MeetingKind.LIAISON);
        liaison.setDay(draft.getLiaisonDay());
        liaison.setStartTime(draft.getLiaisonTime());
        liaison.setEndTime(draft.getLiaisonTime().plusHours(1));
        liaison.setPlace(draft.getPlace());
        liaison.setVideoUrl(draft.getVideoUrl());
        liaison.setPreparesId(session.getId());
        liaison.setRecordedAfterwards(draft.isRecordedAfterwards());
        try {
            check(liaison, null);
        } catch (BusinessRuleException refused) {
            throw BusinessRuleException.onField("liaisonDay", refused.getMessageKey(), refused.getArguments());
        }
        Meeting meeting = new Meeting(MeetingKind.LIAISON, liaison.startsAt(), liaison.endsAt());
        apply(liaison, meeting);
        if (liaison.isRecordedAfterwards()) {
            meeting.setRecordedAfterwards(true);
            meeting.markHeld();
        }
        meeting.numberAs(nextNumber(MeetingKind.LIAISON, meeting.getYear()));
        em.persist(meeting);
        audit.created(meeting);
    }

    private void check(MeetingDraft draft, Meeting existing) {
        if (draft.getKind() == null) {
            throw BusinessRuleException.onField("kind", "meeting.kindRequired");
        }
        if (draft.startsAt() == null || draft.endsAt() == null) {
            throw BusinessRuleException.onField("day", "meeting.whenRequired");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw BusinessRuleException.onField("endTime", "meeting.endsBeforeStart");
        }
        if (isBlank(draft.getPlace()) && isBlank(draft.getVideoUrl())) {
            throw BusinessRuleException.onField("place", "meeting.placeRequired");
        }
        if (!isBlank(draft.getVideoUrl()) && !isWebLink(draft.getVideoUrl().strip())) {
            throw BusinessRuleException.onField("videoUrl", "meeting.invalidVideoUrl");
        }
        if (isTooLong(draft.getPlace(), Meeting.PLACE_MAXLENGTH)
                || isTooLong(draft.getVideoUrl(), Meeting.VIDEO_URL_MAXLENGTH)
                || isTooLong(draft.getNotes(), Meeting.NOTES_MAXLENGTH)
                || isTooLong(draft.getJustification(), Meeting.JUSTIFICATION_MAXLENGTH)) {
            throw new BusinessRuleException("form.tooLong");
        }
        boolean inPast = draft.startsAt().isBefore(LocalDateTime.now(clock));
        if (existing == null && inPast && !draft.isRecordedAfterwards()) {
            throw BusinessRuleException.onField("day", "meeting.inPast");
        }
        if (existing != null && inPast && !existing.getStartsAt().equals(draft.startsAt())) {
            throw BusinessRuleException.onField("day", "meeting.moveToPast");
        }
        if (draft.getKind() == MeetingKind.LIAISON && draft.getPreparesId() != null) {
            Meeting session = em.find(Meeting.class, draft.getPreparesId());
            if (session == null || !session.isSession()) {
                throw BusinessRuleException.onField("prepares", "record.notFound");
            }
            if (!draft.startsAt().isBefore(session.getStartsAt())) {
                throw BusinessRuleException.onField("day", "meeting.liaisonAfterSession", session.getDay());
            }
        }
    }

    private void checkNotice(LocalDate day, String justification) {
        if (notices.isLate(day) && isBlank(justification)) {
            throw BusinessRuleException.onField(
                    "justification", "convocation.lateNeedsJustification", notices.deadline(day));
        }
    }

    private void apply(MeetingDraft draft, Meeting meeting) {
        meeting.setPlace(blankToNull(draft.getPlace()));
        meeting.setVideoUrl(blankToNull(draft.getVideoUrl()));
        meeting.setNotes(blankToNull(draft.getNotes()));
        meeting.setPrepares(prepares(draft, meeting));
    }

    private Meeting prepares(MeetingDraft draft, Meeting meeting) {
        if (meeting.getKind() != MeetingKind.LIAISON || draft.getPreparesId() == null) {
            return null;
        }
        return em.find(Meeting.class, draft.getPreparesId());
    }

    private void addFixedPoints(Meeting meeting) {
        AgendaTemplate.fixedItemsOf(meeting).forEach(em::persist);
    }

    private int nextNumber(MeetingKind kind, int year) {
        Integer max = em.createNamedQuery(Meeting.MAX_NUMBER, Integer.class)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private String actor() {
        return security.getCallerPrincipal() == null
                ? AuditLog.SYSTEM
                : security.getCallerPrincipal().getName();
    }

    static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (java.net.URISyntaxException notALink) {
            return false;
        }
    }

    private static boolean same(String a, String b) {
        return blankToNull(a) == null ? blankToNull(b) == null : blankToNull(a).equals(blankToNull(b));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean isTooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
