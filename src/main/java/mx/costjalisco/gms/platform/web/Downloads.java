package mx.costjalisco.gms.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a file the safe way: its recognised type (never sniffed), a {@code Content-Disposition} whose name is
 * percent-encoded (RFC 6266/5987, so no quote or line break can break the header), PDFs shown inline and everything
 * else saved.
 */
public final class Downloads {

    private Downloads() {}

    /**
     * @param shared whether caches may keep it (published, immutable files) or not (members' files)
     */
    public static void send(
            HttpServletResponse response, String fileName, String contentType, byte[] content, boolean shared)
            throws IOException {
        write(response, fileName, contentType, content, shared, "application/pdf".equals(contentType));
    }

    /** Sends a file to be shown in the page (an image in an {@code img}), never saved under a name of its own. */
    public static void sendInline(
            HttpServletResponse response, String fileName, String contentType, byte[] content, boolean shared)
            throws IOException {
        write(response, fileName, contentType, content, shared, true);
    }

    private static void write(
            HttpServletResponse response,
            String fileName,
            String contentType,
            byte[] content,
            boolean shared,
            boolean inline)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", shared ? "public, max-age=86400, immutable" : "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }
}
