package mx.costjalisco.gms.disclosure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.DisclosureImport;
import mx.costjalisco.gms.disclosure.entity.ProjectSummary;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.files.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies one OC4IDS package to the store, whole or not at all: in one transaction, each project is read from the
 * file (streaming), normalised, validated against the OC4IDS schema, matched to its publishing entity, and inserted
 * or updated by its {@code id} — or left alone when its content has not changed. Invalid projects are listed in the
 * report, not taken; a refusal (a repeated id, not JSON, not a package…) rolls everything back. The persistence
 * context is flushed and cleared every {@value #BATCH} projects so memory stays bounded whatever the package's size.
 * Runs outside any request (see {@code ProjectImports}): who started it is on the import's record.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    static final int BATCH = 200;
    private static final int TRANSACTION_SECONDS = 3 * 3600;
    private static final Duration SCHEMA_REFRESH = Duration.ofHours(6);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Inject
    private DisclosureSettings settings;

    @Inject
    private Clock clock;

    private final JsonMapper mapper = Json.mapper();

    private volatile Oc4idsSchema schema;
    private volatile Instant schemaLoadedAt;

    /** Runs the import {@code importId} (RUNNING) on the package in {@code file}, then deletes the file. */
    public void run(Long importId, Path file) {
        try {
            ImportReport report = new ImportReport();
            Optional<Oc4idsSchema> validator = schema();
            try {
                begin();
                apply(importId, file, validator, report);
                transaction.commit();
            } catch (ImportRefused refused) {
                rollback();
                refuse(importId, refused, report);
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "Import " + importId + " failed", e);
                rollback();
                refuse(importId, new ImportRefused(e, "disclosure.import.failed"), report);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning("Could not remove " + file + ": " + e);
            }
        }
    }

    /** Marks a RUNNING import refused before it could read anything (e.g. the download failed). */
    public void refuse(Long importId, ImportRefused refused) {
        refuse(importId, refused, null);
    }

    private void apply(Long importId, Path file, Optional<Oc4idsSchema> validator, ImportReport report)
            throws IOException {
        DisclosureImport run = em.find(DisclosureImport.class, importId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        try (var in = Files.newInputStream(file)) {
            run.describeSource(Files.size(file), Sha256.hex(in));
        }
        run.describeSchema(
                validator.map(Oc4idsSchema::version).orElse(null),
                validator.map(Oc4idsSchema::source).orElse(null));
        Map<String, Object[]> known = new HashMap<>();
        for (Object[] row : em.createNamedQuery(DisclosedProject.FIND_FINGERPRINTS, Object[].class)
                .getResultList()) {
            known.put((String) row[0], new Object[] {row[1], row[2]});
        }
        PublisherMatcher matcher = new PublisherMatcher(em, now);
        FeedNormaliser normaliser = new FeedNormaliser(report);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> positions = new HashMap<>();
        int[] counts = new int[3]; // new, updated, unchanged
        int[] pending = {0};
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            PackageReader.Envelope envelope = new PackageReader(mapper).read(file, (index, project, from, to) -> {
                String id = project.isObject() ? FeedNormaliser.textOf(project.get("id")) : null;
                if (!project.isObject()) {
                    report.invalid(index, null, List.of(new ImportReport.Problem("/", StructuralChecks.NOT_AN_OBJECT)));
                    return;
                }
                if (id == null) {
                    report.invalid(index, null, List.of(new ImportReport.Problem("/id", StructuralChecks.NO_ID)));
                    return;
                }
                if (!seen.add(id)) {
                    throw new ImportRefused("disclosure.import.duplicateId", id, positions.get(id) + 1, index + 1);
                }
                positions.put(id, index);
                JsonNode normal = normaliser.project(project);
                List<ImportReport.Problem> problems =
                        validator.map(s -> s.problemsOf(normal)).orElseGet(() -> StructuralChecks.problemsOf(normal));
                if (!problems.isEmpty()) {
                    report.invalid(index, id, problems);
                    return;
                }
                String sha = Sha256.hex(mapper.writeValueAsBytes(project));
                Object[] before = known.get(id);
                if (before != null && sha.equals(before[1])) {
                    counts[2]++;
                    return;
                }
                ProjectReading.Publisher publisher = ProjectReading.publisher(normal);
                ProjectSummary summary = ProjectReading.summary(normal, publisher);
                PublishingEntity entity = matcher.match(publisher, report);
                String raw = slice(channel, from, to);
                DisclosedProject stored;
                if (before == null) {
                    stored = new DisclosedProject(id, importId, today);
                    stored.read(summary, raw, sha, importId, now);
                    stored.assign(entity);
                    em.persist(stored);
                    counts[0]++;
                } else {
                    stored = em.find(DisclosedProject.class, before[0]);
                    stored.read(summary, raw, sha, importId, now);
                    stored.assign(entity);
                    counts[1]++;
                }
                if (++pending[0] % BATCH == 0) {
                    em.flush();
                    em.clear();
                }
            });
            ObjectNode fields = normaliser.envelope(envelope);
            validator.ifPresent(s ->
                    s.envelopeProblemsOf(fields).forEach(p -> report.warn("PACKAGE_FIELD", p.path(), p.message())));
            run = em.find(DisclosureImport.class, importId);
            run.describePackage(
                    FeedNormaliser.textOf(fields.get("uri")), FeedNormaliser.textOf(fields.get("publishedDate")));
            if (counts[0] + counts[1] + counts[2] == 0 && report.invalidCount() == 0) {
                throw new ImportRefused("disclosure.import.noProjects");
            }
            em.flush();
            Snapshots.take(em, importId, now);
            run.apply(
                    envelope.projects(),
                    counts[0],
                    counts[1],
                    counts[2],
                    report.invalidCount(),
                    report.unmatchedProjects(),
                    report.toJson(mapper),
                    clock.instant());
        }
    }

    private static String slice(FileChannel channel, long from, long to) {
        if (from < 0 || to <= from || to - from > Integer.MAX_VALUE) {
            throw new IllegalStateException("No byte range for a project: " + from + "-" + to);
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) (to - from));
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, from + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private void refuse(Long importId, ImportRefused refused, ImportReport report) {
        try {
            begin();
            DisclosureImport run = em.find(DisclosureImport.class, importId);
            if (report != null) {
                run.keepReport(report.toJson(mapper), 0, report.invalidCount());
            }
            run.refuse(refused.getKey(), refused.detail(), clock.instant());
            transaction.commit();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not record the refusal of import " + importId, e);
            rollback();
        }
    }

    /** The schema, loaded on first use and refreshed every few hours (a failed refresh keeps the one loaded). */
    private Optional<Oc4idsSchema> schema() {
        Instant now = clock.instant();
        if (schema == null || schemaLoadedAt.plus(SCHEMA_REFRESH).isBefore(now)) {
            Optional<Oc4idsSchema> loaded =
                    Oc4idsSchema.load(settings.schemaLocation(), settings.schemaCache(), settings.fetcher(), mapper);
            if (loaded.isPresent()) {
                schema = loaded.get();
                schemaLoadedAt = now;
            }
        }
        return Optional.ofNullable(schema);
    }

    private void begin() throws Exception {
        transaction.setTransactionTimeout(TRANSACTION_SECONDS);
        transaction.begin();
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }
}
