package mx.costjalisco.gms.minutes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesApproval;
import mx.costjalisco.gms.minutes.entity.MinutesFile;
import mx.costjalisco.gms.minutes.entity.MinutesFileKind;
import mx.costjalisco.gms.minutes.entity.MinutesSignature;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.config.TimeConfiguration;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * What the secretary's and the members' services share about one minutes: the lock that keeps issuing, approving and
 * signing from interleaving, the versions and the approvals given, the tally of the approval rule, and freezing
 * approved minutes (the archived PDF with its approvals, the notice to the members). Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class MinutesLedger {

    static final Locale LOCALE = Bundle.RECORD_LOCALE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesDrafter drafter;

    @Inject
    private MinutesNotices notices;

    @Inject
    private MinutesArchive archive;

    @Inject
    private TimeConfiguration time;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    public Optional<MinutesVersion> version(Long minutesId, int number) {
        return em.createNamedQuery(MinutesVersion.FIND_NUMBER, MinutesVersion.class)
                .setParameter("minutesId", minutesId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public List<MinutesApproval> approvals(Long minutesId) {
        return em.createNamedQuery(MinutesApproval.FIND_BY_MINUTES, MinutesApproval.class)
                .setParameter("minutesId", minutesId)
                .getResultList();
    }

    public List<MinutesSignature> signatures(Long minutesId) {
        return em.createNamedQuery(MinutesSignature.FIND_BY_MINUTES, MinutesSignature.class)
                .setParameter("minutesId", minutesId)
                .getResultList();
    }

    /** The member institutions present at the minutes' meeting, by id. */
    public Map<Long, Institution> presentAt(Minutes minutes) {
        return drafter.presentAt(minutes.getMeeting());
    }

    /** Freezes approved minutes: the approval recorded, the PDF archived with its approvals, the members told. */
    public void approve(Minutes minutes, ApprovalRule rule, LocalDate on, Meeting session, String agreement) {
        MinutesVersion current =
                version(minutes.getId(), minutes.getCurrentNumber()).orElseThrow();
        Map<String, Object> before = minutes.auditState();
        minutes.approve(rule, on, clock.instant(), session, agreement);
        Records.flush(em, minutes);
        audit.changed(minutes, AuditAction.APPROVED, before);
        String statement = MinutesStatement.of(minutes, LOCALE);
        byte[] pdf = MinutesPdf.render(
                MinutesJson.read(current.getContentJson()),
                stamp(minutes, current, MinutesPdf.State.APPROVED, statement));
        MinutesFile file = archive.store(
                minutes,
                MinutesFileKind.ARCHIVE,
                null,
                MinutesNotices.fileName(minutes, current.getNumber()),
                pdf,
                caller());
        audit.created(file);
        notices.approved(minutes, current, statement, pdf, notices.allRepresentatives());
    }

    /**
     * The minutes, locked for the rest of the transaction: issuing a version, approving and signing take this lock
     * first, so they never interleave on the same minutes.
     */
    public Minutes lock(Long minutesId, Long expectedVersion) {
        Minutes minutes = minutesId == null ? null : em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            throw new BusinessRuleException("minutes.noMinutes");
        }
        if (expectedVersion != null && minutes.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Minutes.class.getSimpleName(), minutesId);
        }
        return minutes;
    }

    public MinutesPdf.Stamp stamp(Minutes minutes, MinutesVersion version, MinutesPdf.State state, String statement) {
        List<MinutesPdf.ApprovalLine> lines = new ArrayList<>();
        for (MinutesApproval approval : approvals(minutes.getId())) {
            if (approval.counts(version)) {
                lines.add(new MinutesPdf.ApprovalLine(
                        approval.getInstitution().getName(),
                        approval.getPerson().getFullName(),
                        approval.getApprovedAt().atZone(time.zone()),
                        version.getNumber()));
            }
        }
        return new MinutesPdf.Stamp(
                version.getNumber(), version.getContentSha256(), state, statement, lines, List.of(), now());
    }

    public byte[] draftPdf(Minutes minutes, MinutesVersion version) {
        return MinutesPdf.render(
                MinutesJson.read(version.getContentJson()), stamp(minutes, version, MinutesPdf.State.DRAFT, null));
    }

    /** Who of those present has approved this version. */
    public ApprovalTally tally(Minutes minutes, MinutesVersion current) {
        List<ApprovalTally.Party> present = drafter.presentAt(minutes.getMeeting()).values().stream()
                .map(i -> new ApprovalTally.Party(i.getId(), i.getName()))
                .toList();
        List<ApprovalTally.Given> given = approvals(minutes.getId()).stream()
                .map(a -> new ApprovalTally.Given(
                        a.getInstitution().getId(), a.getMinutesVersion().getId(), a.getContentSha256()))
                .toList();
        return ApprovalTally.of(
                present,
                given,
                current == null ? -1 : current.getId(),
                current == null ? "" : current.getContentSha256());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(time.zone());
    }

    private String caller() {
        var principal = security.getCallerPrincipal();
        return principal == null ? AuditLog.SYSTEM : principal.getName();
    }
}
