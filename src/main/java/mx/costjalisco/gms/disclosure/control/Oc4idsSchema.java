package mx.costjalisco.gms.disclosure.control;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.i18n.DefaultMessageSource;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official OC4IDS project package schema (JSON Schema draft-04), loaded from where it is configured
 * ({@code GMS_OC4IDS_SCHEMA}: a file or an http(s) URL; default the standard's published 0.9.5 URL) together with the
 * project schema it refers to, kept as a copy in the data directory, and used through networknt's
 * json-schema-validator. When the configured location cannot be read, the last copy kept serves; when there is none,
 * {@link #load} answers empty and imports run only the application's own structural checks (and say so).
 *
 * <p>Problems are worded in Spanish (the validator's own {@code es} messages), and in English for the English pages,
 * with a JSON Pointer to the field.
 */
public final class Oc4idsSchema {

    private static final Logger LOG = Logger.getLogger(Oc4idsSchema.class.getName());
    private static final Pattern VERSION = Pattern.compile("/(\\d+)__(\\d+)__(\\d+)/");
    private static final String PACKAGE_FILE = "project-package-schema.json";
    private static final String PROJECT_FILE = "project-schema.json";

    private final String version;
    private final String source;
    private final Schema project;
    private final Schema envelope;

    private Oc4idsSchema(String version, String source, Schema project, Schema envelope) {
        this.version = version;
        this.source = source;
        this.project = project;
        this.envelope = envelope;
    }

    /** The schema version as the standard numbers it, e.g. {@code 0.9.5}. */
    public String version() {
        return version;
    }

    /** Where it was read from (the configured location, or the copy kept when that failed). */
    public String source() {
        return source;
    }

    /** The project's problems against the project schema; empty when valid. */
    public List<ImportReport.Problem> problemsOf(JsonNode projectNode) {
        return problems(project.validate(projectNode));
    }

    /** The package's own fields' problems (its projects are checked one by one). */
    public List<ImportReport.Problem> envelopeProblemsOf(ObjectNode fields) {
        ObjectNode withoutProjects = fields.deepCopy();
        withoutProjects.putArray("projects"); // read one by one; here only their place in the package counts
        return problems(envelope.validate(withoutProjects));
    }

    private static List<ImportReport.Problem> problems(List<Error> errors) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (Error error : errors) {
            String path = error.getInstanceLocation().toString();
            String english = error.isCustomMessage() || error.getMessageKey() == null
                    ? null
                    : DefaultMessageSource.getInstance()
                            .getMessage(error.getMessageKey(), Locale.ENGLISH, error.getArguments());
            problems.add(new ImportReport.Problem(path.isEmpty() ? "/" : path, error.getMessage(), english));
        }
        return problems;
    }

    /**
     * Reads the schema from {@code location} (a path, a {@code file:} URL or an http(s) URL fetched with
     * {@code fetch}); on success keeps a copy in {@code cache}; on failure uses the copy kept. Empty when neither
     * could be had.
     */
    public static Optional<Oc4idsSchema> load(String location, Path cache, SafeFetch fetch, JsonMapper mapper) {
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot create the schema cache " + cache, e);
        }
        try {
            String packageText = read(location, null, fetch);
            JsonNode packageNode = mapper.readTree(packageText);
            String projectRef = packageNode
                    .path("properties")
                    .path("projects")
                    .path("items")
                    .path("$ref")
                    .asString("");
            String projectText = read(location, projectRef, fetch);
            Oc4idsSchema schema = build(packageText, projectText, location, mapper);
            Files.writeString(cache.resolve(PACKAGE_FILE), packageText, StandardCharsets.UTF_8);
            Files.writeString(cache.resolve(PROJECT_FILE), projectText, StandardCharsets.UTF_8);
            return Optional.of(schema);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "The OC4IDS schema could not be read from " + location + ": " + e);
        }
        Path kept = cache.resolve(PACKAGE_FILE);
        if (Files.isRegularFile(kept) && Files.isRegularFile(cache.resolve(PROJECT_FILE))) {
            try {
                return Optional.of(build(
                        Files.readString(kept, StandardCharsets.UTF_8),
                        Files.readString(cache.resolve(PROJECT_FILE), StandardCharsets.UTF_8),
                        kept.toString(),
                        mapper));
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.WARNING, "The kept copy of the OC4IDS schema is unusable: " + e);
            }
        }
        return Optional.empty();
    }

    /** The package schema at {@code location}, or — with {@code ref} — the project schema it refers to. */
    private static String read(String location, String ref, SafeFetch fetch) throws IOException {
        boolean remote = location.startsWith("http://") || location.startsWith("https://");
        if (remote) {
            String url = ref == null || ref.isBlank()
                    ? location
                    : URI.create(location).resolve(ref).toString();
            Path temporary = Files.createTempFile("oc4ids-schema", ".json");
            try {
                fetch.fetch(url, temporary);
                return Files.readString(temporary, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        if (ref == null) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        // A file schema refers to its project schema by the published URL: read the file of that name beside it.
        String name = ref.isBlank() ? PROJECT_FILE : ref.substring(ref.lastIndexOf('/') + 1);
        return Files.readString(file.resolveSibling(name), StandardCharsets.UTF_8);
    }

    private static Oc4idsSchema build(String packageText, String projectText, String source, JsonMapper mapper) {
        ObjectNode packageNode = (ObjectNode) mapper.readTree(packageText);
        JsonNode projectNode = mapper.readTree(projectText);
        String projectId = projectNode.path("id").asString("");
        if (projectId.isBlank()) {
            throw new IllegalArgumentException("The project schema has no id");
        }
        // The envelope is checked without its projects (each is checked against the project schema on its own).
        ObjectNode envelopeNode = packageNode.deepCopy();
        ((ObjectNode) envelopeNode.path("properties")).putObject("projects").put("type", "array");
        ((ObjectNode) envelopeNode).remove("id");
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(Locale.forLanguageTag("es"))
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(projectId, projectText)));
        Schema project = registry.getSchema(SchemaLocation.of(projectId));
        project.initializeValidators();
        Schema envelope = registry.getSchema(envelopeNode);
        return new Oc4idsSchema(versionOf(projectId), source, project, envelope);
    }

    static String versionOf(String id) {
        Matcher matcher = VERSION.matcher(id);
        return matcher.find() ? matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3) : id;
    }
}
