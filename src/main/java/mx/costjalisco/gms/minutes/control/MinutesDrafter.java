package mx.costjalisco.gms.minutes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.costjalisco.gms.meeting.control.AgendaTemplate;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.meeting.control.QuorumRule;
import mx.costjalisco.gms.meeting.control.ResultSentence;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.FollowUpAction;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.OfficeTerm;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesNarrative;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * Fills the minutes from the session's record — place, date and times, who chaired, the attendance list by
 * institution and representative, the quorum statement, the agenda, each agreement with its vote and result, the
 * follow-up actions — and adds the secretary's narratives. Always from the record as it stands, so a correction of
 * the attendance or of an agreement reaches the next version.
 */
@ApplicationScoped
public class MinutesDrafter {

    /** Minutes are written in the GMS's language, whatever the secretary's screen shows. */
    static final Locale LOCALE = Bundle.RECORD_LOCALE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notices notices;

    @Inject
    private InstitutionSearch institutions;

    @Inject
    private MeetingRules meetingRules;

    /** The content the next version would have: the record now and the working copy's narratives. */
    public MinutesContent contentOf(Minutes minutes) {
        Map<Long, String> narratives = new HashMap<>();
        for (MinutesNarrative narrative : em.createNamedQuery(MinutesNarrative.FIND_BY_MINUTES, MinutesNarrative.class)
                .setParameter("minutesId", minutes.getId())
                .getResultList()) {
            narratives.put(narrative.getAgendaItem().getId(), narrative.getHtml());
        }
        return contentOf(minutes.getMeeting(), narratives);
    }

    public MinutesContent contentOf(Meeting meeting, Map<Long, String> narratives) {
        List<AgendaItem> agenda = notices.agendaOf(meeting);
        List<String> numbers = AgendaTemplate.numbers(agenda);
        List<MinutesContent.Item> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            items.add(new MinutesContent.Item(
                    item.getId(), numbers.get(i), item.getTitle(), narratives.getOrDefault(item.getId(), "")));
        }
        List<Attendance> recorded = em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", meeting.getId())
                .getResultList();
        List<MinutesContent.Attendee> attendance = attendance(meeting, recorded);
        List<Resolution> resolutions = em.createNamedQuery(Resolution.FIND_BY_MEETING, Resolution.class)
                .setParameter("meetingId", meeting.getId())
                .getResultList();
        List<MinutesContent.Agreement> agreements = new ArrayList<>();
        List<MinutesContent.Action> actions = new ArrayList<>();
        for (Resolution resolution : resolutions) {
            agreements.add(new MinutesContent.Agreement(
                    resolution.getCode(),
                    resolution.getText(),
                    vote(resolution),
                    ResultSentence.of(resolution, LOCALE)));
            for (FollowUpAction action : resolution.getActions()) {
                actions.add(new MinutesContent.Action(
                        resolution.getCode(),
                        action.getDescription(),
                        action.getInstitution() == null
                                ? null
                                : action.getInstitution().getName(),
                        action.getDueOn(),
                        Bundle.label(LOCALE, action.getStatus())));
            }
        }
        return new MinutesContent(
                meeting.isSession() ? MinutesContent.ACTA : MinutesContent.MINUTA,
                MeetingTexts.name(meeting, LOCALE),
                Bundle.label(LOCALE, meeting.getKind()),
                meeting.getDay(),
                meeting.getStartsAt().toLocalTime(),
                meeting.getEndsAt().toLocalTime(),
                MeetingTexts.where(meeting, LOCALE),
                meeting.getChairedBy() == null ? null : meeting.getChairedBy().getFullName(),
                secretaryOn(meeting.getDay()),
                attendance,
                meeting.isSession() ? quorumStatement(meeting, recorded) : null,
                items,
                agreements,
                actions);
    }

    /**
     * The member institutions present at the meeting (titular or suplente attended), by id: those who approve.
     * Observers have a voice but no vote (art. 13), so they neither approve nor count.
     */
    public Map<Long, Institution> presentAt(Meeting meeting) {
        Map<Long, Institution> present = new LinkedHashMap<>();
        em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", meeting.getId())
                .getResultStream()
                .filter(a -> a.getStatus().isPresent() && !a.getInstitution().isObserver())
                .sorted(Comparator.comparing(
                                (Attendance a) -> a.getInstitution().getSector())
                        .thenComparing(a -> a.getInstitution().getName()))
                .forEach(a -> present.put(a.getInstitution().getId(), a.getInstitution()));
        return present;
    }

    private List<MinutesContent.Attendee> attendance(Meeting meeting, List<Attendance> recorded) {
        Map<Long, Attendance> byInstitution = new HashMap<>();
        recorded.forEach(a -> byInstitution.put(a.getInstitution().getId(), a));
        List<Institution> listed = new ArrayList<>(institutions.currentOn(meeting.getDay()));
        recorded.stream()
                .map(Attendance::getInstitution)
                .filter(i -> !listed.contains(i))
                .forEach(listed::add);
        listed.sort(Comparator.comparing(Institution::getSector).thenComparing(Institution::getName));
        List<MinutesContent.Attendee> lines = new ArrayList<>();
        for (Institution institution : listed) {
            Attendance attendance = byInstitution.get(institution.getId());
            String name = institution.getName()
                    + (institution.isObserver() ? " (" + Bundle.text(LOCALE, "institution.observer") + ")" : "");
            lines.add(new MinutesContent.Attendee(
                    name,
                    Bundle.label(LOCALE, institution.getSector()),
                    attendance == null
                            ? Bundle.text(LOCALE, "minutes.attendance.notRecorded")
                            : Bundle.label(LOCALE, attendance.getStatus()),
                    attendance == null || attendance.getPerson() == null
                            ? null
                            : attendance.getPerson().getFullName(),
                    attendance != null && attendance.getStatus().isPresent()));
        }
        return lines;
    }

    private String quorumStatement(Meeting meeting, List<Attendance> recorded) {
        if (meeting.isQuorumFailed()) {
            return Bundle.text(LOCALE, "minutes.quorum.failed")
                    + (meeting.getQuorumNote() == null ? "" : " " + meeting.getQuorumNote());
        }
        if (recorded.isEmpty()) {
            return Bundle.text(LOCALE, "minutes.quorum.notRecorded");
        }
        Map<Long, Boolean> present = new HashMap<>();
        recorded.forEach(
                a -> present.put(a.getInstitution().getId(), a.getStatus().isPresent()));
        QuorumRule.Result result = meetingRules
                .quorum()
                .evaluate(institutions.currentOn(meeting.getDay()).stream()
                        .filter(i -> !i.isObserver())
                        .map(i -> new QuorumRule.Seat(i.getSector(), present.getOrDefault(i.getId(), false)))
                        .toList());
        return Bundle.text(
                LOCALE,
                result.isMet() ? "minutes.quorum.met" : "minutes.quorum.notMet",
                result.present(),
                result.members(),
                result.required());
    }

    private static String vote(Resolution resolution) {
        if (resolution.getDecidedBy() == DecisionMethod.CONSENSUS) {
            return Bundle.label(LOCALE, DecisionMethod.CONSENSUS);
        }
        String vote = Bundle.text(
                LOCALE,
                "minutes.vote",
                resolution.getVotesFor(),
                resolution.getVotesAgainst(),
                resolution.getAbstentions());
        return resolution.getAbstentionNote() == null ? vote : vote + " " + resolution.getAbstentionNote();
    }

    private String secretaryOn(LocalDate day) {
        return em.createNamedQuery(OfficeTerm.FIND_CURRENT, OfficeTerm.class)
                .setParameter("day", day)
                .getResultStream()
                .filter(term -> term.getOffice() == Office.TECHNICAL_SECRETARIAT)
                .map(term -> term.getPerson().getFullName())
                .findFirst()
                .orElse(null);
    }
}
