package mx.costjalisco.gms.minutes.control;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import mx.costjalisco.gms.platform.pdf.Align;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.pdf.ListItem;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Run;
import mx.costjalisco.gms.platform.pdf.Table;
import mx.costjalisco.gms.platform.pdf.Text;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * One version of the minutes as a PDF: the acta of a session or the minuta of a liaison meeting, with the session's
 * facts, the attendance list and the quorum, the agenda, the narrative of each item, the agreements with their vote
 * and their follow-up actions.
 *
 * <p>What the version is shows on every page: a draft says it is not approved, and carries its version number and the
 * SHA-256 of its content near the top, so a reviewer's comments can be tied to the text they read. An approved acta
 * ends with a page that records the approval — who approved which version and when, who signed — and the SHA-256 of
 * the content approved, which anyone can recompute from the archived version. A minuta is sent, never approved.
 *
 * <p>A pure function of its inputs: the same content and stamp give the same bytes.
 */
public final class MinutesPdf {

    private static final Locale LOCALE = Bundle.RECORD_LOCALE;

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private static final String ACTA = MinutesContent.ACTA;
    private static final String MINUTA = MinutesContent.MINUTA;

    private MinutesPdf() {}

    /** Where a version stands: what the footer says and whether the approval page is printed. */
    public enum State {
        /** Circulated for the members' review; not approved. */
        DRAFT,
        /** An acta approved by the members: frozen, and printed with its record of approval. */
        APPROVED,
        /** A minuta sent to the members, which is all a liaison meeting's record goes through. */
        SENT
    }

    /** One member's approval of a version, e.g. given in the session that approved the minutes. */
    public record ApprovalLine(String institution, String person, ZonedDateTime at, int version) {

        public ApprovalLine {
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A signature on the approved version.
     *
     * @param capacity in what capacity the person signs: "Presidencia", "Secretaría Técnica" or their institution
     */
    public record SignatureLine(String person, String capacity, ZonedDateTime at, int version) {

        public SignatureLine {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * What is printed about the version rather than the session.
     *
     * @param contentSha256 the SHA-256 of the version's canonical content ({@link MinutesJson}), lower-case hex
     * @param approvalStatement for an approved acta, how it was approved ("Aprobada en la 3ª sesión ordinaria 2023…");
     *     null otherwise
     * @param generatedAt when the PDF is made; its metadata and its footer say so
     */
    public record Stamp(
            int version,
            String contentSha256,
            State state,
            String approvalStatement,
            List<ApprovalLine> approvals,
            List<SignatureLine> signatures,
            ZonedDateTime generatedAt) {

        public Stamp {
            if (version < 1) {
                throw new IllegalArgumentException("Versions are numbered from 1: " + version);
            }
            requireSha256(contentSha256);
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(generatedAt, "generatedAt");
            approvals = approvals == null ? List.of() : List.copyOf(approvals);
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
        }

        public static Stamp draft(int version, String contentSha256, ZonedDateTime generatedAt) {
            return new Stamp(version, contentSha256, State.DRAFT, null, List.of(), List.of(), generatedAt);
        }

        public static Stamp sent(int version, String contentSha256, ZonedDateTime generatedAt) {
            return new Stamp(version, contentSha256, State.SENT, null, List.of(), List.of(), generatedAt);
        }

        public static Stamp approved(
                int version,
                String contentSha256,
                String approvalStatement,
                List<ApprovalLine> approvals,
                List<SignatureLine> signatures,
                ZonedDateTime generatedAt) {
            return new Stamp(
                    version, contentSha256, State.APPROVED, approvalStatement, approvals, signatures, generatedAt);
        }
    }

    /**
     * The PDF of one version.
     *
     * @throws IllegalArgumentException for a minuta stamped approved or an acta stamped sent, which the minutes'
     *     process never produces
     */
    public static byte[] render(MinutesContent content, Stamp stamp) {
        String document = content.isMinuta() ? MINUTA : ACTA;
        boolean fits = switch (stamp.state()) {
            case DRAFT -> true;
            case APPROVED -> !content.isMinuta();
            case SENT -> content.isMinuta();
        };
        if (!fits) {
            throw new IllegalArgumentException("A " + document + " cannot be " + stamp.state());
        }
        String heading = t("minutesPdf.heading." + document, content.meetingName());
        String version = String.valueOf(stamp.version());
        String generated = t(
                "pdf.generatedOn",
                DateTimeFormatter.ofPattern(t("format.fullDateTime"), LOCALE).format(stamp.generatedAt()));
        PdfDocument pdf = PdfDocument.a4(t("pdf.organisation"), t("minutesPdf.document." + document))
                .metadata(
                        heading,
                        t("pdf.author"),
                        t("minutesPdf.subject", version, t("minutesPdf.state." + stamp.state())),
                        LOCALE)
                .createdAt(stamp.generatedAt())
                .pageNumbers(t("pdf.pageNumbers"))
                .footerNote(t("minutesPdf.footer." + stamp.state(), version, generated))
                .title(heading)
                .facts(facts(content));
        if (stamp.state() == State.DRAFT) {
            pdf.note(Text.of(
                    Run.bold(t("minutesPdf.draftNote", version)),
                    Run.plain(" " + t("minutesPdf.draftNoteText") + "\n"),
                    Run.bold(t("minutesPdf.fingerprint")),
                    Run.plain(" " + stamp.contentSha256())));
        }
        attendance(pdf, content);
        if (!content.items().isEmpty()) {
            agenda(pdf, content);
            proceedings(pdf, content, document);
        }
        agreements(pdf, content);
        actions(pdf, content);
        if (stamp.state() == State.APPROVED) {
            approvalPage(pdf, stamp);
        } else if (stamp.state() == State.SENT) {
            pdf.spacer(12);
            pdf.paragraph(Text.of(
                    Run.plain(t("minutesPdf.sentNote", version) + "\n"),
                    Run.bold(t("minutesPdf.fingerprint")),
                    Run.plain(" " + stamp.contentSha256())));
        }
        return pdf.render();
    }

    /**
     * The PDF of an addendum: the numbered correction of frozen minutes (an approved acta or a sent minuta), tied to
     * them by the SHA-256 of their content, with its reason and its text (sanitized HTML, not blank).
     */
    public static byte[] renderAddendum(
            MinutesContent content,
            int number,
            String html,
            String reason,
            ZonedDateTime generatedAt,
            String frozenSha256) {
        return AddendumPdf.render(content, number, html, reason, generatedAt, frozenSha256);
    }

    static void requireSha256(String hex) {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + hex);
        }
    }

    private static List<Fact> facts(MinutesContent content) {
        List<Fact> facts = new ArrayList<>();
        addFact(facts, "minutesPdf.kind", content.kindLabel());
        addFact(
                facts,
                "minutesPdf.date",
                DateTimeFormatter.ofPattern(t("format.fullDate"), LOCALE).format(content.day()));
        addFact(facts, "minutesPdf.startsAt", clock(content.startsAt()));
        addFact(facts, "minutesPdf.endsAt", clock(content.endsAt()));
        addFact(facts, "minutesPdf.place", content.place());
        addFact(facts, "minutesPdf.chair", content.chair());
        addFact(facts, "minutesPdf.secretary", content.secretary());
        return facts;
    }

    private static void addFact(List<Fact> facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(Fact.of(t(labelKey), value));
        }
    }

    private static String clock(LocalTime time) {
        return time == null
                ? null
                : t("minutesPdf.clock", DateTimeFormatter.ofPattern("H:mm").format(time));
    }

    private static void attendance(PdfDocument pdf, MinutesContent content) {
        pdf.heading(t("minutesPdf.attendance"));
        if (content.attendance().isEmpty()) {
            pdf.paragraph(t("minutesPdf.attendance.empty"));
        } else {
            Table table = Table.columns(
                    Column.of(t("minutesPdf.attendance.institution"), 0.36),
                    Column.of(t("minutesPdf.attendance.sector"), 0.16),
                    Column.of(t("minutesPdf.attendance.status"), 0.2),
                    Column.of(t("minutesPdf.attendance.representative"), 0.28));
            for (MinutesContent.Attendee attendee : content.attendance()) {
                table = table.row(
                        attendee.institution(), attendee.sector(), attendee.status(), attendee.representative());
            }
            pdf.table(table);
        }
        if (!content.isMinuta()
                && content.quorumStatement() != null
                && !content.quorumStatement().isBlank()) {
            pdf.paragraph(content.quorumStatement());
        }
    }

    /** The agenda's points with their own numbers; a sub-point ("5.2") is indented under its point. */
    private static void agenda(PdfDocument pdf, MinutesContent content) {
        pdf.heading(t("minutesPdf.agenda"));
        pdf.list(content.items().stream()
                .map(item -> ListItem.marked(depth(item.number()), item.number() + ".", Text.of(item.title())))
                .toList());
    }

    private static int depth(String number) {
        return 1 + (int) number.chars().filter(c -> c == '.').count();
    }

    private static void proceedings(PdfDocument pdf, MinutesContent content, String document) {
        pdf.heading(t("minutesPdf.proceedings." + document));
        for (MinutesContent.Item item : content.items()) {
            pdf.subheading(t("minutesPdf.itemHeading", item.number(), item.title()));
            if (!PrintedNarrative.addTo(pdf, item.narrativeHtml())) {
                pdf.paragraph(Text.of(Run.italic(t("minutesPdf.noNarrative"))));
            }
        }
    }

    private static void agreements(PdfDocument pdf, MinutesContent content) {
        pdf.heading(t("minutesPdf.agreements"));
        if (content.agreements().isEmpty()) {
            pdf.paragraph(t("minutesPdf.agreements.empty"));
            return;
        }
        Table table = Table.columns(
                Column.of(t("minutesPdf.agreements.number"), 0.18),
                Column.of(t("minutesPdf.agreements.text"), 0.5),
                Column.of(t("minutesPdf.agreements.vote"), 0.32));
        for (MinutesContent.Agreement agreement : content.agreements()) {
            List<Run> vote = new ArrayList<>();
            if (agreement.vote() != null && !agreement.vote().isBlank()) {
                vote.add(Run.plain(agreement.vote()));
            }
            if (agreement.result() != null && !agreement.result().isBlank()) {
                vote.add(Run.bold((vote.isEmpty() ? "" : "\n") + agreement.result()));
            }
            table = table.row(Text.bold(agreement.number()), Text.of(agreement.text()), new Text(vote));
        }
        pdf.table(table);
    }

    private static void actions(PdfDocument pdf, MinutesContent content) {
        if (content.actions().isEmpty()) {
            return;
        }
        pdf.heading(t("minutesPdf.actions"));
        var dueOn = DateTimeFormatter.ofPattern(t("minutesPdf.format.dueOn"), LOCALE);
        Table table = Table.columns(
                Column.of(t("minutesPdf.actions.agreement"), 0.18),
                Column.of(t("minutesPdf.actions.description"), 0.32),
                Column.of(t("minutesPdf.actions.responsible"), 0.2),
                Column.of(t("minutesPdf.actions.dueOn"), 0.14),
                Column.of(t("minutesPdf.actions.status"), 0.16));
        for (MinutesContent.Action action : content.actions()) {
            table = table.row(
                    action.agreementNumber(),
                    action.description(),
                    action.responsible(),
                    action.dueOn() == null ? null : dueOn.format(action.dueOn()),
                    action.status());
        }
        pdf.table(table);
    }

    /** The last page of an approved acta: how, by whom and when it was approved, and what exactly was approved. */
    private static void approvalPage(PdfDocument pdf, Stamp stamp) {
        var at = DateTimeFormatter.ofPattern(t("format.fullDateTime"), LOCALE);
        pdf.pageBreak().heading(t("minutesPdf.approval"));
        if (stamp.approvalStatement() != null && !stamp.approvalStatement().isBlank()) {
            pdf.paragraph(stamp.approvalStatement());
        }
        pdf.subheading(t("minutesPdf.approvals"));
        if (stamp.approvals().isEmpty()) {
            pdf.paragraph(t("minutesPdf.approvals.empty"));
        } else {
            Table table = Table.columns(
                    Column.of(t("minutesPdf.approvals.institution"), 0.34),
                    Column.of(t("minutesPdf.approvals.person"), 0.26),
                    Column.of(t("minutesPdf.approvals.at"), 0.3),
                    Column.of(t("minutesPdf.approvals.version"), 0.1).align(Align.CENTER));
            for (ApprovalLine approval : stamp.approvals()) {
                table = table.row(
                        approval.institution(),
                        approval.person(),
                        at.format(approval.at()),
                        String.valueOf(approval.version()));
            }
            pdf.table(table);
        }
        if (!stamp.signatures().isEmpty()) {
            pdf.subheading(t("minutesPdf.signatures"));
            Table table = Table.columns(
                    Column.of(t("minutesPdf.signatures.person"), 0.3),
                    Column.of(t("minutesPdf.signatures.capacity"), 0.3),
                    Column.of(t("minutesPdf.signatures.at"), 0.3),
                    Column.of(t("minutesPdf.signatures.version"), 0.1).align(Align.CENTER));
            for (SignatureLine signature : stamp.signatures()) {
                table = table.row(
                        signature.person(),
                        signature.capacity(),
                        at.format(signature.at()),
                        String.valueOf(signature.version()));
            }
            pdf.table(table);
        }
        pdf.spacer(6);
        pdf.paragraph(Text.of(Run.bold(t("minutesPdf.approvedFingerprint")), Run.plain(" " + stamp.contentSha256())));
    }

    private static String t(String key, Object... arguments) {
        return Bundle.text(LOCALE, key, arguments);
    }
}
