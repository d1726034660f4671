package mx.costjalisco.gms.disclosure.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Fetches a package (or the schema) from the network into a file, the way a server that takes URLs from people must:
 * only {@code http} and {@code https}; never an address of this machine or of the private network (loopback,
 * link-local, site-local, unique-local, multicast, unspecified) unless its host is configured as allowed; redirects
 * followed by hand, at most three, each checked the same way; a connect and a whole-request timeout; and a size limit
 * enforced while reading, so a larger answer is abandoned, never stored.
 */
public final class SafeFetch {

    private static final int MAX_REDIRECTS = 3;

    private final Duration timeout;
    private final long maxBytes;
    private final Set<String> allowedHosts;
    private final HttpClient client;

    public SafeFetch(Duration timeout, long maxBytes, Set<String> allowedHosts) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowedHosts = allowedHosts;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The URL, checked: absolute, http(s), with a host. */
    public static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new ImportRefused("disclosure.fetch.badUrl");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportRefused("disclosure.fetch.scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ImportRefused("disclosure.fetch.badUrl");
        }
        return uri;
    }

    /** Downloads the URL into {@code target}; returns its size in bytes. */
    public long fetch(String url, Path target) {
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkHost(uri);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .header("User-Agent", "cost-gms")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new ImportRefused(e, "disclosure.fetch.timeout", uri.getHost(), timeout.toSeconds());
            } catch (IOException e) {
                throw new ImportRefused(e, "disclosure.fetch.unreachable", uri.getHost());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportRefused(e, "disclosure.fetch.unreachable", uri.getHost());
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new ImportRefused("disclosure.fetch.status", uri.getHost(), status);
                }
                uri = parse(uri.resolve(location).toString());
                continue;
            }
            if (status != 200) {
                close(response.body());
                throw new ImportRefused("disclosure.fetch.status", uri.getHost(), status);
            }
            long declared =
                    response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response.body());
                throw new ImportRefused("disclosure.import.tooLarge", maxBytes / (1024 * 1024));
            }
            return copy(response.body(), target, uri.getHost());
        }
        throw new ImportRefused("disclosure.fetch.redirects", MAX_REDIRECTS);
    }

    private long copy(InputStream body, Path target, String host) {
        long total = 0;
        try (InputStream in = body;
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > maxBytes) {
                    throw new ImportRefused("disclosure.import.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        } catch (HttpTimeoutException e) {
            throw new ImportRefused(e, "disclosure.fetch.timeout", host, timeout.toSeconds());
        } catch (IOException e) {
            throw new ImportRefused(e, "disclosure.fetch.unreachable", host);
        }
        return total;
    }

    /**
     * Refuses a host that resolves to an address of this machine or of a private network. The connection that
     * follows looks the name up again, but through the JVM's address cache (30 seconds by default, whatever the
     * DNS answer's own TTL), so a name that answers a public address to this check and a private one a moment later
     * (DNS rebinding) is served the checked answer; only an entry expiring between the two lookups escapes this.
     */
    void checkHost(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImportRefused(e, "disclosure.fetch.unknownHost", host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new ImportRefused("disclosure.fetch.private", host);
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            mapped &= (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        } else {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19))) {
                return true; // "this network", carrier-grade NAT, benchmarking
            }
        }
        return false;
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the answer is abandoned anyway
        }
    }
}
