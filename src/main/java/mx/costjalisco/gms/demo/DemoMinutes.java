package mx.costjalisco.gms.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.DecisionMethod;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.Outcome;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.minutes.control.MinutesArchive;
import mx.costjalisco.gms.minutes.control.MinutesContent;
import mx.costjalisco.gms.minutes.control.MinutesDrafter;
import mx.costjalisco.gms.minutes.control.MinutesJson;
import mx.costjalisco.gms.minutes.control.MinutesNotices;
import mx.costjalisco.gms.minutes.control.MinutesPdf;
import mx.costjalisco.gms.minutes.control.MinutesStatement;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesApproval;
import mx.costjalisco.gms.minutes.entity.MinutesFileKind;
import mx.costjalisco.gms.minutes.entity.MinutesNarrative;
import mx.costjalisco.gms.minutes.entity.MinutesObservation;
import mx.costjalisco.gms.minutes.entity.MinutesSignature;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.minutes.entity.ObservationAnswer;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The minutes of the second ordinary session of 2023 as they went: drafted by the Secretaría Técnica, circulated on
 * 23 May, observed by two members (one observation accepted, one not), reissued as version 2 on 1 June, approved in
 * the application by most institutions present, and approved and signed at the third ordinary session on 17 August,
 * which recorded it as its first agreement. Loaded once: only when no minutes exist yet.
 */
@Dependent
public class DemoMinutes {

    static final String SECRETARY = "secretaria@demo.example";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesDrafter drafter;

    @Inject
    private MinutesArchive archive;

    @Inject
    private AuditLog audit;

    /** Adds the demo minutes; returns how many records it added (0 when minutes exist already). */
    int load(ZoneId zone) {
        if (em.createQuery("SELECT COUNT(m) FROM Minutes m", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Meeting second = session(2);
        Meeting third = session(3);
        if (second == null || third == null) {
            return 0;
        }
        List<Object> added = new ArrayList<>();
        Minutes minutes = new Minutes(second, MinutesContent.ACTA, at(2023, 5, 19, 10, zone), SECRETARY);
        persist(minutes, added);

        Map<Long, String> narratives = narratives(second);
        narratives.forEach((itemId, html) -> {
            MinutesNarrative narrative = new MinutesNarrative(minutes, em.find(AgendaItem.class, itemId));
            narrative.write(html, at(2023, 5, 22, 13, zone), SECRETARY);
            persist(narrative, added);
        });
        MinutesContent first = drafter.contentOf(second, narratives);
        MinutesVersion v1 =
                version(minutes, 1, first, at(2023, 5, 23, 9, zone), LocalDate.of(2023, 5, 30), null, added);
        minutes.issued(1, false);

        Map<String, Attendance> present = present(second);
        AgendaItem platformItem = item(second, "Propuesta de la versión 2");
        approve(v1, present.get("Gobierno del Estado de Jalisco"), at(2023, 5, 24, 11, zone), added);
        MinutesObservation precise = new MinutesObservation(
                v1,
                platformItem,
                present.get("Universidad de Guadalajara").getInstitution(),
                present.get("Universidad de Guadalajara").getPerson(),
                "Sugiero precisar que la versión 2 de la plataforma incorporará los indicadores de divulgación"
                        + " proactiva del estándar CoST IDS, como se acordó en la sesión.",
                at(2023, 5, 25, 17, zone));
        precise.answer(
                ObservationAnswer.ACCEPTED,
                "Se incorporó la precisión en la narrativa del punto 5.2.",
                at(2023, 5, 31, 10, zone),
                SECRETARY);
        persist(precise, added);
        MinutesObservation list = new MinutesObservation(
                v1,
                null,
                present.get("Ayuntamiento de Zapopan").getInstitution(),
                present.get("Ayuntamiento de Zapopan").getPerson(),
                "Solicitamos que el acta incluya la lista de los ayuntamientos interesados en firmar convenio.",
                at(2023, 5, 26, 12, zone));
        list.answer(
                ObservationAnswer.NOT_ACCEPTED,
                "La lista no se presentó en la sesión; se informará en el seguimiento de acuerdos de la siguiente.",
                at(2023, 5, 31, 10, zone),
                SECRETARY);
        persist(list, added);

        String revised = narratives
                .get(platformItem.getId())
                .replace(
                        "<p>El GMS aprobó la ruta de trabajo",
                        "<p>La versión 2 incorporará los <strong>indicadores de divulgación proactiva del estándar"
                                + " CoST IDS</strong>.</p><p>El GMS aprobó la ruta de trabajo");
        narratives.put(platformItem.getId(), revised);
        em.createNamedQuery(MinutesNarrative.FIND_BY_MINUTES, MinutesNarrative.class)
                .setParameter("minutesId", minutes.getId())
                .getResultStream()
                .filter(n -> n.getAgendaItem().equals(platformItem))
                .forEach(n -> n.write(revised, at(2023, 5, 31, 11, zone), SECRETARY));
        MinutesVersion v2 = version(
                minutes,
                2,
                drafter.contentOf(second, narratives),
                at(2023, 6, 1, 9, zone),
                LocalDate.of(2023, 6, 8),
                "Se atendieron las observaciones de la Universidad de Guadalajara y del Ayuntamiento de Zapopan.",
                added);
        minutes.issued(2, false);
        int[] days = {1, 1, 2, 2, 2, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8};
        int given = 0;
        for (Attendance attendance : present.values()) {
            if (!attendance.getInstitution().getName().startsWith("Ayuntamiento de Tlajomulco")) {
                int day = days[Math.min(given, days.length - 1)];
                approve(v2, attendance, at(2023, 6, day, 10 + given % 3 * 3, zone), added);
                given++;
            }
        }

        Resolution agreement =
                new Resolution(third, 1, "Se aprueba y firma el acta de la 2ª sesión ordinaria 2023, en su versión 2.");
        int voting = (int) present(third).values().stream()
                .filter(a -> !a.getInstitution().isObserver())
                .count();
        agreement.decide(DecisionMethod.CONSENSUS, voting, 0, 0, 0, Outcome.APPROVED_BY_CONSENSUS, null, List.of());
        persist(agreement, added);
        minutes.approve(ApprovalRule.SESSION, third.getDay(), at(2023, 8, 17, 10, zone), third, agreement.getCode());

        var locale = Bundle.RECORD_LOCALE;
        List<MinutesPdf.ApprovalLine> approvals = new ArrayList<>();
        em.flush();
        em.createNamedQuery(MinutesApproval.FIND_BY_MINUTES, MinutesApproval.class)
                .setParameter("minutesId", minutes.getId())
                .getResultStream()
                .filter(a -> a.counts(v2))
                .forEach(a -> approvals.add(new MinutesPdf.ApprovalLine(
                        a.getInstitution().getName(),
                        a.getPerson().getFullName(),
                        a.getApprovedAt().atZone(zone),
                        2)));
        byte[] pdf = MinutesPdf.render(
                MinutesJson.read(v2.getContentJson()),
                new MinutesPdf.Stamp(
                        2,
                        v2.getContentSha256(),
                        MinutesPdf.State.APPROVED,
                        MinutesStatement.of(minutes, locale),
                        approvals,
                        List.of(),
                        at(2023, 8, 17, 11, zone).atZone(zone)));
        added.add(archive.store(
                minutes, MinutesFileKind.ARCHIVE, null, MinutesNotices.fileName(minutes, 2), pdf, SECRETARY));
        Person secretary = em.createNamedQuery(Person.FIND_BY_EMAIL, Person.class)
                .setParameter("email", SECRETARY)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (secretary != null) {
            persist(
                    new MinutesSignature(
                            v2,
                            secretary,
                            Bundle.text(locale, "Office.TECHNICAL_SECRETARIAT"),
                            at(2023, 8, 17, 11, zone)),
                    added);
        }
        return added.size();
    }

    /** What the Secretaría Técnica wrote for each point of the second ordinary session of 2023. */
    private Map<Long, String> narratives(Meeting session) {
        Map<Long, String> texts = new HashMap<>();
        for (AgendaItem item : em.createNamedQuery(AgendaItem.FIND_BY_MEETING, AgendaItem.class)
                .setParameter("meetingId", session.getId())
                .getResultList()) {
            String title = item.getTitle();
            String html;
            if (title.startsWith("Lista de asistencia")) {
                html = "<p>La Secretaría Técnica pasó lista de asistencia y declaró el quórum legal para sesionar.</p>";
            } else if (title.startsWith("Lectura y aprobación del orden")) {
                html = "<p>Se sometió a consideración el orden del día, que se aprobó sin cambios.</p>";
            } else if (title.startsWith("Lectura y, en su caso")) {
                html = "<p>Se dio lectura al acta de la 1ª sesión ordinaria 2023, que se aprobó y firmó.</p>";
            } else if (title.startsWith("Avance del Plan")) {
                html = "<p>La Gerencia CoST presentó el avance del primer trimestre:</p><ul>"
                        + "<li>15 personas del sector público capacitadas en contratación abierta.</li>"
                        + "<li>Primera versión del manual de uso de la plataforma.</li>"
                        + "<li>Difusión en redes: <strong>1.2 millones</strong> de receptores.</li></ul>";
            } else if (title.startsWith("Propuesta de la versión 2")) {
                html = "<p>El Gobierno del Estado presentó la propuesta de la <strong>versión 2 de la plataforma"
                        + " CoST Jalisco</strong>, con estas etapas:</p><ol><li>Diagnóstico de la versión actual.</li>"
                        + "<li>Diseño de los nuevos módulos.</li><li>Pruebas con los ayuntamientos.</li></ol>"
                        + "<p>El GMS aprobó la ruta de trabajo (acuerdo GMS-2023-O2-03); la CMIC se abstuvo por"
                        + " conflicto de interés.</p>";
            } else if (title.startsWith("Convenios")) {
                html = "<p>El Ayuntamiento de Zapopan informó de las gestiones con dos ayuntamientos más para firmar"
                        + " convenios de participación.</p>";
            } else if (title.startsWith("Revisión")) {
                html = "<p>Se revisaron los acuerdos de la sesión anterior; todos están en curso.</p>";
            } else if (title.startsWith("Asuntos generales")) {
                html = "<p>No hubo asuntos generales.</p>";
            } else if (title.startsWith("Presentación de los asuntos")) {
                html = "<p>Se presentaron los tres asuntos del orden del día, que se desahogaron como sigue.</p>";
            } else if (title.startsWith("Cierre")) {
                html = "<p>Se clausuró la sesión a las 11:05 horas.</p>";
            } else {
                html = "<p>Se dio lectura a los acuerdos propuestos, que se aprobaron.</p>";
            }
            texts.put(item.getId(), html);
        }
        return texts;
    }

    private MinutesVersion version(
            Minutes minutes,
            int number,
            MinutesContent content,
            Instant at,
            LocalDate deadline,
            String note,
            List<Object> added) {
        String json = MinutesJson.write(content);
        MinutesVersion version =
                new MinutesVersion(minutes, number, json, MinutesJson.hash(json), at, SECRETARY, deadline, null, note);
        persist(version, added);
        version.reminderSent(at.plusSeconds(6 * 24 * 3600));
        return version;
    }

    private void approve(MinutesVersion version, Attendance attendance, Instant at, List<Object> added) {
        if (attendance != null && attendance.getPerson() != null) {
            persist(new MinutesApproval(version, attendance.getInstitution(), attendance.getPerson(), at), added);
        }
    }

    private Map<String, Attendance> present(Meeting session) {
        Map<String, Attendance> present = new java.util.LinkedHashMap<>();
        em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", session.getId())
                .getResultStream()
                .filter(a -> a.getStatus().isPresent() && !a.getInstitution().isObserver())
                .forEach(a -> present.put(a.getInstitution().getName(), a));
        return present;
    }

    private AgendaItem item(Meeting session, String titleStart) {
        return em.createNamedQuery(AgendaItem.FIND_BY_MEETING, AgendaItem.class)
                .setParameter("meetingId", session.getId())
                .getResultStream()
                .filter(i -> i.getTitle().startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    private Meeting session(int number) {
        return em.createNamedQuery(Meeting.FIND_BY_YEAR, Meeting.class)
                .setParameter("year", 2023)
                .getResultStream()
                .filter(m -> m.getKind() == MeetingKind.ORDINARY && m.getNumber() == number)
                .findFirst()
                .orElse(null);
    }

    private static Instant at(int year, int month, int day, int hour, ZoneId zone) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(zone).toInstant();
    }

    private void persist(Object record, List<Object> added) {
        em.persist(record);
        added.add(record);
        if (record instanceof Auditable auditable) {
            audit.created(auditable);
        }
    }
}
