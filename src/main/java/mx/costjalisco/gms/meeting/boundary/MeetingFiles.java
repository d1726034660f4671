package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.ConvocationPdf;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingDocument;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.security.Roles;

/** The files of a meeting for anyone signed in: its documents, the convocation and the attendance list as PDFs. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class MeetingFiles {

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConvocationPdf convocationPdf;

    @Inject
    private AttendanceService attendance;

    @Inject
    private FileStore files;

    public Optional<Download> convocation(Long meetingId) {
        return meeting(meetingId)
                .map(meeting -> new Download(
                        "convocatoria-%d-%s%d.pdf"
                                .formatted(meeting.getYear(), meeting.getKind().code(), meeting.getNumber()),
                        "application/pdf",
                        convocationPdf.render(meeting)));
    }

    public Optional<Download> attendanceList(Long meetingId) {
        return meeting(meetingId)
                .map(meeting -> new Download(
                        "lista-de-asistencia-%d-%s%d.pdf"
                                .formatted(meeting.getYear(), meeting.getKind().code(), meeting.getNumber()),
                        "application/pdf",
                        attendance.attendancePdf(meetingId)));
    }

    /** A document, also when withdrawn: a convocation that went out with it still points at it. */
    public Optional<Download> document(Long documentId) {
        return Optional.ofNullable(documentId == null ? null : em.find(MeetingDocument.class, documentId))
                .map(d -> new Download(d.getFileName(), d.getContentType(), files.read(d.getSha256())));
    }

    private Optional<Meeting> meeting(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Meeting.class, id));
    }
}
