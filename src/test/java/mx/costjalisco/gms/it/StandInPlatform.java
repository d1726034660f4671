package mx.costjalisco.gms.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The disclosure platform as the tests see it: the server answers {@code /proyecto/{id}} with a page naming the project,
 * so a browser can follow the link the GMS gives. The real platform cannot run here; the application under test is
 * configured with {@link #PROJECT_URL} (see the failsafe environment in the pom).
 */
final class StandInPlatform implements AutoCloseable {

    static final int PORT = 18123;
    /** Must equal GMS_DISCLOSURE_PROJECT_URL in the pom's failsafe configuration. */
    static final String PROJECT_URL = "http://127.0.0.1:" + PORT + "/proyecto/{id}";

    private final HttpServer server;

    private StandInPlatform(HttpServer server) {
        this.server = server;
    }

    static String projectUrl(String id) {
        return PROJECT_URL.replace("{id}", id);
    }

    static StandInPlatform start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
            server.createContext("/proyecto/", exchange -> {
                String id = URLDecoder.decode(
                        exchange.getRequestURI().getRawPath().substring("/proyecto/".length()), StandardCharsets.UTF_8);
                String escaped = id.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                byte[] page = ("<!DOCTYPE html><html lang=\"es-MX\"><head><meta charset=\"utf-8\">"
                                + "<title>Plataforma CoST Jalisco</title><link rel=\"icon\" href=\"data:,\"></head><body><main><h1 id=\"project\">Proyecto "
                                + escaped + "</h1></main></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            server.start();
            return new StandInPlatform(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
