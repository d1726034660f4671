package mx.costjalisco.gms.disclosure.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * QR codes that lead to a publishing entity's public page, for municipalities to print in their tender documents
 * next to CoST Jalisco's logo (the 2023 work plan, activity III): a PNG, an SVG, and an A4 sheet with the code, a
 * framed space for the logo, the entity's name and the address written out for those who cannot scan.
 */
public final class QrCodes {

    /** Modules of white around the code, as the standard asks. */
    private static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /** The code's modules, with medium error correction: a printed code survives some dirt and folds. */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.MARGIN,
                                    0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /** A black-on-white PNG, {@code scale} pixels per module, with its quiet zone. */
    public static byte[] png(String text, int scale) {
        BitMatrix matrix = matrix(text);
        int side = (matrix.getWidth() + 2 * QUIET_ZONE) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QUIET_ZONE;
                int my = y / scale - QUIET_ZONE;
                boolean dark =
                        mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A scalable SVG: one square per dark module, with a title that says where the code leads. */
    public static String svg(String text, String title) {
        BitMatrix matrix = matrix(text);
        int side = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(side)
                .append(' ')
                .append(side)
                .append("\" width=\"")
                .append(side * 8)
                .append("\" height=\"")
                .append(side * 8)
                .append("\" shape-rendering=\"crispEdges\" role=\"img\">\n<title>")
                .append(escape(title))
                .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"");
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    svg.append('M')
                            .append(x + QUIET_ZONE)
                            .append(' ')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/>\n</svg>\n").toString();
    }

    /**
     * An A4 sheet to print: the entity's name, a framed empty box for CoST Jalisco's logo labelled {@code logoLabel},
     * the code drawn as filled squares, and the address under it.
     */
    public static byte[] sheet(String text, String entityName, String logoLabel, String scanLabel) {
        BitMatrix matrix = matrix(text);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(entityName);
            info.setSubject(text);
            info.setCreator("cost-gms");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // The logo's space: a framed box, empty, labelled.
                float logoWidth = 220;
                float logoHeight = 110;
                float logoX = (width - logoWidth) / 2;
                float logoY = height - 72 - logoHeight;
                content.setLineWidth(1f);
                content.addRect(logoX, logoY, logoWidth, logoHeight);
                content.stroke();
                centered(content, regular, 11, printable(logoLabel), width, logoY + logoHeight / 2 - 4);
                // The entity's name.
                float y = logoY - 44;
                for (String line : lines(printable(entityName), bold, 18, width - 144)) {
                    centered(content, bold, 18, line, width, y);
                    y -= 24;
                }
                // The code.
                float codeSide = 300;
                float module = codeSide / matrix.getWidth();
                float codeX = (width - codeSide) / 2;
                float codeTop = y - 24;
                for (int my = 0; my < matrix.getHeight(); my++) {
                    for (int mx = 0; mx < matrix.getWidth(); mx++) {
                        if (matrix.get(mx, my)) {
                            content.addRect(codeX + mx * module, codeTop - (my + 1) * module, module, module);
                        }
                    }
                }
                content.fill();
                float below = codeTop - codeSide - 28;
                centered(content, regular, 11, printable(scanLabel), width, below);
                float urlSize = regular.getStringWidth(printable(text)) / 1000 * 10 > width - 100 ? 8 : 10;
                centered(content, regular, urlSize, printable(text), width, below - 18);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centered(
            PDPageContentStream content, PDType1Font font, float size, String text, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset((width - textWidth) / 2, y);
        content.showText(text);
        content.endText();
    }

    private static java.util.List<String> lines(String text, PDType1Font font, float size, float max)
            throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The standard fonts write Latin-1 (WinAnsi): Spanish passes whole; anything else becomes a question mark. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            out.append(c >= 0x20 && c <= 0xFF ? c : (c == '\u2013' || c == '\u2014' ? '-' : '?'));
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
