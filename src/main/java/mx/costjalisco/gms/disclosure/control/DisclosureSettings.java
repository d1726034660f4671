package mx.costjalisco.gms.disclosure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.costjalisco.gms.platform.config.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where OC4IDS comes from and how far the application goes to get it: the schema ({@code GMS_OC4IDS_SCHEMA}), the
 * platform's feed URL ({@code GMS_OC4IDS_URL}), a folder of packages ({@code GMS_OC4IDS_FOLDER}), the size limit
 * ({@code GMS_OC4IDS_MAX_MEGABYTES}), the network timeout ({@code GMS_OC4IDS_TIMEOUT_SECONDS}), hosts of the private
 * network that may be fetched from ({@code GMS_OC4IDS_ALLOWED_HOSTS}), and the URL of a project on the platform
 * ({@code GMS_DISCLOSURE_PROJECT_URL}, with {@code {id}}).
 */
@ApplicationScoped
public class DisclosureSettings {

    @Inject
    @ConfigProperty(name = "gms.oc4ids.schema")
    private String schema;

    @Inject
    @ConfigProperty(name = "gms.oc4ids.url")
    private Optional<String> feedUrl;

    @Inject
    @ConfigProperty(name = "gms.oc4ids.folder")
    private Optional<String> folder;

    @Inject
    @ConfigProperty(name = "gms.oc4ids.max-megabytes", defaultValue = "250")
    private int maxMegabytes;

    @Inject
    @ConfigProperty(name = "gms.oc4ids.timeout-seconds", defaultValue = "60")
    private int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "gms.oc4ids.allowed-hosts")
    private Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "gms.disclosure.project-url")
    private Optional<String> projectUrl;

    @Inject
    private DataDirectory data;

    public String schemaLocation() {
        return schema;
    }

    public Optional<String> feedUrl() {
        return feedUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<Path> folder() {
        return folder.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    }

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    public SafeFetch fetcher() {
        Set<String> hosts = allowedHosts
                .map(list -> Arrays.stream(list.split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        return new SafeFetch(Duration.ofSeconds(timeoutSeconds), maxBytes(), hosts);
    }

    /** Where downloaded and uploaded packages wait for their import (removed after it). */
    public Path workDirectory() {
        return data.root().resolve("oc4ids").resolve("incoming");
    }

    /** Where the copy of the schema is kept. */
    public Path schemaCache() {
        return data.root().resolve("oc4ids").resolve("schema");
    }

    /** The project's page on the disclosure platform, when the platform's URL template is configured. */
    public Optional<String> projectUrl(String ocid) {
        return projectUrl
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(template -> template.replace(
                        "{id}",
                        java.net.URLEncoder.encode(ocid, java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20")));
    }
}
