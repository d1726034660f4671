package mx.costjalisco.gms.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.platform.config.DataDirectory;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores uploaded files under {@code GMS_DATA_DIR/files}, named by their SHA-256: the same file uploaded twice is
 * stored once, a stored file never changes, and a record can prove which bytes it points at. Uploads are checked: a
 * size limit, and a type recognised by the file's own first bytes, not by its name or the browser's word.
 */
@ApplicationScoped
public class FileStore {

    /** What the GMS exchanges: PDF, Office and OpenDocument files, images, plain text and CSV. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"));

    /** A file as stored: its digest (the name it is stored under), size and recognised type. */
    public record StoredFile(String sha256, long size, String contentType) {}

    @Inject
    private DataDirectory data;

    @Inject
    @ConfigProperty(name = "gms.upload.max-megabytes", defaultValue = "20")
    private int maxMegabytes;

    /**
     * Checks and stores an upload. Refused with a Spanish message when it is empty, too large, or not a type the GMS
     * accepts (the extension must agree with the content).
     */
    public StoredFile store(String fileName, InputStream content) {
        String contentType = typeOf(fileName);
        return store(content, maxBytes(), file -> {
            checkContent(file, contentType);
            return contentType;
        });
    }

    /** Decides, from the stored bytes, what a file is; refuses it with a {@link BusinessRuleException}. */
    @FunctionalInterface
    public interface ContentCheck {
        String typeOf(Path file) throws IOException;
    }

    /**
     * Stores an upload whose type {@code check} decides from its content, up to {@code maxBytes}. Nothing is kept
     * when it is empty, too large or refused by the check.
     */
    public StoredFile store(InputStream content, long maxBytes, ContentCheck check) {
        Path root = directory();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = Sha256.newDigest();
            long size;
            try (InputStream in = new DigestInputStream(new LimitedInputStream(content, maxBytes), sha)) {
                size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (size == 0) {
                throw BusinessRuleException.onField("file", "upload.empty");
            }
            String contentType = check.typeOf(temporary);
            String digest = Sha256.hex(sha);
            Path target = pathOf(digest);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredFile(digest, size, contentType);
        } catch (LimitedInputStream.TooLarge tooLarge) {
            throw BusinessRuleException.onField("file", "upload.tooLarge", maxBytes / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Stores bytes the application made itself (e.g. an archived PDF). */
    public StoredFile store(String fileName, byte[] content) {
        return store(fileName, new java.io.ByteArrayInputStream(content));
    }

    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SHA-256 of the file stored under {@code sha256}, read back from the disk now — its name if nothing changed
     * it — or empty when the file is missing.
     */
    public Optional<String> digestOfStored(String sha256) {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return Optional.of(Sha256.hex(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return directory().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The accepted content type for a file name, or a refusal naming the accepted ones. */
    public static String typeOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null) {
            throw BusinessRuleException.onField(
                    "file", "upload.typeNotAccepted", "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPG, TXT, CSV");
        }
        return type;
    }

    private static void checkContent(Path file, String contentType) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        boolean matches = switch (contentType) {
            case "application/pdf" -> startsWith(head, read, "%PDF-".getBytes());
            case "image/png" -> startsWith(head, read, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(head, read, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "text/plain", "text/csv" -> isText(file);
            default -> startsWith(head, read, new byte[] {'P', 'K', 3, 4}); // Office and ODF are zip files
        };
        if (!matches) {
            throw BusinessRuleException.onField("file", "upload.contentMismatch");
        }
    }

    private static boolean isText(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(4096);
        }
        for (byte b : sample) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    private Path directory() {
        try {
            return Files.createDirectories(data.root().resolve("files"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the next upload does not depend on it
            }
        }
    }
}
