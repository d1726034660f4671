package mx.costjalisco.gms.minutes.control;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Run;
import mx.costjalisco.gms.platform.pdf.Text;
import mx.costjalisco.gms.platform.richtext.RichText;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * An addendum: a numbered correction of minutes that are frozen (an approved acta or a sent minuta), archived as a PDF
 * of its own beside them. It names the minutes it corrects and the SHA-256 of their approved content, so it is tied to
 * that text, which itself stays as it was approved; then it gives its reason and the correction.
 */
final class AddendumPdf {

    private static final Locale LOCALE = Bundle.RECORD_LOCALE;

    private AddendumPdf() {}

    static byte[] render(
            MinutesContent content,
            int number,
            String html,
            String reason,
            ZonedDateTime generatedAt,
            String frozenSha256) {
        if (number < 1) {
            throw new IllegalArgumentException("Addenda are numbered from 1: " + number);
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        MinutesPdf.requireSha256(frozenSha256);
        if (RichText.isBlank(html)) {
            throw new IllegalArgumentException("An addendum without words");
        }
        String document = content.isMinuta() ? MinutesContent.MINUTA : MinutesContent.ACTA;
        String addendum = String.valueOf(number);
        String heading = t("minutesPdf.addendum.heading." + document, addendum, content.meetingName());
        String generated = t(
                "pdf.generatedOn",
                DateTimeFormatter.ofPattern(t("format.fullDateTime"), LOCALE).format(generatedAt));
        PdfDocument pdf = PdfDocument.a4(t("pdf.organisation"), t("minutesPdf.addendum.document"))
                .metadata(heading, t("pdf.author"), content.meetingName(), LOCALE)
                .createdAt(generatedAt)
                .pageNumbers(t("pdf.pageNumbers"))
                .footerNote(t("minutesPdf.addendum.footer", addendum, generated))
                .title(heading)
                .facts(List.of(
                        Fact.of(
                                t("minutesPdf.addendum.corrects"),
                                t("minutesPdf.heading." + document, content.meetingName())),
                        Fact.of(
                                t("minutesPdf.date"),
                                DateTimeFormatter.ofPattern(t("format.fullDate"), LOCALE)
                                        .format(content.day()))))
                .paragraph(Text.of(
                        Run.bold(t(content.isMinuta() ? "minutesPdf.fingerprint" : "minutesPdf.approvedFingerprint")),
                        Run.plain(" " + frozenSha256)))
                .paragraph(t("minutesPdf.addendum.lead." + document))
                .heading(t("minutesPdf.addendum.reason"))
                .paragraph(reason == null ? "" : reason)
                .heading(t("minutesPdf.addendum.text"));
        PrintedNarrative.addTo(pdf, html);
        return pdf.render();
    }

    private static String t(String key, Object... arguments) {
        return Bundle.text(LOCALE, key, arguments);
    }
}
