package mx.costjalisco.gms.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.boundary.PublicRegistry.PublicInstitution;
import mx.costjalisco.gms.member.boundary.PublicRegistry.PublicOffice;
import mx.costjalisco.gms.member.boundary.PublicRegistry.PublicRepresentative;
import mx.costjalisco.gms.member.control.Composition;
import mx.costjalisco.gms.member.control.CompositionRule;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.OfficeTerm;

/** The GMS's current composition, for the public page, the open-data API and the registry's summary. */
@Stateless
@PermitAll
public class CompositionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InstitutionSearch search;

    @Inject
    private CompositionRule rule;

    @Inject
    private Clock clock;

    public Composition composition() {
        return Composition.of(rule.seats(), search.currentOn(LocalDate.now(clock)));
    }

    /** Institutions by sector and name, with their current representatives and liaisons; no contact data. */
    public PublicRegistry publicRegistry() {
        LocalDate today = LocalDate.now(clock);
        List<Institution> current = search.currentOn(today);
        Map<Long, List<Appointment>> appointments = search.currentAppointments(
                current.stream().map(Institution::getId).toList(), today);
        List<PublicInstitution> institutions = current.stream()
                .map(institution -> new PublicInstitution(
                        institution.getId(),
                        institution.getName(),
                        institution.getAcronym(),
                        institution.getSector(),
                        institution.getType(),
                        institution.isObserver(),
                        institution.getJoinedOn(),
                        appointments.getOrDefault(institution.getId(), List.of()).stream()
                                .sorted(Comparator.comparing(Appointment::getRole))
                                .map(a -> new PublicRepresentative(
                                        a.getPerson().getFullName(),
                                        a.getRole(),
                                        a.getStartsOn(),
                                        a.getPerson().isFictitious()))
                                .toList()))
                .toList();
        List<PublicOffice> offices = em
                .createNamedQuery(OfficeTerm.FIND_CURRENT, OfficeTerm.class)
                .setParameter("day", today)
                .getResultList()
                .stream()
                .map(term -> new PublicOffice(
                        term.getOffice(),
                        term.getPerson().getFullName(),
                        term.getInstitution() == null
                                ? null
                                : term.getInstitution().auditLabel(),
                        term.getStartsOn(),
                        term.getPerson().isFictitious()))
                .toList();
        return new PublicRegistry(today, institutions, offices, Composition.of(rule.seats(), current));
    }
}
