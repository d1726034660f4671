package mx.costjalisco.gms.workplan.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence files as a liaison uploads them: real files of every accepted type, and the disguises that must be refused
 * whatever their name says.
 */
class EvidenceFilesTest {

    /** A 1×1 lossless WebP (the image Modernizr probes browsers with). */
    private static final byte[] WEBP_1X1 =
            Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private int files;

    private Path write(byte[] content) throws IOException {
        return Files.write(dir.resolve("upload-" + ++files + ".part"), content);
    }

    private Path write(String content, Charset charset) throws IOException {
        return write(content.getBytes(charset));
    }

    private static void assertRefused(String key, Executable call) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, call);
        assertEquals(key, refused.getMessageKey());
        assertEquals("file", refused.getField());
    }

    private static void assertTypeRefused(Path file, String name) {
        assertRefused("upload.evidenceType", () -> EvidenceFiles.typeOf(file, name));
    }

    private static byte[] minimalPdf() {
        String pdf = "%PDF-1.7\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n"
                + "%%EOF\n";
        return pdf.getBytes(US_ASCII);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0x2a6f97));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.ORANGE);
            g.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    private Path image(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no ImageIO writer for " + format);
        return write(out.toByteArray());
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertNotNull(image, "the thumbnail is not a readable image");
        return image;
    }

    private static byte[] office(OfficeWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface OfficeWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] docx() throws IOException {
        return office(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                document.createParagraph().createRun().setText("Minuta de la sesión ordinaria");
                document.write(out);
            }
        });
    }

    private static byte[] xlsx() throws IOException {
        return office(out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("Asistencia").createRow(0).createCell(0).setCellValue("Institución");
                workbook.write(out);
            }
        });
    }

    private static byte[] pptx() throws IOException {
        return office(out -> {
            try (XMLSlideShow slides = new XMLSlideShow()) {
                slides.createSlide();
                slides.write(out);
            }
        });
    }

    // --- names

    @Test
    void aPlainNameIsKeptStripped() {
        assertEquals("Lista de asistencia – enero.pdf", EvidenceFiles.checkName("  Lista de asistencia – enero.pdf "));
    }

    @Test
    void aNameWithAPathIsRefused() {
        for (String name : new String[] {"../x.png", "a/b.png", "a\\b.png", ".hidden.png", "..", "x/../../etc.png"}) {
            assertRefused("upload.pathInName", () -> EvidenceFiles.checkName(name));
        }
    }

    @Test
    void aNameWithAControlOrLineSeparatorIsRefused() {
        for (String name : new String[] {"x\u0007.png", "x\u2028.png", "x\u2029.png", "x\u0000.png", "x\n.png"}) {
            assertRefused("upload.controlInName", () -> EvidenceFiles.checkName(name));
        }
    }

    @Test
    void aNameThatReversesItsTextIsRefused() {
        // "foto", U+202E, "gpj.exe" shows as "fotoexe.jpg": a name must not read differently from what it is
        for (String name : new String[] {"foto\u202Egpj.pdf", "acta\u2066.pdf", "acta\u200F.pdf"}) {
            assertRefused("upload.controlInName", () -> EvidenceFiles.checkName(name));
        }
    }

    @Test
    void anEmptyOrMissingNameIsRefused() {
        for (String name : new String[] {"", "   ", null}) {
            assertRefused("upload.noName", () -> EvidenceFiles.checkName(name));
        }
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        String name = EvidenceFiles.checkName("a".repeat(296) + ".pdf");

        assertEquals(200, name.length());
        assertEquals("a".repeat(196) + ".pdf", name);
    }

    @Test
    void aLongNameWithoutExtensionIsCut() {
        assertEquals("b".repeat(200), EvidenceFiles.checkName("b".repeat(300)));
    }

    @Test
    void shorteningANameNeverSplitsACharacter() {
        // each emoji takes two chars; the cut at 196 would fall between the halves of the 98th
        String name = EvidenceFiles.checkName("a" + "\uD83D\uDCF7".repeat(150) + ".png");

        assertTrue(name.length() <= 200, name);
        assertTrue(name.endsWith(".png"), name);
        assertTrue(wellPaired(name), name);
    }

    private static boolean wellPaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theExtensionFollowsTheContent() {
        assertEquals("foto.pdf.jpg", EvidenceFiles.withExtension("foto.pdf", "image/jpeg"));
        assertEquals("foto.JPEG", EvidenceFiles.withExtension("foto.JPEG", "image/jpeg"));
        assertEquals("foto.JPG", EvidenceFiles.withExtension("foto.JPG", "image/jpeg"));
        assertEquals("acta.pdf", EvidenceFiles.withExtension("acta.pdf", "application/pdf"));
        assertEquals("acta.pdf", EvidenceFiles.withExtension("acta", "application/pdf"));
        assertEquals("lista.docx", EvidenceFiles.withExtension("lista.docx", EvidenceFiles.DOCX));
        assertEquals("lista.docx.xlsx", EvidenceFiles.withExtension("lista.docx", EvidenceFiles.XLSX));
        assertEquals("datos.csv", EvidenceFiles.withExtension("datos.csv", "text/csv"));
    }

    // --- accepted types

    @Test
    void aPdfIsAcceptedByItsContent() throws IOException {
        Path pdf = write(minimalPdf());

        assertEquals("application/pdf", EvidenceFiles.typeOf(pdf, "acta.pdf"));
        assertEquals("application/pdf", EvidenceFiles.typeOf(pdf, "acta"));
    }

    @Test
    void pngAndJpegPhotosAreAccepted() throws IOException {
        assertEquals("image/png", EvidenceFiles.typeOf(image(picture(40, 30), "png"), "captura.png"));
        assertEquals("image/jpeg", EvidenceFiles.typeOf(image(picture(40, 30), "jpg"), "foto.jpg"));
    }

    @Test
    void aJpegNamedPdfIsAJpeg() throws IOException {
        Path jpeg = image(picture(40, 30), "jpg");

        String type = EvidenceFiles.typeOf(jpeg, "foto.pdf");

        assertEquals("image/jpeg", type);
        assertEquals("foto.pdf.jpg", EvidenceFiles.withExtension("foto.pdf", type));
    }

    @Test
    void aWebpIsAcceptedAndGetsAThumbnail() throws IOException {
        Path webp = write(WEBP_1X1);

        assertEquals("image/webp", EvidenceFiles.typeOf(webp, "foto.webp"));
        BufferedImage thumbnail = read(EvidenceFiles.thumbnail(webp).orElseThrow());
        assertEquals(1, thumbnail.getWidth());
        assertEquals(1, thumbnail.getHeight());
    }

    @Test
    void wordAndExcelAreAcceptedAsWhatThePackageHolds() throws IOException {
        Path docx = write(docx());
        Path xlsx = write(xlsx());

        assertEquals(EvidenceFiles.DOCX, EvidenceFiles.typeOf(docx, "minuta.docx"));
        assertEquals(EvidenceFiles.XLSX, EvidenceFiles.typeOf(xlsx, "asistencia.xlsx"));
        // the package, not the name, says which
        assertEquals(EvidenceFiles.DOCX, EvidenceFiles.typeOf(docx, "minuta.xlsx"));
        assertEquals(EvidenceFiles.XLSX, EvidenceFiles.typeOf(xlsx, "asistencia"));
    }

    @Test
    void anOfficeFileWhosePartsComeInAnotherOrderIsAccepted() throws IOException {
        // Word and LibreOffice need not put [Content_Types].xml first, where Tika looks for it
        ByteArrayOutputStream reordered = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
                ZipOutputStream out = new ZipOutputStream(reordered)) {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
            List<String> names = new ArrayList<>(parts.keySet());
            Collections.reverse(names);
            assertEquals("[Content_Types].xml", names.get(names.size() - 1));
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(parts.get(name));
                out.closeEntry();
            }
        }

        assertEquals(EvidenceFiles.XLSX, EvidenceFiles.typeOf(write(reordered.toByteArray()), "asistencia.xlsx"));
    }

    @Test
    void aUtf8CsvIsAcceptedOnlyWhenNamedCsv() throws IOException {
        Path csv = write("institución,año,participación\nCámara,2023,ñandú\n", UTF_8);

        assertEquals("text/csv", EvidenceFiles.typeOf(csv, "asistencia.csv"));
        assertEquals("text/csv", EvidenceFiles.typeOf(csv, "ASISTENCIA.CSV"));
        assertTypeRefused(csv, "asistencia.txt");
        assertTypeRefused(csv, "asistencia");
    }

    // --- refused types

    @Test
    void aPowerPointIsRefusedWhateverItsName() throws IOException {
        Path pptx = write(pptx());

        assertTypeRefused(pptx, "presentacion.pptx");
        assertTypeRefused(pptx, "presentacion.docx");
        assertTypeRefused(pptx, "presentacion.xlsx");
    }

    @Test
    void aLatin1CsvIsRefused() throws IOException {
        Path csv = write("institución,año\nCámara,2023\n", ISO_8859_1);

        assertTypeRefused(csv, "asistencia.csv");
    }

    @Test
    void anExecutableNamedPdfIsRefused() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(US_ASCII), 0, exe, 0x80, 4);

        assertTypeRefused(write(exe), "acta.pdf");
        assertTypeRefused(write(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}), "acta.pdf");
    }

    @Test
    void aZipThatIsNotOfficeIsRefusedEvenNamedDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("leeme.txt"));
            zip.write("hola".getBytes(UTF_8));
            zip.closeEntry();
        }
        Path zip = write(bytes.toByteArray());

        assertTypeRefused(zip, "minuta.docx");
        assertTypeRefused(zip, "asistencia.xlsx");
        assertTypeRefused(zip, "archivo.zip");
    }

    @Test
    void aDamagedOfficeFileIsRefused() throws IOException {
        byte[] docx = docx();

        assertTypeRefused(write(Arrays.copyOf(docx, docx.length / 2)), "minuta.docx");
    }

    @Test
    void htmlNamedPdfIsRefused() throws IOException {
        Path html = write(
                "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n",
                UTF_8);

        assertTypeRefused(html, "acta.pdf");
        assertTypeRefused(html, "acta.csv");
    }

    @Test
    void svgNamedPngIsRefused() throws IOException {
        Path svg = write(
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert(1)</script></svg>\n",
                UTF_8);

        assertTypeRefused(svg, "captura.png");
    }

    @Test
    void bytesOfNoKnownTypeAreRefusedWhateverTheirName() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0x01; // no magic of any accepted type
        Path unknown = write(noise);

        assertTypeRefused(unknown, "acta.pdf");
        assertTypeRefused(unknown, "foto.jpg");
        assertTypeRefused(unknown, "foto.png");
        assertTypeRefused(unknown, "foto.webp");
        assertTypeRefused(unknown, "datos.csv");
    }

    @Test
    void plainTextNamedPdfIsRefused() throws IOException {
        assertTypeRefused(write("Acta de la sesión\n", UTF_8), "acta.pdf");
    }

    // --- thumbnails

    @Test
    void aLargePhotoGetsAJpegThumbnailOf320OnItsLongerSide() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = photo.createGraphics();
        try {
            g.setColor(Color.LIGHT_GRAY);
            g.fillRect(0, 0, 4000, 3000);
            g.setColor(Color.DARK_GRAY);
            g.fillRect(1000, 750, 2000, 1500);
        } finally {
            g.dispose();
        }
        Path png = image(photo, "png");
        photo = null;

        byte[] jpeg = EvidenceFiles.thumbnail(png).orElseThrow();

        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, Arrays.copyOf(jpeg, 2));
        BufferedImage thumbnail = read(jpeg);
        assertEquals(320, thumbnail.getWidth());
        assertEquals(240, thumbnail.getHeight());
    }

    @Test
    void aPortraitPhotoIs320High() throws IOException {
        BufferedImage thumbnail =
                read(EvidenceFiles.thumbnail(image(picture(600, 900), "jpg")).orElseThrow());

        assertEquals(213, thumbnail.getWidth());
        assertEquals(320, thumbnail.getHeight());
    }

    @Test
    void aSmallImageKeepsItsSize() throws IOException {
        BufferedImage thumbnail =
                read(EvidenceFiles.thumbnail(image(picture(100, 50), "png")).orElseThrow());

        assertEquals(100, thumbnail.getWidth());
        assertEquals(50, thumbnail.getHeight());
    }

    @Test
    void aTransparentPngGetsAWhiteBackground() throws IOException {
        BufferedImage clear = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);

        BufferedImage thumbnail =
                read(EvidenceFiles.thumbnail(image(clear, "png")).orElseThrow());

        Color pixel = new Color(thumbnail.getRGB(10, 10));
        assertTrue(pixel.getRed() > 240 && pixel.getGreen() > 240 && pixel.getBlue() > 240, pixel.toString());
    }

    @Test
    void aCorruptImageHasNoThumbnail() throws IOException {
        byte[] garbage = new byte[192];
        new Random(7).nextBytes(garbage);
        byte[] corrupt = Arrays.copyOf(PNG_SIGNATURE, PNG_SIGNATURE.length + garbage.length);
        System.arraycopy(garbage, 0, corrupt, PNG_SIGNATURE.length, garbage.length);

        assertEquals(Optional.empty(), EvidenceFiles.thumbnail(write(corrupt)));
        assertEquals(Optional.empty(), EvidenceFiles.thumbnail(write(PNG_SIGNATURE)));
        assertEquals(Optional.empty(), EvidenceFiles.thumbnail(write(minimalPdf())));
    }

    @Test
    void aHugeImageIsReadSubsampled() throws IOException {
        // 108 megapixels: decoded whole as RGB it would take over 400 MB; at one bit a pixel the test holds 13.5 MB
        BufferedImage huge = new BufferedImage(12_000, 9_000, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = huge.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 6_000, 9_000);
        } finally {
            g.dispose();
        }
        Path png = image(huge, "png");
        huge = null;

        BufferedImage thumbnail = read(EvidenceFiles.thumbnail(png).orElseThrow());

        assertEquals(320, thumbnail.getWidth());
        assertEquals(240, thumbnail.getHeight());
        // the left half white, the right half black, as in the original
        assertTrue(new Color(thumbnail.getRGB(40, 120)).getRed() > 200);
        assertTrue(new Color(thumbnail.getRGB(280, 120)).getRed() < 50);
    }

    @Test
    void thumbnailsAreMadeOnlyOfImages() throws IOException {
        assertFalse(EvidenceFiles.thumbnail(write(docx())).isPresent());
    }

    /** A JPEG as a phone writes a portrait: landscape pixels and an EXIF orientation saying how to turn them. */
    private static byte[] jpegWithOrientation(BufferedImage image, int orientation) throws IOException {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] tiff = {
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8, // big-endian TIFF header, first IFD at 8
            0,
            1, // one entry
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            (byte) orientation,
            0,
            0, // Orientation, SHORT, 1 value
            0,
            0,
            0,
            0 // no next IFD
        };
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void aPhoneportraitStandsUprightInItsThumbnail() throws IOException {
        BufferedImage sideways = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = sideways.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 100, 600); // the left edge is red: the top once turned a quarter clockwise
        g.dispose();
        Path photo = write(jpegWithOrientation(sideways, 6));
        assertEquals(6, EvidenceFiles.orientation(photo));
        BufferedImage thumb = read(EvidenceFiles.thumbnail(photo).orElseThrow());
        assertEquals(240, thumb.getWidth());
        assertEquals(320, thumb.getHeight());
        java.awt.Color top = new java.awt.Color(thumb.getRGB(120, 5));
        java.awt.Color bottom = new java.awt.Color(thumb.getRGB(120, 314));
        assertTrue(top.getRed() > 200 && top.getGreen() < 80, "red on top: " + top);
        assertTrue(bottom.getGreen() > 200, "white below: " + bottom);
        assertEquals(1, EvidenceFiles.orientation(write(minimalPdf())), "no EXIF: upright");
    }
}
