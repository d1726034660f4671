package mx.costjalisco.gms.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingDocument;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.calendar.BusinessCalendar;
import mx.costjalisco.gms.platform.calendar.BusinessDays;
import mx.costjalisco.gms.platform.config.TimeConfiguration;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.ical.CalendarEvent;
import mx.costjalisco.gms.platform.ical.ICalendars;
import mx.costjalisco.gms.platform.mail.MailAttachment;
import mx.costjalisco.gms.platform.mail.MailContent;
import mx.costjalisco.gms.platform.mail.Outbox;
import mx.costjalisco.gms.platform.mail.Recipient;
import mx.costjalisco.gms.platform.web.Bundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a meeting's notices — convocation, update, cancellation, reminder — to the outbox, inside the caller's
 * transaction: the notice goes out only if the change commits. Each carries the same calendar event (one UID per
 * meeting, its sequence growing with every change), so calendar applications update or remove the event they have.
 */
@ApplicationScoped
public class Notices {

    /** Notices are written in the GMS's language, whatever the secretary's screen shows. */
    static final Locale LOCALE = Bundle.RECORD_LOCALE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private BusinessDays businessDays;

    @Inject
    private MeetingRules rules;

    @Inject
    private InstitutionSearch institutions;

    @Inject
    private ConvocationPdf convocationPdf;

    @Inject
    private FileStore files;

    @Inject
    private TimeConfiguration time;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    @Inject
    @ConfigProperty(name = "gms.mail.from", defaultValue = "gms@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "gms.mail.from-name", defaultValue = "Grupo Multisectorial de CoST Jalisco")
    private String fromName;

    public BusinessCalendar calendar() {
        return businessDays.calendar();
    }

    public Notice notice(Meeting meeting) {
        return notice(meeting, calendar());
    }

    /** The notice of a meeting on a calendar already at hand (a list of meetings builds the calendar once). */
    public Notice notice(Meeting meeting, BusinessCalendar calendar) {
        return Notice.of(calendar, meeting.getDay(), rules.noticeBusinessDays(), LocalDate.now(clock));
    }

    public int noticeBusinessDays() {
        return rules.noticeBusinessDays();
    }

    public LocalDate deadline(LocalDate meetingDay) {
        return calendar().latestNoticeDay(meetingDay, rules.noticeBusinessDays());
    }

    /** Sending today would give less notice than the Reglamento asks (art. 18). */
    public boolean isLate(LocalDate meetingDay) {
        return LocalDate.now(clock).isAfter(deadline(meetingDay));
    }

    /**
     * Every current titular and suplente of the current member institutions and observers (they have a voice); for a
     * liaison meeting, the liaisons. Institutions with nobody to write to are returned apart.
     */
    public Recipients recipientsOf(Meeting meeting) {
        Set<AppointmentRole> roles = meeting.isSession()
                ? EnumSet.of(AppointmentRole.PRIMARY, AppointmentRole.ALTERNATE)
                : EnumSet.of(AppointmentRole.LIAISON, AppointmentRole.COMMUNICATIONS_LIAISON);
        return recipientsOf(institutions.currentOn(LocalDate.now(clock)), roles);
    }

    /**
     * The people who currently hold one of the roles in the given institutions, each address once (titulares before
     * suplentes), and the institutions with nobody in those roles.
     */
    public Recipients recipientsOf(List<Institution> of, Set<AppointmentRole> roles) {
        Map<Long, List<Appointment>> appointments = institutions.currentAppointments(
                of.stream().map(Institution::getId).toList(), LocalDate.now(clock));
        Map<String, Recipient> people = new LinkedHashMap<>();
        List<Institution> without = new ArrayList<>();
        for (Institution institution : of) {
            List<Appointment> holders = appointments.getOrDefault(institution.getId(), List.of()).stream()
                    .filter(a -> roles.contains(a.getRole()))
                    .sorted((a, b) -> a.getRole().compareTo(b.getRole()))
                    .toList();
            if (holders.isEmpty()) {
                without.add(institution);
            }
            for (Appointment holder : holders) {
                people.putIfAbsent(
                        holder.getPerson().getEmail(),
                        new Recipient(
                                holder.getPerson().getEmail(),
                                holder.getPerson().getFullName(),
                                holder.getPerson().getId()));
            }
        }
        return new Recipients(List.copyOf(people.values()), without);
    }

    public void convocation(Meeting meeting, Recipients recipients) {
        List<MailAttachment> attachments = new ArrayList<>();
        attachments.add(new MailAttachment(
                fileName(meeting, "convocatoria") + ".pdf", "application/pdf", convocationPdf.render(meeting)));
        for (MeetingDocument document : documentsOf(meeting)) {
            attachments.add(new MailAttachment(
                    document.getFileName(), document.getContentType(), files.read(document.getSha256())));
        }
        String name = MeetingTexts.name(meeting, LOCALE);
        String subject = Bundle.text(LOCALE, "mail.convocation.subject", name, MeetingTexts.when(meeting, LOCALE));
        String intro = Bundle.text(LOCALE, "mail.convocation.intro", name);
        send(meeting, "convocation", subject, intro, null, attachments, recipients.people(), false);
    }

    public void reminder(Meeting meeting) {
        String name = MeetingTexts.name(meeting, LOCALE);
        String subject = Bundle.text(LOCALE, "mail.reminder.subject", name, MeetingTexts.when(meeting, LOCALE));
        String intro = Bundle.text(LOCALE, "mail.reminder.intro", name);
        send(
                meeting,
                "reminder",
                subject,
                intro,
                null,
                List.of(),
                recipientsOf(meeting).people(),
                false);
    }

    public void update(Meeting meeting, String reason) {
        String name = MeetingTexts.name(meeting, LOCALE);
        String subject = Bundle.text(LOCALE, "mail.update.subject", name, MeetingTexts.when(meeting, LOCALE));
        String intro = Bundle.text(LOCALE, "mail.update.intro", name);
        send(
                meeting,
                "update",
                subject,
                intro,
                reason,
                List.of(),
                recipientsOf(meeting).people(),
                false);
    }

    public void cancellation(Meeting meeting) {
        String name = MeetingTexts.name(meeting, LOCALE);
        String subject = Bundle.text(LOCALE, "mail.cancellation.subject", name, MeetingTexts.day(meeting, LOCALE));
        String intro = Bundle.text(LOCALE, "mail.cancellation.intro", name, MeetingTexts.when(meeting, LOCALE));
        send(
                meeting,
                "cancellation",
                subject,
                intro,
                meeting.getCancelReason(),
                List.of(),
                recipientsOf(meeting).people(),
                true);
    }

    /**
     * The meeting's calendar event as it stands. Notices to members and members' feeds carry the video link and lead
     * to the meeting's page; the public feed names the room only and leads to the public calendar. {@code attendees}
     * may be empty (feeds never list them).
     */
    public CalendarEvent event(
            Meeting meeting, List<AgendaItem> agenda, Collection<Recipient> attendees, boolean forMembers) {
        ZoneId zone = time.zone();
        String link = forMembers ? link(meeting) : base() + "/public/calendar.xhtml?year=" + meeting.getYear();
        String where = forMembers || meeting.getVideoUrl() == null
                ? MeetingTexts.where(meeting, LOCALE)
                : meeting.getPlace() == null
                        ? Bundle.text(LOCALE, "meeting.publicOnlineOnly")
                        : Bundle.text(LOCALE, "meeting.publicOnline", meeting.getPlace());
        return new CalendarEvent(
                meeting.calendarUid(host()),
                meeting.getIcalSequence(),
                meeting.getStartsAt().atZone(zone),
                meeting.getEndsAt().atZone(zone),
                Bundle.text(LOCALE, "ical.summary", MeetingTexts.name(meeting, LOCALE)),
                agendaText(agenda) + "\n\n" + link,
                where,
                forMembers && meeting.getVideoUrl() != null ? meeting.getVideoUrl() : link,
                new CalendarEvent.Person(fromName, from),
                attendees.stream()
                        .map(r -> new CalendarEvent.Person(r.name(), r.email()))
                        .toList(),
                meeting.getStatus() == MeetingStatus.CANCELLED
                        ? CalendarEvent.Status.CANCELLED
                        : CalendarEvent.Status.CONFIRMED,
                clock.instant());
    }

    /** The agendas of several meetings in one query (a feed lists many), by meeting id. */
    public Map<Long, List<AgendaItem>> agendasOf(Collection<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT a FROM AgendaItem a WHERE a.meeting.id IN :ids ORDER BY a.position, a.id",
                        AgendaItem.class)
                .setParameter("ids", meetings.stream().map(Meeting::getId).toList())
                .getResultStream()
                .filter(AgendaItem::isOnAgenda)
                .collect(Collectors.groupingBy(a -> a.getMeeting().getId()));
    }

    public String link(Meeting meeting) {
        return base() + "/meetings/meeting.xhtml?id=" + meeting.getId();
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }

    public List<AgendaItem> agendaOf(Meeting meeting) {
        return em.createNamedQuery(AgendaItem.FIND_BY_MEETING, AgendaItem.class)
                .setParameter("meetingId", meeting.getId())
                .getResultStream()
                .filter(AgendaItem::isOnAgenda)
                .toList();
    }

    public List<MeetingDocument> documentsOf(Meeting meeting) {
        return em.createNamedQuery(MeetingDocument.FIND_BY_MEETING, MeetingDocument.class)
                .setParameter("meetingId", meeting.getId())
                .getResultList();
    }

    private void send(
            Meeting meeting,
            String kind,
            String subject,
            String intro,
            String reason,
            List<MailAttachment> attachments,
            List<Recipient> recipients,
            boolean cancel) {
        if (recipients.isEmpty()) {
            return;
        }
        List<AgendaItem> agenda = agendaOf(meeting);
        CalendarEvent event = event(meeting, agenda, recipients, true);
        String calendar = cancel ? ICalendars.cancel(event) : ICalendars.request(event);
        MeetingMail body = new MeetingMail(LOCALE, meeting, intro, reason, agenda, link(meeting));
        outbox.enqueue(
                "meeting:" + meeting.getId() + ":" + kind,
                new MailContent(
                        subject, body.text(), body.html(), attachments, calendar, cancel ? "CANCEL" : "REQUEST"),
                recipients);
    }

    private static String agendaText(List<AgendaItem> agenda) {
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (AgendaItem item : agenda) {
            text.append(n++).append(". ").append(item.getTitle()).append('\n');
        }
        return text.toString().strip();
    }

    private String host() {
        try {
            String host = URI.create(publicUrl).getHost();
            return host == null ? "localhost" : host;
        } catch (IllegalArgumentException notAUrl) {
            return "localhost";
        }
    }

    static String fileName(Meeting meeting, String what) {
        return "%s-%d-%s%d".formatted(what, meeting.getYear(), meeting.getKind().code(), meeting.getNumber());
    }
}
