package mx.costjalisco.gms.minutes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.control.Notices;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.platform.mail.MailAttachment;
import mx.costjalisco.gms.platform.mail.MailContent;
import mx.costjalisco.gms.platform.mail.Outbox;
import mx.costjalisco.gms.platform.mail.Recipient;
import mx.costjalisco.gms.platform.web.Bundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the minutes' notices to the outbox, inside the caller's transaction (they go out only if the change
 * commits): the review request and each new version go to the representatives of the institutions present at the
 * session, who are the ones that approve; so does the reminder, to those who have not answered; the approval and a
 * liaison meeting's minuta go to every titular and suplente of the GMS.
 */
@ApplicationScoped
public class MinutesNotices {

    static final Locale LOCALE = Bundle.RECORD_LOCALE;

    private static final Set<AppointmentRole> REPRESENTATIVES =
            EnumSet.of(AppointmentRole.PRIMARY, AppointmentRole.ALTERNATE);

    @Inject
    private Outbox outbox;

    @Inject
    private InstitutionSearch institutions;

    @Inject
    private Notices meetingNotices;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    /** The current titulares and suplentes of the given institutions, each address once. */
    public List<Recipient> representativesOf(Collection<Institution> of) {
        return meetingNotices.recipientsOf(List.copyOf(of), REPRESENTATIVES).people();
    }

    /** Every current titular and suplente of the GMS. */
    public List<Recipient> allRepresentatives() {
        return representativesOf(institutions.currentOn(LocalDate.now(clock)));
    }

    public void reviewRequest(Minutes minutes, MinutesVersion version, byte[] pdf, List<Recipient> to) {
        String name = name(minutes);
        send(
                minutes,
                "review:v" + version.getNumber(),
                t("mail.minutes.review.subject", name),
                t("mail.minutes.review.intro", name),
                version,
                t("mail.minutes.note"),
                version.getChangeNote(),
                pdf,
                to);
    }

    public void newVersion(Minutes minutes, MinutesVersion version, String changes, byte[] pdf, List<Recipient> to) {
        String name = name(minutes);
        String detail = version.getChangeNote() == null ? changes : version.getChangeNote() + "\n\n" + changes;
        send(
                minutes,
                "version:v" + version.getNumber(),
                t("mail.minutes.version.subject", version.getNumber(), name),
                t("mail.minutes.version.intro", name, version.getNumber()),
                version,
                t("mail.minutes.changes"),
                detail,
                pdf,
                to);
    }

    public void reminder(Minutes minutes, MinutesVersion version, List<Recipient> to) {
        String name = name(minutes);
        send(
                minutes,
                "reminder:v" + version.getNumber(),
                t("mail.minutes.reminder.subject", name),
                t("mail.minutes.reminder.intro", name, date(version.getReviewDeadline())),
                version,
                null,
                null,
                null,
                to);
    }

    public void approved(Minutes minutes, MinutesVersion version, String statement, byte[] pdf, List<Recipient> to) {
        String name = name(minutes);
        send(
                minutes,
                "approved",
                t("mail.minutes.approved.subject", name),
                t("mail.minutes.approved.intro", name) + " " + statement,
                version,
                null,
                null,
                pdf,
                to);
    }

    public void minuta(Minutes minutes, MinutesVersion version, byte[] pdf, List<Recipient> to) {
        String name = name(minutes);
        send(
                minutes,
                "minuta",
                t("mail.minutes.minuta.subject", name),
                t("mail.minutes.minuta.intro", name),
                version,
                t("mail.minutes.note"),
                version.getChangeNote(),
                pdf,
                to);
    }

    public String link(Minutes minutes) {
        return publicUrl.replaceAll("/+$", "") + "/minutes/minutes.xhtml?id=" + minutes.getId();
    }

    /** "minutes-2023-o2-v3.pdf": the file name a version's PDF travels under. */
    public static String fileName(Minutes minutes, int version) {
        var meeting = minutes.getMeeting();
        return "%s-%d-%s%d-v%d.pdf"
                .formatted(
                        minutes.isMinuta() ? "minuta" : "acta",
                        meeting.getYear(),
                        meeting.getKind().code(),
                        meeting.getNumber(),
                        version);
    }

    private void send(
            Minutes minutes,
            String kind,
            String subject,
            String intro,
            MinutesVersion version,
            String detailTitle,
            String detail,
            byte[] pdf,
            List<Recipient> to) {
        if (to.isEmpty()) {
            return;
        }
        List<MinutesMail.Fact> facts = new ArrayList<>();
        facts.add(new MinutesMail.Fact(t("minutes.document." + minutes.getDocument()), name(minutes)));
        facts.add(new MinutesMail.Fact(t("minutes.meetingDay"), MeetingTexts.day(minutes.getMeeting(), LOCALE)));
        facts.add(new MinutesMail.Fact(t("minutes.version"), Integer.toString(version.getNumber())));
        if (version.getReviewDeadline() != null && !minutes.getStatus().isFrozen()) {
            String deadline = date(version.getReviewDeadline());
            if (version.getDeadlineMoved() != null) {
                deadline += " (" + version.getDeadlineMoved() + ")";
            }
            facts.add(new MinutesMail.Fact(t("minutes.deadline"), deadline));
        }
        MinutesMail body =
                new MinutesMail(LOCALE, intro, facts, detailTitle, detail, t("mail.minutes.link"), link(minutes));
        List<MailAttachment> attachments = pdf == null
                ? List.of()
                : List.of(new MailAttachment(fileName(minutes, version.getNumber()), "application/pdf", pdf));
        outbox.enqueue(
                "minutes:" + minutes.getId() + ":" + kind,
                new MailContent(subject, body.text(), body.html(), attachments, null, null),
                to);
    }

    private static String name(Minutes minutes) {
        return MeetingTexts.name(minutes.getMeeting(), LOCALE);
    }

    static String date(LocalDate day) {
        return MinutesStatement.date(day, LOCALE);
    }

    private static String t(String key, Object... arguments) {
        return Bundle.text(LOCALE, key, arguments);
    }
}
