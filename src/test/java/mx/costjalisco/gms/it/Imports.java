package mx.costjalisco.gms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OC4IDS imports as the manager does them on the imports page: upload a package, wait for its report. */
final class Imports {

    private static final Pattern IMPORT_ID = Pattern.compile("import\\.xhtml\\?id=(\\d+)");

    private Imports() {}

    /** A minimal project of that publisher, with more members in {@code extra} (",\"status\":…" or ""). */
    static String project(String id, String title, String authorityId, String authorityName, String extra) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"updated\":\"2026-11-30T10:00:00-06:00\","
                + "\"publicAuthority\":{\"id\":\"" + authorityId + "\",\"name\":\"" + authorityName + "\"},"
                + "\"parties\":[{\"id\":\"" + authorityId + "\",\"name\":\"" + authorityName
                + "\",\"roles\":[\"publicAuthority\"]}],\"sector\":[\"transport\"]" + extra + "}";
    }

    /** A standard (0.9) package of those projects. */
    static String pack(String... projects) {
        return "{\"version\":\"0.9\",\"uri\":\"https://plataforma.example/paquete.json\","
                + "\"publishedDate\":\"2026-11-30T10:00:00-06:00\",\"publisher\":{\"name\":\"CoST Jalisco\"},"
                + "\"projects\":[" + String.join(",", projects) + "]}";
    }

    /** Uploads the bytes; answers the import's report page once it is no longer running (or the refusing form). */
    static WebClient.Page upload(WebClient client, String name, byte[] bytes) throws Exception {
        WebClient.Page form = client.get("disclosure/edit/imports.xhtml");
        assertEquals(200, form.status(), form.body());
        WebClient.Page sent =
                client.upload(form, "importForm", "importForm:upload", Map.of(), "importForm:file", name, bytes);
        if (sent.status() != 302) {
            return sent; // refused at once, on the form
        }
        Matcher id = IMPORT_ID.matcher(sent.location());
        assertTrue(id.find(), sent.location());
        return report(client, id.group(1));
    }

    static WebClient.Page report(WebClient client, String id) throws Exception {
        for (int i = 0; i < 120; i++) {
            WebClient.Page page = client.get("disclosure/import.xhtml?id=" + id);
            if (!page.body().contains("en curso")) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + id + " still running");
    }

    /** The text of the element with that id on the page, or null. */
    static String text(WebClient.Page page, String elementId) {
        var element = page.document().getElementById(elementId);
        return element == null ? null : element.text();
    }
}
