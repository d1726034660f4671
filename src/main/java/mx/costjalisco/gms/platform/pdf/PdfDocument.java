package mx.costjalisco.gms.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A printed GMS document — a convocation, an attendance list, minutes, a report — described block by block and
 * rendered to PDF in one call:
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.a4("Grupo Multisectorial de CoST Jalisco", "Convocatoria")
 *         .metadata("Convocatoria a la 1ª sesión ordinaria 2023", "Secretaría Técnica", null, PdfDocument.SPANISH)
 *         .footerNote("Generado el 25 de noviembre de 2026")
 *         .title("1ª sesión ordinaria 2023")
 *         .facts(List.of(Fact.of("Fecha:", "jueves 18 de mayo de 2023"), Fact.of("Lugar:", "…")))
 *         .heading("Orden del día")
 *         .numbered(List.of("Lista de asistencia y declaración de quórum (10 min)", "…"))
 *         .table(Table.columns(Column.of("Institución", 0.4), Column.of("Firma", 0.25)).minRowHeight(36).row("…"))
 *         .render();
 * }</pre>
 *
 * <p>Every page carries the organisation and the document title at the top and the page number ("Página 2 de 3"
 * unless the caller gives another {@link #pageNumbers pattern}) with an optional note at the bottom. All the words
 * are the caller's; the engine decides only the layout. The output aims at PDF/A-2b so it can be archived as is.
 *
 * <p>A builder for one document, not shared between threads; {@link #render()} may be called more than once.
 */
public final class PdfDocument {

    /** The GMS's language: Spanish as written in Mexico. */
    public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    /** Page number pattern ({@link java.text.MessageFormat}): {0} is the page, {1} the number of pages. */
    public static final String SPANISH_PAGE_NUMBERS = "Página {0} de {1}";

    private final String organisation;
    private final String documentTitle;
    private final List<Block> blocks = new ArrayList<>();
    private Orientation orientation = Orientation.PORTRAIT;
    private Archival.Info info;
    private String footerNote;
    private String pageNumbers = SPANISH_PAGE_NUMBERS;
    private ZonedDateTime createdAt;

    private PdfDocument(String organisation, String documentTitle) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.documentTitle = Objects.requireNonNull(documentTitle, "documentTitle");
        this.info = new Archival.Info(documentTitle, null, null, null, SPANISH);
    }

    /** An A4 document whose pages are headed by the organisation and the document title. */
    public static PdfDocument a4(String organisation, String documentTitle) {
        return new PdfDocument(organisation, documentTitle);
    }

    /** The orientation of the first page and those after it, until a {@link #pageBreak(Orientation)} changes it. */
    public PdfDocument orientation(Orientation first) {
        this.orientation = Objects.requireNonNull(first);
        return this;
    }

    /**
     * What a viewer, a search engine or an archive reads about the document; any of the texts may be null. The
     * language also tells screen readers how to pronounce the text. Without this call the title is the document title
     * and the language {@link #SPANISH}.
     */
    public PdfDocument metadata(String title, String author, String subject, Locale language) {
        this.info = new Archival.Info(title, author, subject, info.creator(), Objects.requireNonNull(language));
        return this;
    }

    /** The application that made the document (the "creator" in a viewer's properties). */
    public PdfDocument creator(String application) {
        this.info = new Archival.Info(info.title(), info.author(), info.subject(), application, info.language());
        return this;
    }

    /** When the document was made, as recorded in its metadata; by default the time of rendering. */
    public PdfDocument createdAt(ZonedDateTime when) {
        this.createdAt = Objects.requireNonNull(when);
        return this;
    }

    /** A line at the foot of every page beside the page number, e.g. when and by whom it was generated. */
    public PdfDocument footerNote(String note) {
        this.footerNote = note;
        return this;
    }

    /** The page number's wording as a {@link java.text.MessageFormat} pattern: {0} the page, {1} the page count. */
    public PdfDocument pageNumbers(String pattern) {
        this.pageNumbers = Objects.requireNonNull(pattern);
        return this;
    }

    /** The document's main title, large and bold (usually once, at the top of the first page). */
    public PdfDocument title(String text) {
        return add(TextBlock.title(text));
    }

    /** A section heading; it is never left alone at the foot of a page. */
    public PdfDocument heading(String text) {
        return add(TextBlock.heading(text));
    }

    /** A heading one level below {@link #heading}, e.g. one point of the agenda within a section. */
    public PdfDocument subheading(String text) {
        return add(TextBlock.subheading(text));
    }

    public PdfDocument paragraph(String text) {
        return paragraph(Text.of(text));
    }

    /** A paragraph with runs in different faces, e.g. a bold lead-in. */
    public PdfDocument paragraph(Text text) {
        return add(TextBlock.paragraph(text));
    }

    public PdfDocument bullets(List<String> items) {
        return list(ListStyle.BULLETED, items.stream().map(Text::of).toList());
    }

    /** A numbered list (1., 2., …), e.g. an agenda. */
    public PdfDocument numbered(List<String> items) {
        return list(ListStyle.NUMBERED, items.stream().map(Text::of).toList());
    }

    /** A list whose items carry runs in different faces. */
    public PdfDocument list(ListStyle style, List<Text> items) {
        return add(ListBlock.of(style, items));
    }

    /**
     * A list whose items carry their own markers and nesting levels, e.g. the lists of a rich-text narrative or an
     * agenda numbered "5", "5.1", "5.2".
     */
    public PdfDocument list(List<ListItem> items) {
        return add(new ListBlock(items));
    }

    /** Labelled facts in two aligned columns: date, time, place, kind of session… */
    public PdfDocument facts(List<Fact> facts) {
        return add(new FactsBlock(facts));
    }

    public PdfDocument note(String text) {
        return note(Text.of(text));
    }

    /** Text set apart in a shaded box, e.g. the justification of a late convocation. */
    public PdfDocument note(Text text) {
        return add(new NoteBlock(text));
    }

    public PdfDocument table(Table table) {
        return add(new TableBlock(Objects.requireNonNull(table)));
    }

    /** Vertical white space, in points (1 cm = 28.35 pt). */
    public PdfDocument spacer(float points) {
        return add(pages -> pages.space(points));
    }

    /**
     * Starts a new page unless {@code points} of room remain on this one, so that what follows — a heading, its facts
     * and the first rows of a table — begins on one page rather than leaving its first lines at the foot of another.
     */
    public PdfDocument needSpace(float points) {
        return add(pages -> pages.need(points));
    }

    public PdfDocument pageBreak() {
        return add(PageLayout::pageBreak);
    }

    /** A page break that also turns the pages, e.g. to landscape for a wide table and back to portrait after it. */
    public PdfDocument pageBreak(Orientation next) {
        Objects.requireNonNull(next);
        return add(pages -> pages.newPage(next));
    }

    public byte[] render() {
        var out = new ByteArrayOutputStream(32 * 1024);
        try {
            render(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + documentTitle, e);
        }
        return out.toByteArray();
    }

    public void render(OutputStream out) throws IOException {
        try (var document = new PDDocument()) {
            var running = new RunningText(organisation, documentTitle, footerNote, pageNumbers, info.language());
            var pages = new PageLayout(document, new FontSet(document), running, orientation);
            pages.newPage();
            for (var block : blocks) {
                block.layout(pages);
            }
            pages.finish();
            Archival.apply(document, info, createdAt != null ? createdAt : ZonedDateTime.now());
            document.save(out);
        }
    }

    private PdfDocument add(Block block) {
        blocks.add(block);
        return this;
    }
}
