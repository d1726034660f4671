package mx.costjalisco.gms.disclosure.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.disclosure.entity.DisclosedProject;
import mx.costjalisco.gms.disclosure.entity.LinkSubject;
import mx.costjalisco.gms.disclosure.entity.ProjectLink;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Roles;

/**
 * Links between the GMS's records (an agreement, an activity, a progress entry, a piece of evidence) and published
 * projects. Anyone working in the system may link and unlink; each is audited; an unlink withdraws, never deletes.
 * The features that own the records say whether a record exists (this one knows them only by kind and id).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class ProjectLinks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Links the project to the record; linking twice is refused. */
    public ProjectLink link(LinkSubject kind, Long subjectId, Long projectId) {
        if (kind == null || subjectId == null) {
            throw new BusinessRuleException("disclosure.link.noSubject");
        }
        DisclosedProject project = projectId == null ? null : em.find(DisclosedProject.class, projectId);
        if (project == null) {
            throw BusinessRuleException.onField("project", "disclosure.link.projectRequired");
        }
        boolean already = linksOf(kind, List.of(subjectId)).stream()
                .anyMatch(l -> l.getProject().equals(project));
        if (already) {
            throw BusinessRuleException.onField("project", "disclosure.link.already", project.getOcid());
        }
        ProjectLink link = new ProjectLink(project, kind, subjectId, clock.instant(), caller());
        em.persist(link);
        em.flush();
        audit.created(link);
        return link;
    }

    public void unlink(Long linkId) {
        ProjectLink link = em.find(ProjectLink.class, linkId);
        if (link == null || link.getWithdrawnAt() != null) {
            throw new BusinessRuleException("disclosure.link.notFound");
        }
        Map<String, Object> before = link.auditState();
        link.withdraw(clock.instant(), caller());
        audit.updated(link, before);
    }

    /** The current links of these records of one kind, by project id. */
    public List<ProjectLink> linksOf(LinkSubject kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ProjectLink.FIND_BY_SUBJECT, ProjectLink.class)
                .setParameter("kind", kind)
                .setParameter("ids", subjectIds)
                .getResultList();
    }

    public List<ProjectLink> linksTo(Long projectId) {
        return em.createNamedQuery(ProjectLink.FIND_BY_PROJECT, ProjectLink.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
