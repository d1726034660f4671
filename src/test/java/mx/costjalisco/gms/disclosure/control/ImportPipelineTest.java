package mx.costjalisco.gms.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import's parts without a server: streaming read with byte ranges, the CoST Jalisco feed's deviations, the
 * official schema (from {@code ../shared/oc4ids}, skipped where that folder is absent), and the fetcher's refusals.
 */
class ImportPipelineTest {

    private static final Path OC4IDS = Path.of(System.getProperty("gms.oc4ids.dir", "../shared/oc4ids"));

    @TempDir
    Path temp;

    private final PackageReader reader = new PackageReader(Json.mapper());

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(temp, "package", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aReportStoredBeforeProblemsKeptTheirEnglishStillReads() {
        String stored = "{\"warnings\":[],\"invalid\":[{\"index\":3,\"id\":\"p-4\",\"problems\":["
                + "{\"path\":\"/status\",\"message\":\"no tiene un valor en la enumeración\"}]}],"
                + "\"invalidNotListed\":0,\"unmatched\":[]}";
        ImportReport.Content content = ImportReport.fromJson(Json.mapper(), stored);
        ImportReport.Problem problem = content.invalid().get(0).problems().get(0);
        assertEquals("/status", problem.path());
        assertEquals("no tiene un valor en la enumeración", problem.message());
        assertEquals(null, problem.english(), "Spanish only, as it was stored");
        ImportReport report = new ImportReport();
        report.invalid(0, "p-1", List.of(new ImportReport.Problem("/id", "falta", "missing")));
        assertEquals(
                "missing",
                ImportReport.fromJson(Json.mapper(), report.toJson(Json.mapper()))
                        .invalid()
                        .get(0)
                        .problems()
                        .get(0)
                        .english(),
                "and a new one keeps both");
    }

    @Test
    void readsEachProjectWithTheExactBytesItOccupies() throws IOException {
        String first = "{\"id\": \"p-1\", \"title\": \"Puente ñandú\", \"budget\": {\"amount\": {\"amount\": 1.50}}}";
        String second = "{\"id\":\"p-2\"}";
        Path file =
                write("{\"uri\":\"https://x\",\"projects\":[ " + first + " ,\n" + second + "],\"version\":\"0.9\"}");
        byte[] bytes = Files.readAllBytes(file);
        List<String> slices = new ArrayList<>();
        PackageReader.Envelope envelope = reader.read(
                file,
                (index, project, from, to) ->
                        slices.add(new String(bytes, (int) from, (int) (to - from), StandardCharsets.UTF_8)));
        assertEquals(List.of(first, second), slices);
        assertEquals(2, envelope.projects());
        assertEquals("0.9", envelope.fields().get("version").asString());
        assertFalse(envelope.projectsAsObject());
    }

    @Test
    void refusesWhatIsNotAPackage() throws IOException {
        assertEquals("disclosure.import.empty", refusal(write("")));
        assertEquals("disclosure.import.notJson", refusal(write("{\"projects\": [ {\"id\": ")));
        assertEquals("disclosure.import.notJson", refusal(write("PK\u0003\u0004 not json")));
        assertEquals("disclosure.import.notPackage", refusal(write("[{\"id\":\"x\"}]")));
        assertEquals("disclosure.import.notPackage", refusal(write("{\"projects\": 3}")));
        assertEquals("disclosure.import.noProjects", refusal(write("{\"uri\":\"x\"}")));
        ImportRefused notJson = assertThrows(
                ImportRefused.class, () -> reader.read(write("{\n\"projects\": [\n  {,}]}"), (i, p, f, t) -> {}));
        assertEquals(List.of("3", "4"), notJson.getArguments(), "line and column of the fault");
    }

    private String refusal(Path file) {
        return assertThrows(ImportRefused.class, () -> reader.read(file, (i, p, f, t) -> {}))
                .getKey();
    }

    @Test
    void theFeedsDeviationsAreNormalisedAndNamed() throws IOException {
        Path file =
                write("{\"version\":\"1.0\",\"projects\":{\"id\":\"oc4ids-mxdy6h-0001\",\"status\":\"En ejecución\","
                        + "\"type\":\"Rehabilitación\",\"sector\":[\"Vialidades\",\"transport\"],"
                        + "\"contractingProcess\":{\"id\":\"cp-1\"}}}");
        List<JsonNode> read = new ArrayList<>();
        PackageReader.Envelope envelope = reader.read(file, (i, p, f, t) -> read.add(p));
        ImportReport report = new ImportReport();
        FeedNormaliser normaliser = new FeedNormaliser(report);
        ObjectNode fields = normaliser.envelope(envelope);
        JsonNode project = normaliser.project(read.get(0));
        assertEquals("0.9", fields.get("version").asString());
        assertEquals("implementation", project.get("status").asString());
        assertEquals("rehabilitation", project.get("type").asString());
        assertEquals("transport.road", project.get("sector").get(0).asString());
        assertTrue(project.get("contractingProcesses").isArray());
        assertFalse(project.has("contractingProcess"));
        assertTrue(read.get(0).has("contractingProcess"), "the publisher's project itself is not changed");
        List<String> codes = report.content().warnings().stream()
                .map(ImportReport.Warning::code)
                .toList();
        assertEquals(
                List.of("PROJECTS_OBJECT", "PACKAGE_VERSION", "CONTRACTING_PROCESS_SINGULAR", "LOCAL_CODE"), codes);
        assertEquals(3, report.content().warnings().get(3).count(), "status, type and one sector");
    }

    @Test
    void theOfficialSchemaAcceptsTheStandardsExampleAndWordsProblemsInSpanish() throws IOException {
        assumeTrue(Files.isDirectory(OC4IDS), "needs ../shared/oc4ids (the official schema and example)");
        Optional<Oc4idsSchema> loaded = Oc4idsSchema.load(
                OC4IDS.resolve("project-package-schema.json").toString(),
                temp.resolve("cache"),
                new SafeFetch(Duration.ofSeconds(5), 1 << 20, Set.of()),
                Json.mapper());
        assertTrue(loaded.isPresent());
        Oc4idsSchema schema = loaded.get();
        assertEquals("0.9.5", schema.version());
        assertTrue(Files.exists(temp.resolve("cache/project-schema.json")), "a copy is kept");
        List<JsonNode> projects = new ArrayList<>();
        PackageReader.Envelope envelope = reader.read(OC4IDS.resolve("example.json"), (i, p, f, t) -> projects.add(p));
        assertEquals(List.of(), schema.problemsOf(projects.get(0)));
        assertEquals(List.of(), schema.envelopeProblemsOf(envelope.fields()));

        ObjectNode broken = (ObjectNode) projects.get(0).deepCopy();
        broken.put("status", "a medias");
        ((ObjectNode) broken.get("budget").get("amount")).put("amount", "mucho");
        List<ImportReport.Problem> problems = schema.problemsOf(broken);
        List<String> paths = problems.stream().map(ImportReport.Problem::path).toList();
        assertTrue(paths.contains("/status"), paths.toString());
        assertTrue(paths.contains("/budget/amount/amount"), paths.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.message().contains("enumeración")), "Spanish messages: " + problems);
        assertTrue(
                problems.stream()
                        .anyMatch(p -> "/status".equals(p.path())
                                && p.english().startsWith("does not have a value in the enumeration")),
                "and the English wording: " + problems);

        // When the configured location fails, the copy kept serves.
        Optional<Oc4idsSchema> fromCopy = Oc4idsSchema.load(
                temp.resolve("missing.json").toString(),
                temp.resolve("cache"),
                new SafeFetch(Duration.ofSeconds(5), 1 << 20, Set.of()),
                Json.mapper());
        assertEquals("0.9.5", fromCopy.orElseThrow().version());
        assertTrue(Oc4idsSchema.load(
                        temp.resolve("missing.json").toString(),
                        temp.resolve("empty-cache"),
                        new SafeFetch(Duration.ofSeconds(5), 1 << 20, Set.of()),
                        Json.mapper())
                .isEmpty());
    }

    @Test
    void withoutTheSchemaTheStructuralChecksGuardWhatTheGmsReads() {
        JsonNode project = Json.mapper()
                .readTree(
                        "{\"id\":\"x\",\"title\":3,\"sector\":\"transport\",\"budget\":{\"amount\":{\"amount\":\"mucho\"}},"
                                + "\"period\":{\"startDate\":20230101}}");
        List<String> paths = StructuralChecks.problemsOf(project).stream()
                .map(ImportReport.Problem::path)
                .toList();
        assertEquals(List.of("/title", "/sector", "/budget/amount/amount", "/period/startDate"), paths);
        assertEquals(List.of(), StructuralChecks.problemsOf(Json.mapper().readTree("{\"id\":\"x\"}")));
    }

    @Test
    void theExampleIsSummarisedWithItsPublisher() throws IOException {
        assumeTrue(Files.isDirectory(OC4IDS), "needs ../shared/oc4ids (the standard's example)");
        List<JsonNode> projects = new ArrayList<>();
        reader.read(OC4IDS.resolve("example.json"), (i, p, f, t) -> projects.add(p));
        JsonNode project = projects.get(0);
        ProjectReading.Publisher publisher = ProjectReading.publisher(project);
        var summary = ProjectReading.summary(project, publisher);
        assertEquals(project.get("id").asString(), summary.ocid());
        assertEquals(project.get("title").asString(), summary.title());
        assertTrue(summary.authorityKey().startsWith("id:"), summary.authorityKey());
        assertEquals(36, summary.idsCount());
    }

    @Test
    void theFetcherRefusesWhatAServerMustNotFetch() throws Exception {
        SafeFetch fetch = new SafeFetch(Duration.ofSeconds(2), 1024, Set.of());
        Path target = temp.resolve("out.json");
        assertEquals(
                "disclosure.fetch.scheme",
                assertThrows(ImportRefused.class, () -> fetch.fetch("file:///etc/passwd", target))
                        .getKey());
        assertEquals(
                "disclosure.fetch.scheme",
                assertThrows(ImportRefused.class, () -> fetch.fetch("ftp://example.org/p.json", target))
                        .getKey());
        assertEquals(
                "disclosure.fetch.private",
                assertThrows(ImportRefused.class, () -> fetch.fetch("http://127.0.0.1:8080/p.json", target))
                        .getKey());
        assertEquals(
                "disclosure.fetch.private",
                assertThrows(ImportRefused.class, () -> fetch.fetch("http://localhost/p.json", target))
                        .getKey());
        for (String address :
                List.of("10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254", "::1", "fd00::1", "0.0.0.0")) {
            assertTrue(SafeFetch.isPrivate(InetAddress.getByName(address)), address);
        }
        assertFalse(SafeFetch.isPrivate(InetAddress.getByName("8.8.8.8")));
        assertFalse(Files.exists(target), "nothing was written");
    }

    @Test
    void anAllowedHostIsFetchedWithinTheSizeLimit() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] small = "{\"projects\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[4096];
        server.createContext("/small", exchange -> {
            exchange.sendResponseHeaders(200, small.length);
            exchange.getResponseBody().write(small);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            exchange.getResponseBody().write(big);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            SafeFetch fetch = new SafeFetch(Duration.ofSeconds(5), 1024, Set.of("127.0.0.1"));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path target = temp.resolve("fetched.json");
            assertEquals(small.length, fetch.fetch(base + "/small", target));
            assertEquals("{\"projects\":[]}", Files.readString(target));
            assertEquals(
                    "disclosure.import.tooLarge",
                    assertThrows(ImportRefused.class, () -> fetch.fetch(base + "/big", temp.resolve("big.json")))
                            .getKey());
            assertEquals(
                    "disclosure.fetch.status",
                    assertThrows(ImportRefused.class, () -> fetch.fetch(base + "/missing", temp.resolve("m.json")))
                            .getKey());
        } finally {
            server.stop(0);
        }
    }
}
