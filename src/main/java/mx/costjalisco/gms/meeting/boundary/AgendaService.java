package mx.costjalisco.gms.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.meeting.control.AgendaTemplate;
import mx.costjalisco.gms.meeting.control.MeetingRules;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.AgendaItemState;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingDocument;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.meeting.entity.MeetingStatus;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.Records;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The agenda (orden del día) and the documents of a meeting. The secretary adds, edits, orders and withdraws items;
 * the Reglamento's fixed points stay. Members propose items for an ordinary session up to 72 hours before it, and the
 * secretary accepts or declines each with a reason (art. 18). An extraordinary session takes no added items.
 */
@Stateless
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
public class AgendaService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private MeetingRules rules;

    @Inject
    private FileStore files;

    @Inject
    private SecurityContext security;

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<AgendaItem> itemsOf(Long meetingId) {
        return em.createNamedQuery(AgendaItem.FIND_BY_MEETING, AgendaItem.class)
                .setParameter("meetingId", meetingId)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public List<MeetingDocument> documentsOf(Long meetingId) {
        return em.createNamedQuery(MeetingDocument.FIND_BY_MEETING, MeetingDocument.class)
                .setParameter("meetingId", meetingId)
                .getResultList();
    }

    /** Adds an item after the session's other items, under the "matters" point. */
    public AgendaItem add(Long meetingId, String title, String description, int minutes) {
        Meeting meeting = editable(meetingId);
        if (meeting.getKind() == MeetingKind.EXTRAORDINARY && meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException("agenda.extraordinaryClosed");
        }
        checkItem(title, description, minutes);
        AgendaItem item = new AgendaItem(meeting, title.strip(), minutes);
        item.setDescription(MeetingService.blankToNull(description));
        item.setPosition(nextItemPosition(meeting));
        em.persist(item);
        audit.created(item);
        return item;
    }

    public AgendaItem update(Long itemId, long version, String title, String description, int minutes) {
        AgendaItem item = Records.current(em, AgendaItem.class, itemId, version);
        editable(item.getMeeting().getId());
        checkItem(title, description, minutes);
        Map<String, Object> before = item.auditState();
        item.setTitle(title.strip());
        item.setDescription(MeetingService.blankToNull(description));
        item.setMinutes(minutes);
        Records.flush(em, item);
        audit.updated(item, before);
        return item;
    }

    /** Takes an item off the agenda; it stays in the record. The Reglamento's fixed points cannot be withdrawn. */
    public void withdraw(Long itemId, long version) {
        AgendaItem item = Records.current(em, AgendaItem.class, itemId, version);
        editable(item.getMeeting().getId());
        if (item.isFixed()) {
            throw new BusinessRuleException("agenda.fixedPoint");
        }
        Map<String, Object> before = item.auditState();
        item.withdraw();
        Records.flush(em, item);
        audit.changed(item, AuditAction.ENDED, before);
    }

    /** Moves a session item one place up or down among the session's own items. */
    public void move(Long itemId, boolean up) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || item.isFixed()) {
            return;
        }
        editable(item.getMeeting().getId());
        List<AgendaItem> own = itemsOf(item.getMeeting().getId()).stream()
                .filter(i -> !i.isFixed() && i.isOnAgenda())
                .toList();
        int index = own.indexOf(item);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= own.size()) {
            return;
        }
        AgendaItem neighbour = own.get(other);
        int position = item.getPosition();
        item.setPosition(neighbour.getPosition());
        neighbour.setPosition(position);
    }

    /** A member proposes an item for an ordinary session, up to the configured hours before it (art. 18). */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
    public AgendaItem propose(Long meetingId, String title, String description) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new BusinessRuleException("record.notFound");
        }
        if (meeting.getKind() != MeetingKind.ORDINARY) {
            throw new BusinessRuleException("agenda.noProposalsForKind");
        }
        if (!meeting.isOpen()) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        if (Duration.between(LocalDateTime.now(clock), meeting.getStartsAt()).toHours() < rules.proposalHours()) {
            throw new BusinessRuleException("agenda.proposalTooLate", rules.proposalHours());
        }
        checkItem(title, description, 10);
        AgendaItem item = AgendaItem.proposal(
                meeting,
                title.strip(),
                MeetingService.blankToNull(description),
                security.getCallerPrincipal().getName(),
                clock.instant());
        item.setPosition(nextItemPosition(meeting));
        em.persist(item);
        audit.created(item);
        return item;
    }

    /** Accepts a proposed item onto the agenda or declines it; declining needs a reason. */
    public AgendaItem decide(Long itemId, long version, boolean accept, String reason) {
        AgendaItem item = Records.current(em, AgendaItem.class, itemId, version);
        if (item.getState() != AgendaItemState.PROPOSED) {
            throw new BusinessRuleException("agenda.notProposed");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw BusinessRuleException.onField("reason", "agenda.declineNeedsReason");
        }
        Map<String, Object> before = item.auditState();
        item.decide(accept, MeetingService.blankToNull(reason));
        if (accept) {
            item.setPosition(nextItemPosition(item.getMeeting()));
        }
        Records.flush(em, item);
        audit.updated(item, before);
        return item;
    }

    public MeetingDocument attach(Long meetingId, String fileName, InputStream content) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > MeetingDocument.FILE_NAME_MAXLENGTH) {
            throw BusinessRuleException.onField("file", "upload.badName");
        }
        FileStore.StoredFile stored = files.store(name, content);
        MeetingDocument document = new MeetingDocument(
                meeting,
                name,
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                clock.instant(),
                security.getCallerPrincipal().getName());
        em.persist(document);
        audit.created(document);
        return document;
    }

    public void withdrawDocument(Long documentId, long version) {
        MeetingDocument document = Records.current(em, MeetingDocument.class, documentId, version);
        Map<String, Object> before = document.auditState();
        document.withdraw(clock.instant());
        Records.flush(em, document);
        audit.changed(document, AuditAction.ENDED, before);
    }

    private Meeting editable(Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new BusinessRuleException("record.notFound");
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.notOpen");
        }
        return meeting;
    }

    private void checkItem(String title, String description, int minutes) {
        if (title == null || title.isBlank()) {
            throw BusinessRuleException.onField("title", "agenda.titleRequired");
        }
        if (title.strip().length() > AgendaItem.TITLE_MAXLENGTH
                || (description != null && description.strip().length() > AgendaItem.DESCRIPTION_MAXLENGTH)) {
            throw new BusinessRuleException("form.tooLong");
        }
        if (minutes < 1 || minutes > 480) {
            throw BusinessRuleException.onField("minutes", "agenda.minutesRange");
        }
    }

    private int nextItemPosition(Meeting meeting) {
        int matters = AgendaTemplate.mattersPosition(meeting.getKind()) * AgendaTemplate.POSITION_STEP;
        int max = itemsOf(meeting.getId()).stream()
                .filter(i -> !i.isFixed())
                .mapToInt(AgendaItem::getPosition)
                .max()
                .orElse(matters);
        return Math.max(max, matters) + 1;
    }
}
