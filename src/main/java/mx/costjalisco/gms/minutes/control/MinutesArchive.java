package mx.costjalisco.gms.minutes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesAddendum;
import mx.costjalisco.gms.minutes.entity.MinutesFile;
import mx.costjalisco.gms.minutes.entity.MinutesFileKind;
import mx.costjalisco.gms.platform.files.FileStore;

/**
 * The minutes' archive: each frozen PDF (and scan, and addendum) stored in the data directory under its SHA-256, with
 * a record that keeps the digest. Anyone can ask whether a file is, byte for byte, one of them; the check reads every
 * archived file back and compares it with its recorded digest.
 */
@ApplicationScoped
public class MinutesArchive {

    /** What the check found for one archived file. */
    public enum Integrity {
        OK,
        MISSING,
        ALTERED
    }

    /** One archived file and what the check found. */
    public record Check(MinutesFile file, Integrity integrity, String actualSha256) {

        public boolean isOk() {
            return integrity == Integrity.OK;
        }

        public MinutesFile getFile() {
            return file;
        }

        public Integrity getIntegrity() {
            return integrity;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    public MinutesFile store(
            Minutes minutes,
            MinutesFileKind kind,
            MinutesAddendum addendum,
            String fileName,
            byte[] content,
            String by) {
        FileStore.StoredFile stored = files.store(fileName, content);
        return keep(minutes, kind, addendum, fileName, stored, by);
    }

    public MinutesFile store(Minutes minutes, MinutesFileKind kind, String fileName, InputStream content, String by) {
        FileStore.StoredFile stored = files.store(fileName, content);
        return keep(minutes, kind, null, fileName, stored, by);
    }

    private MinutesFile keep(
            Minutes minutes,
            MinutesFileKind kind,
            MinutesAddendum addendum,
            String fileName,
            FileStore.StoredFile stored,
            String by) {
        MinutesFile file = new MinutesFile(
                minutes,
                kind,
                addendum,
                fileName,
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                clock.instant(),
                by);
        em.persist(file);
        return file;
    }

    public byte[] read(MinutesFile file) {
        return files.read(file.getSha256());
    }

    public List<MinutesFile> filesOf(Minutes minutes) {
        return em.createNamedQuery(MinutesFile.FIND_BY_MINUTES, MinutesFile.class)
                .setParameter("minutesId", minutes.getId())
                .getResultList();
    }

    /** The archived PDF of frozen minutes (the last one, should there ever be more). */
    public Optional<MinutesFile> archiveOf(Minutes minutes) {
        return filesOf(minutes).stream()
                .filter(f -> f.getKind() == MinutesFileKind.ARCHIVE)
                .reduce((first, second) -> second);
    }

    /** The archived files whose content has this SHA-256. */
    public List<MinutesFile> matching(String sha256) {
        return em.createNamedQuery(MinutesFile.FIND_BY_SHA256, MinutesFile.class)
                .setParameter("sha256", sha256)
                .getResultList();
    }

    /** Reads every archived file back and compares its digest with the one recorded. */
    public List<Check> check() {
        return em.createNamedQuery(MinutesFile.FIND_ALL, MinutesFile.class)
                .getResultStream()
                .map(this::check)
                .toList();
    }

    public Check check(MinutesFile file) {
        return files.digestOfStored(file.getSha256())
                .map(actual ->
                        new Check(file, actual.equals(file.getSha256()) ? Integrity.OK : Integrity.ALTERED, actual))
                .orElseGet(() -> new Check(file, Integrity.MISSING, null));
    }
}
