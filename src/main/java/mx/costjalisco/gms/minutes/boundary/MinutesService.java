package mx.costjalisco.gms.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.AgendaTemplate;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.minutes.control.ApprovalTally;
import mx.costjalisco.gms.minutes.control.MinutesArchive;
import mx.costjalisco.gms.minutes.control.MinutesContent;
import mx.costjalisco.gms.minutes.control.MinutesDiff;
import mx.costjalisco.gms.minutes.control.MinutesDrafter;
import mx.costjalisco.gms.minutes.control.MinutesJson;
import mx.costjalisco.gms.minutes.control.MinutesLedger;
import mx.costjalisco.gms.minutes.control.MinutesNotices;
import mx.costjalisco.gms.minutes.control.MinutesPdf;
import mx.costjalisco.gms.minutes.control.MinutesRules;
import mx.costjalisco.gms.minutes.control.MinutesStatement;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesAddendum;
import mx.costjalisco.gms.minutes.entity.MinutesApproval;
import mx.costjalisco.gms.minutes.entity.MinutesFile;
import mx.costjalisco.gms.minutes.entity.MinutesFileKind;
import mx.costjalisco.gms.minutes.entity.MinutesNarrative;
import mx.costjalisco.gms.minutes.entity.MinutesObservation;
import mx.costjalisco.gms.minutes.entity.MinutesSignature;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.minutes.entity.ObservationAnswer;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.calendar.BusinessCalendar;
import mx.costjalisco.gms.platform.calendar.BusinessDays;
import mx.costjalisco.gms.platform.config.TimeConfiguration;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.richtext.RichText;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The secretary's side of the minutes (art. 19, 21, 23, 28): opens them from the session's record, writes each
 * item's narrative, issues versions for review with a deadline in business days, answers observations, records the
 * approval at the next session, freezes and archives them, uploads the scan of the signed copy, adds addenda. Also
 * what every signed-in user reads: the minutes, their versions, approvals, observations and files.
 */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class MinutesService {

    static final java.util.Locale LOCALE = Bundle.RECORD_LOCALE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesDrafter drafter;

    @Inject
    private MinutesLedger ledger;

    @Inject
    private MinutesRules rules;

    @Inject
    private MinutesNotices notices;

    @Inject
    private MinutesArchive archive;

    @Inject
    private BusinessDays businessDays;

    @Inject
    private TimeConfiguration time;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext security;

    @Inject
    private java.time.Clock clock;

    /** A review deadline as it will be set: the day, and why it is not the day asked for (or null). */
    public record Deadline(LocalDate day, String moved) {}

    // --- reading (every signed-in user) -------------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<Minutes> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Minutes.class, id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<Minutes> ofMeeting(Long meetingId) {
        return em.createNamedQuery(Minutes.FIND_BY_MEETING, Minutes.class)
                .setParameter("meetingId", meetingId)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Minutes> all() {
        return em.createNamedQuery(Minutes.FIND_ALL, Minutes.class).getResultList();
    }

    /** Held meetings whose minutes nobody has started, newest first: the secretary's to-do. */
    public List<Meeting> heldWithoutMinutes() {
        return em.createQuery(
                        "SELECT m FROM Meeting m WHERE m.status = :held"
                                + " AND NOT EXISTS (SELECT n FROM Minutes n WHERE n.meeting = m)"
                                + " ORDER BY m.startsAt DESC",
                        Meeting.class)
                .setParameter("held", MeetingStatus.HELD)
                .getResultList();
    }

    /** Minutes with observations the secretary has not answered yet. */
    public List<Minutes> withUnansweredObservations() {
        return em.createQuery(
                        "SELECT DISTINCT o.minutes FROM MinutesObservation o WHERE o.answer IS NULL"
                                + " AND o.minutes.status = :status",
                        Minutes.class)
                .setParameter("status", MinutesStatus.IN_REVIEW)
                .getResultList();
    }

    /** Minutes to be approved at this session (point 3 of its agenda). */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<Minutes> forApprovalAt(Long meetingId) {
        return em.createNamedQuery(Minutes.FIND_FOR_APPROVAL_AT, Minutes.class)
                .setParameter("meetingId", meetingId)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MinutesVersion> versions(Long minutesId) {
        return em.createNamedQuery(MinutesVersion.FIND_BY_MINUTES, MinutesVersion.class)
                .setParameter("minutesId", minutesId)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<MinutesVersion> version(Long minutesId, int number) {
        return ledger.version(minutesId, number);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MinutesApproval> approvals(Long minutesId) {
        return ledger.approvals(minutesId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MinutesObservation> observations(Long minutesId) {
        return em.createNamedQuery(MinutesObservation.FIND_BY_MINUTES, MinutesObservation.class)
                .setParameter("minutesId", minutesId)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MinutesSignature> signatures(Long minutesId) {
        return ledger.signatures(minutesId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MinutesAddendum> addenda(Long minutesId) {
        return em.createNamedQuery(MinutesAddendum.FIND_BY_MINUTES, MinutesAddendum.class)
                .setParameter("minutesId", minutesId)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MinutesFile> files(Long minutesId) {
        return archive.filesOf(em.find(Minutes.class, minutesId));
    }

    /** An archived file of the minutes (every signed-in user may read them; published ones anyone may). */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Optional<MinutesFile> archivedFile(Long fileId) {
        return Optional.ofNullable(fileId == null ? null : em.find(MinutesFile.class, fileId));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public byte[] read(MinutesFile file) {
        return archive.read(file);
    }

    /** Who of those present has approved the version in circulation. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public ApprovalTally tally(Long minutesId) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        Optional<MinutesVersion> current = version(minutesId, minutes.getCurrentNumber());
        return ledger.tally(minutes, current.orElse(null));
    }

    /** The content of a version as issued. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public MinutesContent contentOf(MinutesVersion version) {
        return MinutesJson.read(version.getContentJson());
    }

    /** What changed from one version to another. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public MinutesDiff.Comparison compare(Long minutesId, int from, int to) {
        MinutesVersion older =
                version(minutesId, from).orElseThrow(() -> new BusinessRuleException("minutes.noVersion"));
        MinutesVersion newer = version(minutesId, to).orElseThrow(() -> new BusinessRuleException("minutes.noVersion"));
        return MinutesDiff.compare(contentOf(older), contentOf(newer));
    }

    /**
     * A version's PDF: the archived file for the approved version (or a sent minuta), otherwise the version printed as
     * a draft for review.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public byte[] pdfOf(Long minutesId, int number) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        MinutesVersion version =
                version(minutesId, number).orElseThrow(() -> new BusinessRuleException("minutes.noVersion"));
        if (minutes.getStatus().isFrozen() && number == minutes.getCurrentNumber()) {
            Optional<MinutesFile> archived = archive.archiveOf(minutes);
            if (archived.isPresent()) {
                return archive.read(archived.get());
            }
        }
        return ledger.draftPdf(minutes, version);
    }

    /** The working copy: what the next version would say now. */
    public MinutesContent workingCopy(Long minutesId) {
        return drafter.contentOf(em.find(Minutes.class, minutesId));
    }

    /** The working copy printed as a draft, to look at before issuing it. */
    public byte[] workingCopyPdf(Long minutesId) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        MinutesContent content = drafter.contentOf(minutes);
        String json = MinutesJson.write(content);
        return MinutesPdf.render(
                content,
                new MinutesPdf.Stamp(
                        minutes.getCurrentNumber() + 1,
                        MinutesJson.hash(json),
                        MinutesPdf.State.DRAFT,
                        null,
                        List.of(),
                        List.of(),
                        now()));
    }

    /** The review deadline a date asked for gives: a rest day moves to the next business day, and says so. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public Deadline deadline(LocalDate asked) {
        BusinessCalendar calendar = businessDays.calendar();
        LocalDate today = LocalDate.now(clock);
        if (asked == null) {
            LocalDate day = today;
            for (int i = 0; i < rules.reviewBusinessDays(); i++) {
                day = calendar.nextBusinessDay(day);
            }
            return new Deadline(day, null);
        }
        if (!asked.isAfter(today)) {
            throw BusinessRuleException.onField("deadline", "minutes.deadlinePast");
        }
        if (calendar.isBusinessDay(asked)) {
            return new Deadline(asked, null);
        }
        LocalDate next = calendar.nextBusinessDay(asked);
        String reason = calendar.restDay(asked)
                .map(r -> r.reason(LOCALE))
                .orElseGet(() -> Bundle.text(LOCALE, "minutes.weekend"));
        return new Deadline(next, Bundle.text(LOCALE, "minutes.deadlineMoved", date(asked), reason, date(next)));
    }

    // --- the secretary ------------------------------------------------------------------------------------------

    /** Opens the minutes of a held meeting, filled from its record; the same minutes if already open. */
    public Minutes open(Long meetingId) {
        // the meeting's row is locked first: two secretaries (or two clicks) opening the same minutes get one record
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new BusinessRuleException("minutes.noMeeting");
        }
        Optional<Minutes> existing = ofMeeting(meetingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new BusinessRuleException("minutes.notHeld");
        }
        Minutes minutes = new Minutes(
                meeting, meeting.isSession() ? MinutesContent.ACTA : MinutesContent.MINUTA, clock.instant(), caller());
        em.persist(minutes);
        audit.created(minutes);
        return minutes;
    }

    /** Saves one item's narrative in the working copy, cleaned of anything but paragraphs, lists and emphasis. */
    public String writeNarrative(Long minutesId, Long agendaItemId, String html) {
        Minutes minutes = ledger.lock(minutesId, null); // saves of the working copy (and issuing) never interleave
        if (minutes.getStatus().isFrozen()) {
            throw new BusinessRuleException("minutes.frozen");
        }
        if (html != null && html.length() > RichText.MAX_LENGTH) {
            throw BusinessRuleException.onField("narrative", "minutes.narrativeTooLong");
        }
        AgendaItem item = agendaItemId == null ? null : em.find(AgendaItem.class, agendaItemId);
        if (item == null || !item.getMeeting().equals(minutes.getMeeting())) {
            throw new BusinessRuleException("minutes.noItem");
        }
        String clean = RichText.sanitize(html);
        MinutesNarrative narrative = em.createNamedQuery(MinutesNarrative.FIND_BY_MINUTES, MinutesNarrative.class)
                .setParameter("minutesId", minutesId)
                .getResultStream()
                .filter(n -> n.getAgendaItem().getId().equals(agendaItemId))
                .findFirst()
                .orElse(null);
        if (narrative == null) {
            narrative = new MinutesNarrative(minutes, item);
            narrative.write(clean, clock.instant(), caller());
            em.persist(narrative);
        } else {
            narrative.write(clean, clock.instant(), caller());
        }
        return clean;
    }

    /**
     * Issues the working copy as the next version. The first goes to the members of the institutions present for
     * review; later ones need every observation answered and something changed, reset the approvals (they were of the
     * previous version) and tell the members what changed. A liaison meeting's minuta is sent to every member and
     * frozen at once. The minutes' row is locked first, so an approval under way either lands before (on the old
     * version, which then no longer counts) or is told the version changed.
     */
    public MinutesVersion issue(Long minutesId, long version, LocalDate deadlineAsked, String note) {
        Minutes minutes = ledger.lock(minutesId, version);
        if (minutes.getStatus().isFrozen()) {
            throw new BusinessRuleException("minutes.frozen");
        }
        String changeNote = blankToNull(note);
        if (changeNote != null && changeNote.length() > MinutesVersion.NOTE_MAXLENGTH) {
            throw BusinessRuleException.onField("note", "form.tooLong");
        }
        MinutesContent content = drafter.contentOf(minutes);
        String json = MinutesJson.write(content);
        String hash = MinutesJson.hash(json);
        Optional<MinutesVersion> previous = version(minutesId, minutes.getCurrentNumber());
        if (previous.isPresent()) {
            if (observations(minutesId).stream()
                    .anyMatch(o -> !o.isAnswered() && o.getMinutesVersion().equals(previous.get()))) {
                throw new BusinessRuleException("minutes.unansweredObservations");
            }
            if (previous.get().getContentSha256().equals(hash)) {
                throw new BusinessRuleException("minutes.nothingChanged");
            }
        }
        Deadline deadline = minutes.isMinuta() ? new Deadline(null, null) : deadline(deadlineAsked);
        Map<String, Object> before = minutes.auditState();
        MinutesVersion issued = new MinutesVersion(
                minutes,
                minutes.getCurrentNumber() + 1,
                json,
                hash,
                clock.instant(),
                caller(),
                deadline.day(),
                deadline.moved(),
                changeNote);
        em.persist(issued);
        minutes.issued(issued.getNumber(), minutes.isMinuta());
        Records.flush(em, minutes);
        audit.changed(minutes, AuditAction.ISSUED, before);
        if (minutes.isMinuta()) {
            byte[] pdf = MinutesPdf.render(content, ledger.stamp(minutes, issued, MinutesPdf.State.SENT, null));
            audit.created(archive.store(
                    minutes,
                    MinutesFileKind.ARCHIVE,
                    null,
                    MinutesNotices.fileName(minutes, issued.getNumber()),
                    pdf,
                    caller()));
            notices.minuta(minutes, issued, pdf, notices.allRepresentatives());
            return issued;
        }
        attachToNextSession(minutes, issued);
        byte[] pdf = ledger.draftPdf(minutes, issued);
        var reviewers = notices.representativesOf(
                drafter.presentAt(minutes.getMeeting()).values());
        if (previous.isEmpty()) {
            notices.reviewRequest(minutes, issued, pdf, reviewers);
        } else {
            var changes = MinutesDiff.compare(contentOf(previous.get()), content);
            notices.newVersion(minutes, issued, MinutesDiff.text(changes, LOCALE), pdf, reviewers);
        }
        return issued;
    }

    /** The secretary's answer to an observation: accepted, or not accepted with the reason. */
    public MinutesObservation answer(Long observationId, long version, ObservationAnswer answer, String reason) {
        MinutesObservation observation = Records.current(em, MinutesObservation.class, observationId, version);
        if (observation.getMinutes().getStatus().isFrozen()) {
            throw new BusinessRuleException("minutes.frozen");
        }
        if (answer == null) {
            throw BusinessRuleException.onField("answer", "minutes.answerRequired");
        }
        String why = blankToNull(reason);
        if (answer == ObservationAnswer.NOT_ACCEPTED && why == null) {
            throw BusinessRuleException.onField("reason", "minutes.reasonRequired");
        }
        if (why != null && why.length() > MinutesObservation.REASON_MAXLENGTH) {
            throw BusinessRuleException.onField("reason", "form.tooLong");
        }
        Map<String, Object> before = observation.auditState();
        observation.answer(answer, why, clock.instant(), caller());
        Records.flush(em, observation);
        audit.updated(observation, before);
        return observation;
    }

    /**
     * Records that the session approved the version in circulation (the Reglamento's rule, art. 19 c): the minutes
     * are frozen, archived as a PDF with their approvals, and the members are told.
     */
    public Minutes recordApproval(Long minutesId, long version, Long sessionId, String agreement) {
        Minutes minutes = ledger.lock(minutesId, version);
        if (minutes.getStatus() != MinutesStatus.IN_REVIEW) {
            throw new BusinessRuleException(minutes.getStatus().isFrozen() ? "minutes.frozen" : "minutes.notInReview");
        }
        Meeting session = sessionId == null ? null : em.find(Meeting.class, sessionId);
        if (session == null || !session.isSession()) {
            throw BusinessRuleException.onField("session", "minutes.sessionRequired");
        }
        if (session.getStatus() != MeetingStatus.HELD) {
            throw BusinessRuleException.onField("session", "minutes.sessionNotHeld");
        }
        if (!session.getStartsAt().isAfter(minutes.getMeeting().getStartsAt())) {
            throw BusinessRuleException.onField("session", "minutes.sessionBefore");
        }
        String code = blankToNull(agreement);
        if (code != null && code.length() > Minutes.AGREEMENT_MAXLENGTH) {
            throw BusinessRuleException.onField("agreement", "form.tooLong");
        }
        ledger.approve(minutes, ApprovalRule.SESSION, session.getDay(), session, code);
        return minutes;
    }

    /** Archives the scan of the paper copy with the signatures, beside the PDF, with its own SHA-256. */
    public MinutesFile uploadScan(Long minutesId, String fileName, InputStream content) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        if (minutes == null || minutes.getStatus() != MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.scanNeedsApproval");
        }
        String type = mx.costjalisco.gms.platform.files.FileStore.typeOf(fileName);
        if (!List.of("application/pdf", "image/jpeg", "image/png").contains(type)) {
            throw BusinessRuleException.onField("file", "minutes.scanType");
        }
        MinutesFile file = archive.store(minutes, MinutesFileKind.SCAN, safeName(fileName), content, caller());
        audit.created(file);
        return file;
    }

    /**
     * A correction of frozen minutes, typed as plain text: numbered, archived as its own PDF; the approved text stays
     * as it was.
     */
    public MinutesAddendum addAddendum(Long minutesId, String text, String reason) {
        Minutes minutes = ledger.lock(minutesId, null);
        if (!minutes.getStatus().isFrozen()) {
            throw new BusinessRuleException("minutes.addendumNeedsApproval");
        }
        String clean = RichText.fromPlainText(text);
        if (clean.isEmpty()) {
            throw BusinessRuleException.onField("addendum", "minutes.addendumEmpty");
        }
        if (clean.length() > RichText.MAX_LENGTH) {
            throw BusinessRuleException.onField("addendum", "minutes.narrativeTooLong");
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw BusinessRuleException.onField("addendumReason", "minutes.reasonRequired");
        }
        if (why.length() > MinutesAddendum.REASON_MAXLENGTH) {
            throw BusinessRuleException.onField("addendumReason", "form.tooLong");
        }
        int number = addenda(minutesId).size() + 1;
        MinutesAddendum addendum = new MinutesAddendum(minutes, number, clean, why, clock.instant(), caller());
        em.persist(addendum);
        audit.created(addendum);
        MinutesVersion current = version(minutesId, minutes.getCurrentNumber()).orElseThrow();
        byte[] pdf =
                MinutesPdf.renderAddendum(contentOf(current), number, clean, why, now(), current.getContentSha256());
        String name =
                MinutesNotices.fileName(minutes, current.getNumber()).replace(".pdf", "-adenda" + number + ".pdf");
        audit.created(archive.store(minutes, MinutesFileKind.ADDENDUM, addendum, name, pdf, caller()));
        return addendum;
    }

    /** Every archived file read back and compared with its recorded SHA-256. */
    public List<MinutesArchive.Check> integrity() {
        return archive.check();
    }

    // --- shared with the members' side --------------------------------------------------------------------------

    /**
     * The minutes go on the agenda of the next ordinary session by themselves: its point "reading, approval and
     * signature of the previous minutes" names them and their version.
     */
    private void attachToNextSession(Minutes minutes, MinutesVersion version) {
        Meeting meeting = minutes.getMeeting();
        Meeting next = em.createQuery(
                        "SELECT m FROM Meeting m WHERE m.kind = :kind AND m.startsAt > :after"
                                + " AND m.status IN :open ORDER BY m.startsAt",
                        Meeting.class)
                .setParameter("kind", MeetingKind.ORDINARY)
                .setParameter("after", meeting.getStartsAt())
                .setParameter("open", List.of(MeetingStatus.PLANNED, MeetingStatus.CONVENED))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(minutes.getApprovalMeeting());
        if (next == null) {
            return;
        }
        Meeting previous = minutes.getApprovalMeeting();
        minutes.setApprovalMeeting(next);
        em.flush();
        describePreviousMinutesPoint(next);
        if (previous != null && !previous.equals(next)) {
            describePreviousMinutesPoint(previous);
        }
    }

    /** Point 3 of a session's agenda names the minutes in review it approves, with their versions. */
    private void describePreviousMinutesPoint(Meeting session) {
        List<String> pending = new ArrayList<>();
        for (Minutes due : forApprovalAt(session.getId())) {
            if (due.getStatus() == MinutesStatus.IN_REVIEW) {
                pending.add(Bundle.text(
                        LOCALE,
                        "minutes.agendaLine",
                        MeetingTexts.name(due.getMeeting(), LOCALE),
                        due.getCurrentNumber()));
            }
        }
        String description =
                pending.isEmpty() ? null : truncate(String.join("; ", pending), AgendaItem.DESCRIPTION_MAXLENGTH);
        em.createNamedQuery(AgendaItem.FIND_BY_MEETING, AgendaItem.class)
                .setParameter("meetingId", session.getId())
                .getResultStream()
                .filter(item -> item.isFixed() && item.getPosition() == AgendaTemplate.PREVIOUS_MINUTES_POSITION)
                .filter(item -> !java.util.Objects.equals(item.getDescription(), description))
                .findFirst()
                .ifPresent(item -> {
                    Map<String, Object> before = item.auditState();
                    item.setDescription(description);
                    audit.updated(item, before);
                });
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(time.zone());
    }

    String caller() {
        return security.getCallerPrincipal().getName();
    }

    static String date(LocalDate day) {
        return MinutesStatement.date(day, LOCALE);
    }

    private static final int MAX_NAME = 200;

    /** The last part of an uploaded file's name, without control characters (it goes into a download header). */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        name = name.isEmpty() || name.startsWith(".") ? "archivo" + name : name;
        if (name.length() > MAX_NAME) { // the column holds 255; keep the extension
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
