package mx.costjalisco.gms.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.pdf.PdfDocument;
import mx.costjalisco.gms.platform.pdf.Table;

/**
 * The demo's evidence files, made when the demo is loaded so the repository holds no binary files: "photographs" and
 * "screenshots" drawn with Java2D, documents printed with the application's PDF engine, and counts as CSV. Each says it
 * is demonstration material.
 */
final class DemoEvidence {

    private static final Logger LOG = Logger.getLogger(DemoEvidence.class.getName());
    private static final String ORGANISATION = "Grupo Multisectorial de CoST Jalisco";
    private static final String DEMO_NOTE = "Documento de demostración: las personas y los datos son ficticios.";
    private static final String FONT = "/mx/costjalisco/gms/platform/pdf/fonts/LiberationSans-Bold.ttf";
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    /** What a demo file shows; rendered by {@link #render}. */
    sealed interface Content permits Photo, Screen, Document, Csv {}

    /** A photograph of an event: a room with people facing a screen, and a caption. */
    record Photo(String caption, int people, Color tone) implements Content {}

    /** A screenshot: a window with a heading and lines of content, and a caption. */
    record Screen(String caption, String heading, List<String> lines) implements Content {}

    /** A printed document: a title, facts, paragraphs and a table (none without columns). */
    record Document(
            String title, List<Fact> facts, List<String> paragraphs, List<Column> columns, List<List<String>> rows)
            implements Content {}

    /** A CSV file, one line per string. */
    record Csv(List<String> lines) implements Content {}

    /**
     * A file of the demo's evidence: its name, one of its activity's expected kinds of evidence, a description, whether
     * the manager published it, and what it shows.
     */
    record DemoFile(String name, String evidenceType, String description, boolean published, Content content) {

        DemoFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    private DemoEvidence() {}

    /** The file's bytes; a document is dated {@code day} in its metadata. */
    static byte[] render(Content content, LocalDate day, ZoneId zone) {
        if (content instanceof Photo photo) {
            return png(photo(photo));
        }
        if (content instanceof Screen screen) {
            return png(screen(screen));
        }
        if (content instanceof Document document) {
            return pdf(document, day, zone);
        }
        return (String.join("\n", ((Csv) content).lines()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Document document, LocalDate day, ZoneId zone) {
        PdfDocument pdf = PdfDocument.a4(ORGANISATION, document.title())
                .metadata(document.title(), "Gerencia CoST Jalisco", null, PdfDocument.SPANISH)
                .createdAt(day.atTime(18, 0).atZone(zone))
                .footerNote(DEMO_NOTE)
                .title(document.title());
        if (!document.facts().isEmpty()) {
            pdf.facts(document.facts());
        }
        document.paragraphs().forEach(pdf::paragraph);
        if (!document.columns().isEmpty()) {
            pdf.table(Table.columns(document.columns().toArray(Column[]::new)).rows(document.rows()));
        }
        return pdf.render();
    }

    private static BufferedImage photo(Photo photo) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            g.setPaint(new GradientPaint(
                    0, 0, photo.tone().brighter(), 0, HEIGHT, photo.tone().darker()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(245, 245, 240));
            g.fillRect(230, 60, 340, 190);
            g.setColor(new Color(40, 40, 40));
            g.setStroke(new BasicStroke(6));
            g.drawRect(230, 60, 340, 190);
            g.setColor(new Color(120, 90, 60));
            g.fillRect(80, 330, 640, 40);
            int shown = Math.min(photo.people(), 16);
            int drawn = 0;
            for (int row = 0; row < 2; row++) {
                for (int seat = 0; seat < 8 && drawn < shown; seat++, drawn++) {
                    int x = 100 + seat * 80 + (row % 2) * 30;
                    int y = 390 + row * 50;
                    g.setColor(new Color(60 + (drawn * 37) % 150, 60 + (drawn * 53) % 120, 90 + (drawn * 29) % 140));
                    g.fillRoundRect(x - 22, y + 16, 44, 50, 18, 18);
                    g.setColor(new Color(200 - (drawn * 13) % 80, 160 - (drawn * 7) % 60, 120 - (drawn * 5) % 50));
                    g.fillOval(x - 14, y - 12, 28, 30);
                }
            }
            text(g, "CoST Jalisco", 24, new Color(30, 60, 110), 250, 160);
            caption(g, photo.caption());
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage screen(Screen screen) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            g.setColor(new Color(235, 238, 242));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(205, 210, 218));
            g.fillRect(0, 0, WIDTH, 36);
            g.setColor(Color.WHITE);
            g.fillRoundRect(120, 8, 560, 20, 10, 10);
            g.setColor(new Color(0, 86, 145));
            g.fillRect(0, 36, WIDTH, 56);
            text(g, screen.heading(), 20, Color.WHITE, 24, 72);
            int y = 130;
            for (String line : screen.lines()) {
                g.setColor(Color.WHITE);
                g.fillRect(24, y - 22, WIDTH - 48, 34);
                g.setColor(new Color(210, 214, 220));
                g.drawRect(24, y - 22, WIDTH - 48, 34);
                text(g, line, 15, new Color(40, 40, 40), 36, y);
                y += 42;
            }
            caption(g, screen.caption());
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static void caption(Graphics2D g, String caption) {
        g.setColor(new Color(0, 0, 0, 170));
        g.fillRect(0, HEIGHT - 70, WIDTH, 70);
        text(g, caption, 18, Color.WHITE, 20, HEIGHT - 40);
        text(g, "Imagen de demostración", 12, new Color(220, 220, 220), 20, HEIGHT - 16);
    }

    /**
     * Draws text in the font the PDFs use, smaller when it would not fit; the font is read from the application, not
     * the system, which may have none. An image whose text cannot be drawn is still a valid demo file, so a missing font
     * rasteriser only loses the words.
     */
    private static void text(Graphics2D g, String text, float size, Color color, int x, int y) {
        try {
            Font font = Bold.FONT.deriveFont(size);
            int room = WIDTH - x - 20;
            int width = g.getFontMetrics(font).stringWidth(text);
            if (width > room) {
                font = font.deriveFont(size * room / width);
            }
            g.setFont(font);
            g.setColor(color);
            g.drawString(text, x, y);
        } catch (RuntimeException | LinkageError noText) {
            LOG.log(Level.FINE, "Demo image without text", noText);
        }
    }

    /** Read once, on the first text drawn. */
    private static final class Bold {
        static final Font FONT = font();
    }

    private static Font font() {
        try (InputStream in = DemoEvidence.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("No font at " + FONT);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException unreadable) {
            throw new IllegalStateException("Cannot read " + FONT, unreadable);
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
