package mx.costjalisco.gms.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen, for tests of who may open what: keeps its own cookies (its own session), follows no
 * redirect by itself, and fills and submits Faces forms the way a browser would (view state included).
 */
public class WebClient {

    /** A response: status, headers, body, and the page parsed when it is HTML. */
    public record Page(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public Document document() {
            return Jsoup.parse(body());
        }

        /** Where a redirect points (also a Faces AJAX redirect), or {@code null}. */
        public String location() {
            String location = header("Location");
            if (location == null && isPartial()) {
                Matcher redirect = REDIRECT.matcher(body());
                return redirect.find() ? redirect.group(1).replace("&amp;", "&") : null;
            }
            return location;
        }

        /** The text a person would read: of the page, or of the parts an AJAX response updates. */
        public String text() {
            if (!isPartial()) {
                return document().text();
            }
            StringBuilder html = new StringBuilder();
            Matcher cdata = CDATA.matcher(body());
            while (cdata.find()) {
                html.append(cdata.group(1)).append(' ');
            }
            return Jsoup.parse(html.toString()).text();
        }

        /** The HTML of the page, or of the parts an AJAX response updates, as markup. */
        public String html() {
            if (!isPartial()) {
                return body();
            }
            StringBuilder html = new StringBuilder();
            Matcher cdata = CDATA.matcher(body());
            while (cdata.find()) {
                html.append(cdata.group(1));
            }
            return html.toString();
        }

        /**
         * The view's script nonce, which PrimeFaces' JavaScript adds to every form it posts (its CSP support refuses
         * posts without it).
         */
        public Optional<String> nonce() {
            Matcher init = NONCE.matcher(body());
            return init.find() ? Optional.of(init.group(1).replace("\\/", "/")) : Optional.empty();
        }

        public boolean isPartial() {
            return body().startsWith("<?xml") && body().contains("<partial-response");
        }
    }

    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Page get(String path) {
        return get(path, Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** GET, following redirects within the application, as a browser does. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; hops < 5 && page.status() / 100 == 3 && page.location() != null; hops++) {
            page = get(page.location());
        }
        return page;
    }

    public Page post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * Submits a form of a page: its hidden fields (view state, form marker) plus the given values, as if the named
     * button were pressed.
     */
    public Page submit(Page page, String formId, String buttonId, Map<String, String> values) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page:\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.attr("value"));
        }
        page.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        fields.putAll(values);
        if (buttonId != null) {
            fields.put(buttonId, "");
        }
        return post(form.attr("action"), fields);
    }

    /**
     * Submits a form the way PrimeFaces does with AJAX: the form's fields, processed and re-rendered as a whole, as if
     * the component {@code sourceId} was clicked. The page's view state stays valid for further requests.
     */
    public Page ajax(Page page, String formId, String sourceId, Map<String, String> values) {
        return ajax(page, formId, sourceId, formId, values);
    }

    /** The same, processing only the components {@code execute} names (as a {@code process} attribute would). */
    public Page ajax(Page page, String formId, String sourceId, String execute, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", sourceId);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", formId);
        fields.put(sourceId, sourceId);
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page:\n" + page.body());
        }
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.attr("value"));
        }
        page.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        fields.putAll(values);
        return send(HttpRequest.newBuilder(resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * Submits a {@code multipart/form-data} form (a file upload) as a browser does: the form's hidden fields, the given
     * values and one file, as if the named button were pressed.
     */
    public Page upload(
            Page page,
            String formId,
            String buttonId,
            Map<String, String> values,
            String fileField,
            String fileName,
            byte[] file) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page:\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.attr("value"));
        }
        page.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        fields.putAll(values);
        fields.put(buttonId, buttonId);
        String boundary = "----gms" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(resolve(form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The body of a GET as bytes (a PDF, a file), with this client's cookies. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A new client signed in as a demo account (the sign-in must answer with its redirect). */
    public static WebClient signedIn(java.net.URL base, String email) throws java.net.URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        org.junit.jupiter.api.Assertions.assertEquals(
                302, client.signIn(email, DemoAccounts.passwordOf(email)).status(), "signed in as " + email);
        return client;
    }

    /** Signs in through the sign-in page; returns the response to the form (a redirect when it worked). */
    public Page signIn(String email, String password) {
        Page login = get("login.xhtml");
        return submit(login, "login", "login:submit", Map.of("login:email", email, "login:password", password));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        return base.resolve(path); // "login.xhtml" is relative to the application, "/…" to the server
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
