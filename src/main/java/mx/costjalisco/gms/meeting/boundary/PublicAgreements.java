package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.ResultSentence;
import mx.costjalisco.gms.meeting.entity.ActionStatus;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.FollowUpAction;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The sessions' agreements as anyone reads them: the agreements of sessions held (art. 17: sessions are public), with
 * how they were decided and their follow-up. Agreements of planned or cancelled sessions, of liaison meetings, and
 * withdrawn ones are never published; an action names its responsible institution, never a person or a contact.
 */
@Stateless
@PermitAll
public class PublicAgreements {

    /** One agreement as published. Vote counts only when it was voted; {@code present} when attendance was taken. */
    public record PublishedAgreement(
            Long id,
            String code,
            int number,
            Long sessionId,
            String session,
            String sessionKind,
            LocalDate sessionDay,
            String text,
            String decidedBy,
            String decidedByLabel,
            String outcome,
            String outcomeLabel,
            String result,
            Integer present,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions,
            int actionsTotal,
            int actionsDone,
            int actionsOverdue,
            List<PublishedAction> actions)
            implements Serializable {}

    /** A follow-up action as published: what, which institution, by when, and how it stands. */
    public record PublishedAction(
            Long id,
            String description,
            String institution,
            LocalDate dueOn,
            String status,
            String statusLabel,
            LocalDate doneOn,
            boolean overdue)
            implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Every published agreement, by session date and number; only a year's when {@code year} is given. */
    public List<PublishedAgreement> published(Integer year) {
        List<Resolution> resolutions = year == null
                ? em.createNamedQuery(Resolution.FIND_PUBLISHED, Resolution.class)
                        .getResultList()
                : em.createNamedQuery(Resolution.FIND_PUBLISHED_IN_YEAR, Resolution.class)
                        .setParameter("year", year)
                        .getResultList();
        return publish(resolutions);
    }

    /** One published agreement by its code ({@code GMS-2023-O2-03}, any case) or its id. */
    public Optional<PublishedAgreement> published(String codeOrId) {
        if (codeOrId == null || codeOrId.isBlank()) {
            return Optional.empty();
        }
        String key = codeOrId.strip();
        Optional<Resolution> found = key.matches("\\d{1,18}")
                ? Optional.ofNullable(em.find(Resolution.class, Long.valueOf(key)))
                : em.createNamedQuery(Resolution.FIND_BY_CODE, Resolution.class)
                        .setParameter("code", key.toUpperCase(Locale.ROOT))
                        .getResultStream()
                        .findFirst();
        return found.filter(Resolution::isPublished)
                .map(r -> publish(List.of(r)).get(0));
    }

    private List<PublishedAgreement> publish(List<Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FollowUpAction>> actions = em.createNamedQuery(
                        FollowUpAction.FIND_BY_RESOLUTIONS, FollowUpAction.class)
                .setParameter(
                        "resolutionIds",
                        resolutions.stream().map(Resolution::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(a -> a.getResolution().getId()));
        LocalDate today = LocalDate.now(clock);
        return resolutions.stream()
                .map(r -> publish(r, actions.getOrDefault(r.getId(), List.of()), today))
                .toList();
    }

    private static PublishedAgreement publish(Resolution resolution, List<FollowUpAction> actions, LocalDate today) {
        Locale locale = Bundle.RECORD_LOCALE;
        boolean voted = resolution.getDecidedBy() != DecisionMethod.CONSENSUS;
        List<PublishedAction> published =
                actions.stream().map(a -> publish(a, today)).toList();
        return new PublishedAgreement(
                resolution.getId(),
                resolution.getCode(),
                resolution.getSequenceNumber(),
                resolution.getMeeting().getId(),
                MeetingTexts.name(resolution.getMeeting(), locale),
                resolution.getMeeting().getKind().name(),
                resolution.getMeeting().getDay(),
                resolution.getText(),
                resolution.getDecidedBy().name(),
                Bundle.label(locale, resolution.getDecidedBy()),
                resolution.getOutcome().name(),
                Bundle.label(locale, resolution.getOutcome()),
                ResultSentence.of(resolution, locale),
                resolution.getPresent() > 0 ? resolution.getPresent() : null,
                voted ? resolution.getVotesFor() : null,
                voted ? resolution.getVotesAgainst() : null,
                voted ? resolution.getAbstentions() : null,
                published.size(),
                (int) actions.stream()
                        .filter(a -> a.getStatus() == ActionStatus.DONE)
                        .count(),
                (int) published.stream().filter(PublishedAction::overdue).count(),
                published);
    }

    private static PublishedAction publish(FollowUpAction action, LocalDate today) {
        return new PublishedAction(
                action.getId(),
                action.getDescription(),
                action.getInstitution() == null ? null : action.getInstitution().getName(),
                action.getDueOn(),
                action.getStatus().name(),
                Bundle.label(Bundle.RECORD_LOCALE, action.getStatus()),
                action.getDoneOn(),
                action.isOverdueOn(today));
    }
}
