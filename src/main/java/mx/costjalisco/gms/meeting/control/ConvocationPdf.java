package mx.costjalisco.gms.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingDocument;
import mx.costjalisco.gms.platform.pdf.Align;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Run;
import mx.costjalisco.gms.platform.pdf.Table;
import mx.costjalisco.gms.platform.pdf.Text;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The convocation as a PDF, with what art. 18 asks of it: date, time and place; ordinary or extraordinary; the
 * session's sequential number; the draft agenda with each item's approximate duration; the attached documents; and,
 * for a late convocation, the secretary's justification.
 */
@ApplicationScoped
public class ConvocationPdf {

    private static final Locale LOCALE = Bundle.RECORD_LOCALE;

    @Inject
    private Notices notices;

    @Inject
    private Clock clock;

    public byte[] render(Meeting meeting) {
        return render(meeting, notices.agendaOf(meeting), notices.documentsOf(meeting), ZonedDateTime.now(clock));
    }

    static byte[] render(Meeting meeting, List<AgendaItem> agenda, List<MeetingDocument> documents, ZonedDateTime now) {
        String name = MeetingTexts.name(meeting, LOCALE);
        PdfDocument pdf = PdfDocument.a4(t("pdf.organisation"), t("convocation.title"))
                .metadata(t("convocation.title") + " — " + name, t("pdf.author"), name, LOCALE)
                .createdAt(now)
                .pageNumbers(t("pdf.pageNumbers"))
                .footerNote(t(
                        "pdf.generatedOn",
                        DateTimeFormatter.ofPattern(t("format.fullDateTime"), LOCALE)
                                .format(now)))
                .title(t("convocation.heading", name))
                .paragraph(t(
                        meeting.isSession() ? "convocation.lead" : "convocation.leadLiaison",
                        name,
                        Bundle.label(LOCALE, meeting.getKind()).toLowerCase(LOCALE)));
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(t("meeting.kind") + ":", Bundle.label(LOCALE, meeting.getKind())));
        facts.add(
                Fact.of(t("meeting.number") + ":", t("meeting.numberOfYear", meeting.getNumber(), meeting.getYear())));
        facts.add(Fact.of(t("meeting.date") + ":", MeetingTexts.day(meeting, LOCALE)));
        facts.add(Fact.of(t("meeting.time") + ":", MeetingTexts.hours(meeting, LOCALE)));
        if (meeting.getPlace() != null) {
            facts.add(Fact.of(t("meeting.place") + ":", meeting.getPlace()));
        }
        if (meeting.getVideoUrl() != null) {
            facts.add(Fact.of(t("meeting.videoUrl") + ":", meeting.getVideoUrl()));
        }
        if (meeting.getPrepares() != null) {
            facts.add(Fact.of(t("meeting.prepares") + ":", MeetingTexts.name(meeting.getPrepares(), LOCALE)));
        }
        pdf.facts(facts);
        if (meeting.getLateJustification() != null) {
            pdf.note(Text.of(Run.bold(t("convocation.lateNote") + " "), Run.plain(meeting.getLateJustification())));
        }
        pdf.heading(t("convocation.agenda"));
        Table table = Table.columns(
                Column.of(t("agenda.number"), 0.1),
                Column.of(t("agenda.item"), 0.72),
                Column.of(t("agenda.duration"), 0.18).align(Align.RIGHT));
        List<String> numbers = AgendaTemplate.numbers(agenda);
        int total = 0;
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            String number = numbers.get(i);
            Text title = item.getDescription() == null
                    ? Text.of(item.getTitle())
                    : Text.of(Run.bold(item.getTitle()), Run.plain(" — " + item.getDescription()));
            table = table.row(
                    Text.of(number),
                    title,
                    Text.of(item.getMinutes() > 0 ? t("agenda.minutes", item.getMinutes()) : ""));
            total += item.getMinutes();
        }
        table = table.row(Text.of(""), Text.bold(t("agenda.total")), Text.bold(t("agenda.minutes", total)));
        pdf.table(table);
        if (!documents.isEmpty()) {
            pdf.heading(t("convocation.documents"));
            pdf.bullets(documents.stream().map(MeetingDocument::getFileName).toList());
        }
        pdf.paragraph(t(meeting.isSession() ? "convocation.closing" : "convocation.closingLiaison"));
        pdf.spacer(18);
        pdf.paragraph(Text.bold(t("convocation.signature")));
        return pdf.render();
    }

    private static String t(String key, Object... arguments) {
        return Bundle.text(LOCALE, key, arguments);
    }
}
