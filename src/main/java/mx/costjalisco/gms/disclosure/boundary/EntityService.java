package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.costjalisco.gms.disclosure.control.AgreementDraft;
import mx.costjalisco.gms.disclosure.control.EntityDraft;
import mx.costjalisco.gms.disclosure.control.EntityRules;
import mx.costjalisco.gms.disclosure.entity.AgreementStatus;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditAction;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * The manager's side of disclosure (Gerencia CoST): keeps the publishing entities and their participation
 * agreements — drafted, signed with the signed PDF attached, terminated with a reason. Every change is audited;
 * nothing is deleted.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class EntityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Adds a publishing entity, or saves the changes to one; refuses a name or an identifier already taken. */
    public PublishingEntity save(EntityDraft draft) {
        EntityRules.check(draft, LocalDate.now(clock));
        PublishingEntity entity;
        Map<String, Object> before = null;
        if (draft.getId() == null) {
            entity = new PublishingEntity(
                    draft.getName(), draft.getKind(), draft.getJoinedOn(), clock.instant(), caller());
        } else {
            entity = entity(draft.getId());
            if (entity.getVersion() != draft.getVersion()) {
                throw new ConcurrentChangeException("PublishingEntity", entity.getId());
            }
            before = entity.auditState();
        }
        unique(entity, draft);
        entity.setName(draft.getName());
        entity.setShortName(draft.getShortName());
        entity.setKind(draft.getKind());
        entity.setPartyId(draft.getPartyId());
        entity.setJoinedOn(draft.getJoinedOn());
        entity.setNotes(draft.getNotes());
        entity.setInstitution(
                draft.getInstitutionId() == null ? null : em.find(Institution.class, draft.getInstitutionId()));
        if (before == null) {
            em.persist(entity);
            em.flush();
            audit.created(entity);
        } else {
            audit.updated(entity, before);
        }
        return entity;
    }

    /** The entity leaves the initiative on a day, with the reason; its record and agreements stay. */
    public void leave(Long entityId, LocalDate on, String reason) {
        PublishingEntity entity = entity(entityId);
        if (!entity.isActive()) {
            throw new BusinessRuleException("disclosure.alreadyLeft");
        }
        if (on == null) {
            throw BusinessRuleException.onField("leftOn", "disclosure.leftOnRequired");
        }
        if (on.isBefore(entity.getJoinedOn())) {
            throw BusinessRuleException.onField("leftOn", "disclosure.leftBeforeJoined");
        }
        String text = EntityRules.reason(reason, PublishingEntity.REASON_MAXLENGTH);
        Map<String, Object> before = entity.auditState();
        entity.leave(on, text);
        audit.updated(entity, before);
    }

    /**
     * Adds an agreement to an entity, or saves its terms; with a file, attaches it as the signed document (a PDF
     * only). Refused whole when anything is wrong.
     */
    public ParticipationAgreement save(AgreementDraft draft, String fileName, InputStream document) {
        ParticipationAgreement agreement;
        Map<String, Object> before = null;
        if (draft.getId() == null) {
            PublishingEntity entity = entity(draft.getEntityId());
            EntityRules.check(draft, null);
            agreement = new ParticipationAgreement(entity, draft.getTitle(), clock.instant(), caller());
        } else {
            agreement = agreement(draft.getId());
            if (agreement.getVersion() != draft.getVersion()) {
                throw new ConcurrentChangeException("ParticipationAgreement", agreement.getId());
            }
            EntityRules.check(draft, agreement.getSignedOn());
            before = agreement.auditState();
        }
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            throw new BusinessRuleException("disclosure.agreementTerminated");
        }
        agreement.setTitle(draft.getTitle());
        agreement.setValidUntil(draft.getValidUntil());
        agreement.setCommitments(draft.getCommitments());
        agreement.setProjectsPerQuarter(draft.getProjectsPerQuarter());
        if (fileName != null && !fileName.isBlank()) {
            EntityRules.pdfOnly(fileName);
            FileStore.StoredFile stored;
            try {
                stored = files.store(fileName, document);
            } catch (BusinessRuleException refused) {
                throw BusinessRuleException.onField("document", refused.getMessageKey(), refused.getArguments());
            }
            agreement.attach(safeName(fileName), stored.contentType(), stored.size(), stored.sha256());
        }
        if (before == null) {
            em.persist(agreement);
            em.flush();
            audit.created(agreement);
        } else {
            audit.updated(agreement, before);
        }
        return agreement;
    }

    /** Records the signature of a drafted agreement: on a day not after today, not after its end date. */
    public void sign(Long agreementId, long version, LocalDate signedOn) {
        ParticipationAgreement agreement = agreement(agreementId);
        if (agreement.getVersion() != version) {
            throw new ConcurrentChangeException("ParticipationAgreement", agreement.getId());
        }
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("disclosure.notDraft");
        }
        EntityRules.signature(signedOn, agreement.getValidUntil(), LocalDate.now(clock));
        Map<String, Object> before = agreement.auditState();
        agreement.sign(signedOn);
        audit.changed(agreement, AuditAction.UPDATED, before);
    }

    /** Ends an agreement early, today, with the reason. */
    public void terminate(Long agreementId, String reason) {
        ParticipationAgreement agreement = agreement(agreementId);
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            throw new BusinessRuleException("disclosure.agreementTerminated");
        }
        String text = EntityRules.reason(reason, ParticipationAgreement.REASON_MAXLENGTH);
        Map<String, Object> before = agreement.auditState();
        agreement.terminate(LocalDate.now(clock), text);
        audit.updated(agreement, before);
    }

    /** The member institutions an entity can be linked to. */
    public List<Institution> institutions() {
        return em.createQuery("SELECT i FROM Institution i ORDER BY i.name", Institution.class)
                .getResultList();
    }

    private void unique(PublishingEntity entity, EntityDraft draft) {
        boolean nameTaken = em.createNamedQuery(PublishingEntity.FIND_BY_NAME, PublishingEntity.class)
                .setParameter("name", draft.getName().toLowerCase(Locale.ROOT))
                .getResultStream()
                .anyMatch(other -> !other.equals(entity));
        if (nameTaken) {
            throw BusinessRuleException.onField("name", "disclosure.duplicateName");
        }
        if (draft.getPartyId() != null) {
            boolean idTaken = em.createNamedQuery(PublishingEntity.FIND_BY_PARTY, PublishingEntity.class)
                    .setParameter("partyId", draft.getPartyId())
                    .getResultStream()
                    .anyMatch(other -> !other.equals(entity));
            if (idTaken) {
                throw BusinessRuleException.onField("partyId", "disclosure.duplicatePartyId", draft.getPartyId());
            }
        }
    }

    private PublishingEntity entity(Long id) {
        PublishingEntity entity = id == null ? null : em.find(PublishingEntity.class, id);
        if (entity == null) {
            throw new BusinessRuleException("disclosure.notFound");
        }
        return entity;
    }

    private ParticipationAgreement agreement(Long id) {
        ParticipationAgreement agreement = id == null ? null : em.find(ParticipationAgreement.class, id);
        if (agreement == null) {
            throw new BusinessRuleException("disclosure.notFound");
        }
        return agreement;
    }

    /** The name the browser gave, without any folder, within the column's length. */
    private static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
