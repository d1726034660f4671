package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.files.FileStore;
import mx.costjalisco.gms.platform.security.Roles;

/** What everyone signed in reads of disclosure: the entities, all their agreements (drafts too) and documents. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class DisclosureReads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    public List<PublishingEntity> entities() {
        return em.createNamedQuery(PublishingEntity.FIND_ALL, PublishingEntity.class)
                .getResultList();
    }

    public List<ParticipationAgreement> agreements() {
        return em.createNamedQuery(ParticipationAgreement.FIND_ALL, ParticipationAgreement.class)
                .getResultList();
    }

    public Optional<PublishingEntity> entity(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(PublishingEntity.class, id));
    }

    public List<ParticipationAgreement> agreementsOf(Long entityId) {
        return em.createNamedQuery(ParticipationAgreement.FIND_BY_ENTITY, ParticipationAgreement.class)
                .setParameter("entityId", entityId)
                .getResultList();
    }

    public Optional<ParticipationAgreement> agreement(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ParticipationAgreement.class, id));
    }

    public byte[] read(String sha256) {
        return files.read(sha256);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
