package mx.costjalisco.gms.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.costjalisco.gms.meeting.control.AgendaTemplate;
import mx.costjalisco.gms.meeting.entity.ActionStatus;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.AttendanceStatus;
import mx.costjalisco.gms.meeting.entity.CalendarApproval;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.FollowUpAction;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.Outcome;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.meeting.entity.ResolutionVote;
import mx.costjalisco.gms.meeting.entity.VoteChoice;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditLog;

/**
 * The demo GMS's meetings: the 2023 calendar of the seed (activity VII: four ordinary sessions at 9:00 on 18 February,
 * 18 May, 17 August and 16 November, each after a liaison meeting), approved with the 2023 work plan on 7 December
 * 2022 in the third ordinary session of 2022; the extraordinary session of 22 September 2023 that widened the GMS and
 * elected the CMIC's representative to the Presidencia (the demo makes it extraordinary: it fell between the third and
 * fourth ordinary sessions the calendar had fixed); the 2023 sessions recorded with attendance and agreements; and an
 * upcoming ordinary session, planned but not convened, so the convocation can be tried. Loaded once: only when no
 * meeting exists yet.
 */
@Dependent
public class DemoMeetings {

    static final String PLACE = "Sala de juntas de la Secretaría de Infraestructura y Obra Pública, Av. Prolongación"
            + " Alcalde 1351, Guadalajara, Jalisco";
    static final String VIDEO = "https://meet.example.org/gms-cost-jalisco";
    /** In the demo this member misses every 2023 session without excuse, so the art. 14 c flag shows. */
    static final String OFTEN_ABSENT = "Colegio de Ingenieros Civiles del Estado de Jalisco";
    /** The days of the four ordinary sessions of 2023, as the work plan's activity VII fixed them. */
    static final List<LocalDate> ORDINARY_2023 = List.of(
            LocalDate.of(2023, 2, 18),
            LocalDate.of(2023, 5, 18),
            LocalDate.of(2023, 8, 17),
            LocalDate.of(2023, 11, 16));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private InstitutionSearch institutions;

    /** Adds the demo meetings; returns how many records it added (0 when meetings exist already). */
    int load(LocalDate today, ZoneId zone) {
        long existing =
                em.createQuery("SELECT COUNT(m) FROM Meeting m", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        List<Object> added = new ArrayList<>();
        Meeting approving = held(MeetingKind.ORDINARY, 3, LocalDate.of(2022, 12, 7), added);
        Resolution plan = resolution(
                approving,
                1,
                "Se aprueba el Plan de Trabajo 2023 del Grupo Multisectorial, con el calendario de sesiones de su"
                        + " actividad VII.",
                added);
        CalendarApproval approval = new CalendarApproval(2023);
        approval.setApprovedOn(LocalDate.of(2022, 12, 7));
        approval.setMeeting(approving);
        approval.setAgreement(plan.getCode() + ": aprobación del Plan de Trabajo 2023 y su calendario de sesiones");
        persist(approval, added);

        LocalDate[] liaison = {
            LocalDate.of(2023, 2, 9), LocalDate.of(2023, 5, 11), LocalDate.of(2023, 8, 10), LocalDate.of(2023, 11, 9)
        };
        List<Meeting> sessions = new ArrayList<>();
        for (int i = 0; i < ORDINARY_2023.size(); i++) {
            Meeting session = held(MeetingKind.ORDINARY, i + 1, ORDINARY_2023.get(i), added);
            Meeting prep = held(MeetingKind.LIAISON, i + 1, liaison[i], added);
            prep.setPrepares(session);
            agendaItem(prep, "Preparación de los asuntos de la " + (i + 1) + "ª sesión ordinaria 2023", 45, added);
            sessions.add(session);
            if (i == 2) {
                sessions.add(enlargement(added));
            }
        }
        for (Meeting session : sessions) {
            attendance(session, added);
            if (session.getKind() == MeetingKind.EXTRAORDINARY) {
                unanimous(session);
            }
        }
        secondSession(sessions.get(1), added);
        upcoming(today, added);
        return added.size();
    }

    private Meeting enlargement(List<Object> added) {
        Meeting session = held(MeetingKind.EXTRAORDINARY, 1, LocalDate.of(2023, 9, 22), added);
        session.setNotes("Ampliación del GMS y elección de la Presidencia.");
        agendaItem(session, "Incorporación de nuevas instituciones integrantes", 30, added);
        agendaItem(session, "Elección de la Presidencia del GMS", 30, added);
        Resolution enlarge = resolution(
                session,
                1,
                "Se aprueba la incorporación al GMS de la Confederación Patronal de la República Mexicana (Centro"
                        + " Empresarial de Jalisco), del Observatorio Ciudadano de Obra Pública Jalisco, del ITESO y de"
                        + " la Auditoría Superior del Estado de Jalisco.",
                added);
        Resolution chair = resolution(
                session,
                2,
                "Se elige para la Presidencia del GMS a la representación de la Cámara Mexicana de la Industria de la"
                        + " Construcción, Delegación Jalisco.",
                added);
        return session;
    }

    /** The second ordinary session of 2023, convened on the last day the Reglamento allowed, fully recorded. */
    private void secondSession(Meeting session, List<Object> added) {
        session.setRecordedAfterwards(false);
        session.convene(
                LocalDateTime.of(2023, 5, 10, 12, 0)
                        .atZone(ZoneId.of("America/Mexico_City"))
                        .toInstant(),
                null);
        session.markHeld();
        agendaItem(session, "Avance del Plan de Trabajo 2023 (primer trimestre)", 20, added);
        agendaItem(session, "Propuesta de la versión 2 de la plataforma CoST Jalisco", 30, added);
        agendaItem(session, "Convenios con nuevos ayuntamientos", 20, added);
        resolution(session, 1, "Se aprueba el orden del día.", added);
        resolution(session, 2, "Se aprueba y firma el acta de la 1ª sesión ordinaria 2023.", added);
        Resolution platform = resolution(
                session,
                3,
                "Se aprueba la ruta de trabajo para la versión 2 de la plataforma CoST Jalisco, con la incorporación de"
                        + " los indicadores de divulgación proactiva.",
                added);
        List<ResolutionVote> votes = new ArrayList<>();
        List<Attendance> present = em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", session.getId())
                .getResultStream()
                .filter(a -> a.getStatus().isPresent() && !a.getInstitution().isObserver())
                .toList();
        for (Attendance attendance : present) {
            boolean abstains = attendance.getInstitution().getName().startsWith("Cámara Mexicana");
            votes.add(new ResolutionVote(
                    attendance.getInstitution(),
                    abstains ? VoteChoice.ABSTAIN : VoteChoice.FOR,
                    abstains ? "Conflicto de interés: empresas afiliadas participan en el desarrollo." : null));
        }
        int inFavour = votes.size() - 1;
        platform.decide(
                DecisionMethod.VOTE_PER_INSTITUTION,
                present.size(),
                inFavour,
                0,
                1,
                inFavour * 2 > present.size() ? Outcome.APPROVED_BY_MAJORITY : Outcome.REJECTED,
                null,
                votes);
        Institution state = institution("Gobierno del Estado de Jalisco");
        FollowUpAction proposal = new FollowUpAction(
                platform,
                "Presentar la propuesta técnica de la versión 2 de la plataforma",
                state,
                LocalDate.of(2023, 8, 17));
        proposal.changeStatus(ActionStatus.DONE, LocalDate.of(2023, 8, 17));
        persist(proposal, added);
        FollowUpAction agreements = new FollowUpAction(
                platform,
                "Gestionar la firma de convenios de participación con dos ayuntamientos más",
                institution("Ayuntamiento de Zapopan"),
                LocalDate.of(2023, 11, 16));
        agreements.changeStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2023, 9, 1));
        persist(agreements, added);
    }

    /** An ordinary session three to four weeks ahead, with its liaison meeting, ready to be convened. */
    private void upcoming(LocalDate today, List<Object> added) {
        LocalDate day = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Meeting session = new Meeting(MeetingKind.ORDINARY, day.atTime(9, 0), day.atTime(11, 0));
        session.setPlace(PLACE);
        session.setVideoUrl(VIDEO);
        session.numberAs(nextNumber(MeetingKind.ORDINARY, day.getYear()));
        persist(session, added);
        fixedPoints(session, added);
        agendaItem(session, "Informe trimestral de avance del Plan de Trabajo", 20, added);
        agendaItem(session, "Propuesta de calendario de sesiones del año siguiente", 15, added);
        Meeting prep = new Meeting(
                MeetingKind.LIAISON,
                day.minusDays(7).atTime(10, 0),
                day.minusDays(7).atTime(11, 0));
        prep.setVideoUrl(VIDEO);
        prep.setPrepares(session);
        prep.numberAs(nextNumber(MeetingKind.LIAISON, day.getYear()));
        persist(prep, added);
        agendaItem(prep, "Preparación de la sesión ordinaria", 45, added);
    }

    private Meeting held(MeetingKind kind, int number, LocalDate day, List<Object> added) {
        LocalTime start = kind == MeetingKind.LIAISON ? LocalTime.of(10, 0) : LocalTime.of(9, 0);
        Meeting meeting = new Meeting(kind, day.atTime(start), day.atTime(start.plusHours(2)));
        meeting.setPlace(PLACE);
        meeting.setVideoUrl(VIDEO);
        meeting.setRecordedAfterwards(true);
        meeting.markHeld();
        meeting.numberAs(number);
        persist(meeting, added);
        fixedPoints(meeting, added);
        return meeting;
    }

    private void attendance(Meeting session, List<Object> added) {
        List<Institution> members = institutions.currentOn(session.getDay());
        Map<Long, List<Appointment>> appointments = institutions.currentAppointments(
                members.stream().map(Institution::getId).toList(), session.getDay());
        Set<String> alternates = Set.of("Ayuntamiento de Guadalajara", "Universidad de Guadalajara");
        for (Institution institution : members) {
            List<Appointment> held = appointments.getOrDefault(institution.getId(), List.of());
            AttendanceStatus status;
            if (institution.getName().equals(OFTEN_ABSENT)) {
                status = AttendanceStatus.ABSENT;
            } else if (alternates.contains(institution.getName())
                    && session.getStartsAt().getMonthValue() < 6) {
                status = AttendanceStatus.ALTERNATE_PRESENT;
            } else if (institution.getName().startsWith("Ayuntamiento de Tlajomulco")
                    && session.getStartsAt().getMonthValue() == 8) {
                status = AttendanceStatus.EXCUSED;
            } else {
                status = AttendanceStatus.PRIMARY_PRESENT;
            }
            AppointmentRole role =
                    status == AttendanceStatus.ALTERNATE_PRESENT ? AppointmentRole.ALTERNATE : AppointmentRole.PRIMARY;
            var person = held.stream()
                    .filter(a -> a.getRole() == role)
                    .map(Appointment::getPerson)
                    .findFirst()
                    .orElse(null);
            if (status.isPresent() && person == null) {
                status = AttendanceStatus.EXCUSED;
            }
            Attendance attendance = new Attendance(session, institution, status);
            attendance.record(status, person, true, null);
            persist(attendance, added);
        }
    }

    /** The enlargement and the election were voted and carried by every member present. */
    private void unanimous(Meeting session) {
        int present = (int) em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", session.getId())
                .getResultStream()
                .filter(a -> a.getStatus().isPresent() && !a.getInstitution().isObserver())
                .count();
        em.createNamedQuery(Resolution.FIND_BY_MEETING, Resolution.class)
                .setParameter("meetingId", session.getId())
                .getResultList()
                .forEach(r -> r.decide(
                        DecisionMethod.VOTE_TOTALS,
                        present,
                        present,
                        0,
                        0,
                        Outcome.APPROVED_UNANIMOUSLY,
                        null,
                        List.of()));
    }

    private Resolution resolution(Meeting session, int sequence, String text, List<Object> added) {
        Resolution resolution = new Resolution(session, sequence, text);
        persist(resolution, added);
        return resolution;
    }

    private void fixedPoints(Meeting meeting, List<Object> added) {
        AgendaTemplate.fixedItemsOf(meeting).forEach(item -> persist(item, added));
    }

    private void agendaItem(Meeting meeting, String title, int minutes, List<Object> added) {
        int matters = AgendaTemplate.mattersPosition(meeting.getKind()) * AgendaTemplate.POSITION_STEP;
        long own = added.stream()
                .filter(o -> o instanceof AgendaItem item && item.getMeeting() == meeting && !item.isFixed())
                .count();
        AgendaItem item = new AgendaItem(meeting, title, minutes);
        item.setPosition(matters + (int) own + 1);
        persist(item, added);
    }

    private int nextNumber(MeetingKind kind, int year) {
        Integer max = em.createNamedQuery(Meeting.MAX_NUMBER, Integer.class)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private Institution institution(String name) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void persist(Object record, List<Object> added) {
        em.persist(record);
        added.add(record);
        if (record instanceof mx.costjalisco.gms.platform.audit.Auditable auditable) {
            audit.created(auditable);
        }
    }
}
