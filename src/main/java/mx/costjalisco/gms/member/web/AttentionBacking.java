package mx.costjalisco.gms.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.control.Composition;
import mx.costjalisco.gms.member.control.CompositionRule;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.control.TermPolicy;
import mx.costjalisco.gms.member.control.TermWatch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;

/**
 * The registry's part of the home page: what needs the secretary's attention — vacant seats, member institutions
 * without a titular, terms that are ending or have ended.
 */
@Named
@RequestScoped
public class AttentionBacking {

    @Inject
    private InstitutionSearch search;

    @Inject
    private CompositionRule rule;

    @Inject
    private Clock clock;

    @Inject
    private TermPolicy termPolicy;

    private Composition composition;
    private List<Institution> withoutPrimary;
    private List<Institution> termsEnding;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        List<Institution> current = search.currentOn(today);
        composition = Composition.of(rule.seats(), current);
        Map<Long, List<Appointment>> appointments = search.currentAppointments(
                current.stream().map(Institution::getId).toList(), today);
        withoutPrimary = current.stream()
                .filter(Institution::isVoting)
                .filter(i -> appointments.getOrDefault(i.getId(), List.of()).stream()
                        .noneMatch(a -> a.getRole() == AppointmentRole.PRIMARY))
                .toList();
        TermWatch terms = termPolicy.today();
        termsEnding = current.stream()
                .filter(i -> terms.stateOf(i) != TermWatch.State.NONE)
                .toList();
    }

    public Composition getComposition() {
        return composition;
    }

    public List<Institution> getWithoutPrimary() {
        return withoutPrimary;
    }

    public List<Institution> getTermsEnding() {
        return termsEnding;
    }

    public boolean isTermEnded(Institution institution) {
        return institution.getTermEndsOn().isBefore(LocalDate.now(clock));
    }

    public boolean isAllClear() {
        return withoutPrimary.isEmpty()
                && termsEnding.isEmpty()
                && composition.sectors().stream().allMatch(Composition.SectorSeats::isComplete);
    }
}
