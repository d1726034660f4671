package mx.costjalisco.gms.meeting.control;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Table;
import mx.costjalisco.gms.platform.pdf.Text;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The attendance list for signatures: one row per institution with its titular and suplente of the day and room to
 * sign; the header repeats on every page so a long list reads on its own.
 */
public final class AttendancePdf {

    private static final Locale LOCALE = Bundle.RECORD_LOCALE;

    /** One institution's line: who may sign for it. */
    public record Row(Institution institution, Person primary, Person alternate) {}

    private AttendancePdf() {}

    public static byte[] render(Meeting meeting, List<Row> rows, ZonedDateTime now) {
        String name = MeetingTexts.name(meeting, LOCALE);
        Table table = Table.columns(
                        Column.of(t("attendance.institution"), 0.3),
                        Column.of(t("attendance.representative"), 0.32),
                        Column.of(t("attendance.signature"), 0.38))
                .minRowHeight(40);
        for (Row row : rows) {
            StringBuilder people = new StringBuilder();
            if (row.primary() != null) {
                people.append(t("AppointmentRole.PRIMARY"))
                        .append(": ")
                        .append(row.primary().getFullName());
            }
            if (row.alternate() != null) {
                people.append(people.isEmpty() ? "" : "; ")
                        .append(t("AppointmentRole.ALTERNATE"))
                        .append(": ")
                        .append(row.alternate().getFullName());
            }
            String institution = row.institution().getName()
                    + (row.institution().isObserver() ? " (" + t("institution.observer") + ")" : "");
            table = table.row(Text.of(institution), Text.of(people.toString()), Text.of(""));
        }
        return PdfDocument.a4(t("pdf.organisation"), t("attendance.pdfTitle"))
                .metadata(t("attendance.pdfTitle") + " — " + name, t("pdf.author"), name, LOCALE)
                .createdAt(now)
                .pageNumbers(t("pdf.pageNumbers"))
                .footerNote(t(
                        "pdf.generatedOn",
                        DateTimeFormatter.ofPattern(t("format.fullDateTime"), LOCALE)
                                .format(now)))
                .title(t("attendance.pdfHeading", name))
                .facts(List.of(
                        Fact.of(t("meeting.date") + ":", MeetingTexts.day(meeting, LOCALE)),
                        Fact.of(t("meeting.time") + ":", MeetingTexts.hours(meeting, LOCALE)),
                        Fact.of(t("meeting.place") + ":", MeetingTexts.where(meeting, LOCALE))))
                .table(table)
                .render();
    }

    private static String t(String key, Object... arguments) {
        return Bundle.text(LOCALE, key, arguments);
    }
}
