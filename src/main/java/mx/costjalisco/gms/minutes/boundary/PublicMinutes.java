package mx.costjalisco.gms.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.minutes.control.MinutesArchive;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesFile;
import mx.costjalisco.gms.minutes.entity.MinutesFileKind;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.platform.config.TimeConfiguration;
import mx.costjalisco.gms.platform.files.Sha256;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The approved minutes as anyone sees them (art. 28: the GMS publishes its minutes): the list, the archived PDFs, and
 * the check whether a PDF is, byte for byte, one of them. Drafts, versions under review and liaison meetings' minutas
 * are never published.
 */
@Stateless
@PermitAll
public class PublicMinutes {

    /** One approved acta as published. */
    public record PublishedMinutes(
            Long id,
            String session,
            String kind,
            LocalDate sessionDay,
            int version,
            String approvalRule,
            LocalDate approvedOn,
            OffsetDateTime approvedAt,
            String approvalSession,
            String approvalAgreement,
            String pdfPath,
            String pdfUrl,
            String sha256,
            long sizeBytes,
            List<PublishedFile> files)
            implements java.io.Serializable {}

    /** An archived file of published minutes: the PDF, the signed scan, an addendum. */
    public record PublishedFile(
            String kind,
            String fileName,
            String path,
            String url,
            String sha256,
            long sizeBytes,
            OffsetDateTime archivedAt)
            implements java.io.Serializable {}

    /** What the verification of an uploaded file found. */
    public record Verification(
            boolean matches, String sha256, List<PublishedFile> files, List<PublishedMinutes> minutes)
            implements java.io.Serializable {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesArchive archive;

    @Inject
    private TimeConfiguration time;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gms.public.url")
    private String publicUrl;

    public List<PublishedMinutes> published() {
        return em.createNamedQuery(Minutes.FIND_APPROVED, Minutes.class)
                .setParameter("status", MinutesStatus.APPROVED)
                .getResultStream()
                .filter(m -> !m.isMinuta())
                .map(this::publish)
                .toList();
    }

    public Optional<PublishedMinutes> published(Long id) {
        Minutes minutes = id == null ? null : em.find(Minutes.class, id);
        return isPublic(minutes) ? Optional.of(publish(minutes)) : Optional.empty();
    }

    /** An archived file of approved minutes, for download; empty for anything not published. */
    public Optional<Download> file(Long fileId) {
        MinutesFile file = fileId == null ? null : em.find(MinutesFile.class, fileId);
        if (file == null || !isPublic(file.getMinutes())) {
            return Optional.empty();
        }
        return Optional.of(new Download(file.getFileName(), file.getContentType(), archive.read(file)));
    }

    /** A file's bytes with its name and type. */
    public record Download(String fileName, String contentType, byte[] content) implements java.io.Serializable {}

    /** Whether these bytes are exactly an archived file of approved minutes. */
    public Verification verify(byte[] content) {
        String sha256 = Sha256.hex(content);
        List<MinutesFile> found = archive.matching(sha256).stream()
                .filter(f -> isPublic(f.getMinutes()))
                .toList();
        return new Verification(
                !found.isEmpty(),
                sha256,
                found.stream().map(this::publish).toList(),
                found.stream()
                        .map(MinutesFile::getMinutes)
                        .distinct()
                        .map(this::publish)
                        .toList());
    }

    private static boolean isPublic(Minutes minutes) {
        return minutes != null && minutes.getStatus() == MinutesStatus.APPROVED && !minutes.isMinuta();
    }

    private PublishedMinutes publish(Minutes minutes) {
        List<MinutesFile> files = archive.filesOf(minutes);
        MinutesFile pdf = files.stream()
                .filter(f -> f.getKind() == MinutesFileKind.ARCHIVE)
                .reduce((a, b) -> b)
                .orElse(null);
        var locale = Bundle.RECORD_LOCALE;
        return new PublishedMinutes(
                minutes.getId(),
                MeetingTexts.name(minutes.getMeeting(), locale),
                minutes.getMeeting().getKind().name(),
                minutes.getMeeting().getDay(),
                minutes.getApprovedNumber(),
                minutes.getApprovalRule() == null
                        ? null
                        : minutes.getApprovalRule().name(),
                minutes.getApprovedOn(),
                minutes.getApprovedAt() == null
                        ? null
                        : minutes.getApprovedAt().atZone(time.zone()).toOffsetDateTime(),
                minutes.getApprovalRule() == ApprovalRule.SESSION && minutes.getApprovalMeeting() != null
                        ? MeetingTexts.name(minutes.getApprovalMeeting(), locale)
                        : null,
                minutes.getApprovalAgreement(),
                pdf == null ? null : path(pdf),
                pdf == null ? null : url(pdf),
                pdf == null ? null : pdf.getSha256(),
                pdf == null ? 0 : pdf.getSize(),
                files.stream().map(this::publish).toList());
    }

    private PublishedFile publish(MinutesFile file) {
        return new PublishedFile(
                file.getKind().name(),
                file.getFileName(),
                path(file),
                url(file),
                file.getSha256(),
                file.getSize(),
                file.getCreatedAt().atZone(time.zone()).toOffsetDateTime());
    }

    /** The file's path within the application ("public/minutes/file/12"). */
    static String path(MinutesFile file) {
        return "public/minutes/file/" + file.getId();
    }

    /** The file's address for anyone, on the configured public URL. */
    private String url(MinutesFile file) {
        return publicUrl.replaceAll("/+$", "") + "/" + path(file);
    }
}
