package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.costjalisco.gms.disclosure.control.DisclosureSettings;
import mx.costjalisco.gms.disclosure.control.ImportRefused;
import mx.costjalisco.gms.disclosure.control.SafeFetch;
import mx.costjalisco.gms.disclosure.control.Snapshots;
import mx.costjalisco.gms.disclosure.entity.DisclosureImport;
import mx.costjalisco.gms.disclosure.entity.ImportSource;
import mx.costjalisco.gms.disclosure.entity.ImportStatus;
import mx.costjalisco.gms.disclosure.entity.PartyMatch;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The manager's imports of OC4IDS projects: a package uploaded in the browser, fetched from the platform's URL, or
 * read from the configured folder. Each is recorded at once as running and applied in the background (never while a
 * page waits); one import at a time. Also where she says which entity an unmatched publisher is — decided once,
 * applied to its projects at once, remembered for every later import.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ProjectImports {

    /** An import still "running" after this long is taken as lost (the server stopped during it). */
    private static final Duration STALE = Duration.ofHours(3);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DisclosureSettings settings;

    @Inject
    private Event<ImportRequested> requests;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Keeps the uploaded package (refusing an empty or oversized one at once) and starts its import. */
    public DisclosureImport upload(String fileName, InputStream content) {
        String name = fileName == null || fileName.isBlank()
                ? "paquete.json"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        Path file = incoming();
        long size = copy(content, file);
        if (size == 0) {
            deleteQuietly(file);
            throw BusinessRuleException.onField("file", "disclosure.import.empty");
        }
        try {
            idle(); // after the copy: the lock is held only while checking and recording
        } catch (RuntimeException busy) {
            deleteQuietly(file);
            throw busy;
        }
        DisclosureImport run = record(ImportSource.UPLOAD, name);
        requests.fire(new ImportRequested(List.of(new ImportRequested.Job(run.getId(), file, null))));
        return run;
    }

    /** Starts fetching the package at the URL (the configured one when blank); the address is checked before. */
    public DisclosureImport fetch(String url) {
        idle();
        String target = url == null || url.isBlank() ? settings.feedUrl().orElse(null) : url.strip();
        if (target == null) {
            throw BusinessRuleException.onField("url", "disclosure.fetch.noUrl");
        }
        try {
            SafeFetch.parse(target);
        } catch (ImportRefused refused) {
            throw BusinessRuleException.onField(
                    "url", refused.getKey(), refused.getArguments().toArray());
        }
        DisclosureImport run = record(ImportSource.URL, target);
        requests.fire(new ImportRequested(List.of(new ImportRequested.Job(run.getId(), incoming(), target))));
        return run;
    }

    /** Starts one import per {@code .json} file of the configured folder, in name order. */
    public List<DisclosureImport> importFolder() {
        Path folder = settings.folder().orElseThrow(() -> new BusinessRuleException("disclosure.folder.none"));
        List<Path> packages = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            files.forEach(packages::add);
        } catch (IOException e) {
            throw new BusinessRuleException("disclosure.folder.unreadable", folder.toString());
        }
        if (packages.isEmpty()) {
            throw new BusinessRuleException("disclosure.folder.empty", folder.toString());
        }
        packages.sort(null);
        Map<Path, Path> copies = new LinkedHashMap<>(); // each package, copied first: the folder may change meanwhile
        try {
            for (Path source : packages) {
                Path file = incoming();
                copies.put(source, file);
                try {
                    Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new BusinessRuleException("disclosure.folder.unreadable", source.toString());
                }
            }
            idle(); // after the copies: the lock is held only while checking and recording
        } catch (RuntimeException refused) {
            copies.values().forEach(ProjectImports::deleteQuietly);
            throw refused;
        }
        List<DisclosureImport> runs = new ArrayList<>();
        List<ImportRequested.Job> jobs = new ArrayList<>();
        copies.forEach((source, file) -> {
            DisclosureImport run = record(ImportSource.FOLDER, source.toString());
            runs.add(run);
            jobs.add(new ImportRequested.Job(run.getId(), file, null));
        });
        requests.fire(new ImportRequested(jobs));
        return runs;
    }

    /**
     * Says which entity a publisher is (or, with no entity, that it is none of them): its projects take that entity
     * now, later imports remember it, and each entity's publication is taken again.
     */
    public void resolve(Long matchId, long version, Long entityId) {
        PartyMatch match = em.find(PartyMatch.class, matchId);
        if (match == null) {
            throw new BusinessRuleException("disclosure.match.notFound");
        }
        if (match.getVersion() != version) {
            throw new ConcurrentChangeException("PartyMatch", matchId);
        }
        PublishingEntity entity = entityId == null ? null : em.find(PublishingEntity.class, entityId);
        if (entityId != null && entity == null) {
            throw BusinessRuleException.onField("entity", "disclosure.match.entityNotFound");
        }
        Map<String, Object> before = match.auditState();
        Instant now = clock.instant();
        match.decide(entity, now, caller());
        em.createQuery("UPDATE DisclosedProject p SET p.entity = :entity WHERE p.authorityKey = :key")
                .setParameter("entity", entity)
                .setParameter("key", match.getPartyKey())
                .executeUpdate();
        em.flush();
        Snapshots.take(em, null, now);
        audit.updated(match, before);
    }

    private DisclosureImport record(ImportSource source, String name) {
        DisclosureImport run = new DisclosureImport(source, name, clock.instant(), caller());
        em.persist(run);
        em.flush();
        return run;
    }

    /**
     * Refuses a new import while one runs (a stale one, left by a stopped server, is closed first). The lock row is
     * held until this request's transaction ends, by which time its own import is recorded as running: two starts at
     * the same instant are served one after the other, and the second sees the first.
     */
    private void idle() {
        // The first read of the transaction: under MariaDB's repeatable read, a read before it would fix the snapshot
        // the check below sees, and a start that waited for the lock would miss the import recorded meanwhile.
        em.createNativeQuery("SELECT id FROM disclosure_import_lock WHERE id = 1 FOR UPDATE")
                .getResultList();
        Instant now = clock.instant();
        for (DisclosureImport running : em.createQuery(
                        "SELECT i FROM DisclosureImport i WHERE i.status = :running", DisclosureImport.class)
                .setParameter("running", ImportStatus.RUNNING)
                .getResultList()) {
            if (running.getStartedAt().plus(STALE).isBefore(now)) {
                running.refuse("disclosure.import.lost", null, now);
            } else {
                throw new BusinessRuleException("disclosure.import.busy");
            }
        }
    }

    private Path incoming() {
        try {
            Path folder = Files.createDirectories(settings.workDirectory());
            return folder.resolve(UUID.randomUUID() + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copy(InputStream content, Path file) {
        long total = 0;
        long max = settings.maxBytes();
        try (InputStream in = content;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > max) {
                    out.close();
                    deleteQuietly(file);
                    throw BusinessRuleException.onField(
                            "file", "disclosure.import.tooLarge", String.valueOf(settings.maxMegabytes()));
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** Removes a package file that will not (or no longer) be imported; a leftover is harmless. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing was imported from it
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
