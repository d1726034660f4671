package mx.costjalisco.gms.workplan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.Tika;

/**
 * Checks and stores evidence files. The type is decided by the content — Apache Tika reads the magic bytes; inside an
 * Office zip, Apache POI reads which document the package holds — never by the name or the browser's word: an
 * executable renamed {@code .pdf} is refused. Accepted: PDF, JPEG, PNG, WebP, DOCX, XLSX, CSV (UTF-8 text named
 * {@code .csv}). The original name is kept only when it is a plain name: a path ({@code ../}, slashes) or a control
 * character (bidirectional controls included) is refused; an extension that does not match the content is corrected.
 * Photos get a JPEG thumbnail.
 */
@ApplicationScoped
public class EvidenceFiles {

    private static final Logger LOG = Logger.getLogger(EvidenceFiles.class.getName());
    private static final int MAX_NAME = 200;
    static final int THUMBNAIL_PIXELS = 320;
    /** Images larger than this are read subsampled, so a huge photo never takes a huge heap. */
    private static final long MAX_DECODED_PIXELS = 4_000_000L;

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The accepted types and the extension each is saved with. */
    public static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf",
            "pdf",
            "image/jpeg",
            "jpg",
            "image/png",
            "png",
            "image/webp",
            "webp",
            DOCX,
            "docx",
            XLSX,
            "xlsx",
            "text/csv",
            "csv");

    private static final Tika TIKA = new Tika();

    static {
        ImageIO.scanForPlugins(); // the WebP reader comes from a jar in the application, not the JDK
    }

    @Inject
    private FileStore files;

    @Inject
    private WorkPlanRules rules;

    /** A stored evidence file: where it is, its checked name and type, and its thumbnail if it is an image. */
    public record Checked(FileStore.StoredFile file, String fileName, String thumbnailSha256) {}

    public Checked store(String originalName, InputStream content) {
        String name = checkName(originalName);
        FileStore.StoredFile stored = files.store(content, rules.evidenceMaxBytes(), path -> typeOf(path, name));
        String thumbnail = null;
        if (stored.contentType().startsWith("image/")) {
            thumbnail = thumbnail(files.pathOf(stored.sha256()))
                    .map(bytes -> files.store("miniatura.jpg", bytes).sha256())
                    .orElse(null);
        }
        return new Checked(stored, withExtension(name, stored.contentType()), thumbnail);
    }

    /**
     * The name as given, if it is a plain file name; refused when empty, or with a path or a control character.
     */
    public static String checkName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw BusinessRuleException.onField("file", "upload.noName");
        }
        String name = fileName.strip();
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
            throw BusinessRuleException.onField("file", "upload.pathInName");
        }
        if (name.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || isBidiControl(c))) {
            throw BusinessRuleException.onField("file", "upload.controlInName");
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int cut = MAX_NAME - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--; // never keep half of a character
            }
            name = name.substring(0, cut) + extension;
        }
        return name;
    }

    /** Unicode's Bidi_Control characters: they reorder a name ("foto", U+202E, "gpj.pdf" reads "fotofdp.jpg"). */
    private static boolean isBidiControl(int c) {
        return c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** The name with the extension of its real type: "foto.pdf" holding a JPEG is saved as "foto.pdf.jpg". */
    static String withExtension(String name, String contentType) {
        String extension = EXTENSIONS.get(contentType);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith("." + extension) || ("jpg".equals(extension) && lower.endsWith(".jpeg"));
        return matches ? name : name + "." + extension;
    }

    /**
     * The accepted type of the stored bytes, or a refusal in the user's words. Tika reads only the bytes: given the
     * name too, it takes the name's word for bytes it does not recognise, and noise named {@code .pdf} would pass as a
     * PDF. The name only decides whether UTF-8 text is a CSV.
     */
    static String typeOf(Path file, String name) throws IOException {
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            detected = TIKA.detect(in);
        }
        String type = switch (detected) {
            case "application/pdf", "image/jpeg", "image/png", "image/webp" -> detected;
            case "application/zip", "application/x-tika-ooxml", DOCX, XLSX -> officeType(file);
            case "text/plain", "text/csv" ->
                name.toLowerCase(Locale.ROOT).endsWith(".csv") && isUtf8Text(file) ? "text/csv" : null;
            default -> null;
        };
        if (type == null) {
            LOG.fine(() -> "Evidence refused: " + detected);
            throw BusinessRuleException.onField("file", "upload.evidenceType");
        }
        return type;
    }

    /** Word or Excel, as the package's main part says; anything else in an Office zip is refused. */
    private static String officeType(Path file) {
        try (OPCPackage office = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var main = office.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                return null;
            }
            PackagePart part = office.getPart(main.getRelationship(0));
            String contentType = part == null ? "" : part.getContentType();
            if (contentType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
                return DOCX;
            }
            if (contentType.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
                return XLSX;
            }
            return null;
        } catch (Exception notOffice) { // a damaged zip or a package POI cannot read is not accepted evidence
            return null;
        }
    }

    private static boolean isUtf8Text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /**
     * A JPEG at most {@value #THUMBNAIL_PIXELS} pixels on its longer side; empty when the image cannot be read (it is
     * still kept as evidence).
     */
    static Optional<byte[]> thumbnail(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return Optional.of(scaled(upright(reader.read(0, param), orientation(image))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.INFO, "No thumbnail for " + image.getFileName(), unreadable);
            return Optional.empty();
        }
    }

    /**
     * The EXIF orientation a camera wrote (1 to 8; 1 is upright), read with Drew Noakes' metadata-extractor; 1 when the
     * file has none. Phones store portraits sideways and say so here.
     */
    static int orientation(Path image) {
        try {
            var exif = com.drew.imaging.ImageMetadataReader.readMetadata(image.toFile())
                    .getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class);
            return exif == null || !exif.containsTag(com.drew.metadata.exif.ExifIFD0Directory.TAG_ORIENTATION)
                    ? 1
                    : exif.getInt(com.drew.metadata.exif.ExifIFD0Directory.TAG_ORIENTATION);
        } catch (com.drew.imaging.ImageProcessingException | com.drew.metadata.MetadataException | IOException none) {
            return 1;
        }
    }

    /** The image turned and mirrored as its EXIF orientation says, so a portrait taken on a phone stands upright. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // mirrored, turned
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // turned a quarter clockwise
            case 7 -> t.setTransform(0, -1, -1, 0, h, w); // mirrored, turned the other way
            default -> t.setTransform(0, -1, 1, 0, 0, w); // 8: turned a quarter anticlockwise
        }
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    private static byte[] scaled(BufferedImage source) throws IOException {
        double factor = Math.min(1.0, (double) THUMBNAIL_PIXELS / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(thumb, "jpg", out)) {
            throw new UncheckedIOException(new IOException("No JPEG writer"));
        }
        return out.toByteArray();
    }
}
