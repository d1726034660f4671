package mx.costjalisco.gms.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.OfficeTerm;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.minutes.control.ApprovalTally;
import mx.costjalisco.gms.minutes.control.MinutesLedger;
import mx.costjalisco.gms.minutes.control.MinutesRules;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesApproval;
import mx.costjalisco.gms.minutes.entity.MinutesObservation;
import mx.costjalisco.gms.minutes.entity.MinutesSignature;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The members' side of the minutes: a representative (titular or suplente) of an institution present at the session
 * approves the version in circulation for the institution, or leaves observations on it; once approved, those who
 * signed the session sign off in the application. Who may do what is decided by the registry, not by a role alone:
 * the account's person must currently represent an institution that was present.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
public class MinutesReview {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinutesLedger ledger;

    @Inject
    private MinutesRules rules;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /**
     * What the signed-in user may do on these minutes.
     *
     * @param institutions institutions present at the session the user currently represents
     * @param approvedCurrent those of them that already approved the version in circulation
     */
    public record Reviewer(Person person, List<Institution> institutions, List<Institution> approvedCurrent)
            implements java.io.Serializable {

        public boolean isRepresentative() {
            return !institutions.isEmpty();
        }

        /** Whether there is an institution left for which the user can approve the current version. */
        public boolean canApprove() {
            return institutions.size() > approvedCurrent.size();
        }

        public List<Institution> getInstitutions() {
            return institutions;
        }

        public List<Institution> getApprovedCurrent() {
            return approvedCurrent;
        }
    }

    public Reviewer reviewer(Long minutesId) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        Optional<Person> person = person();
        if (minutes == null || person.isEmpty()) {
            return new Reviewer(null, List.of(), List.of());
        }
        List<Institution> represented = represented(person.get(), ledger.presentAt(minutes));
        Optional<MinutesVersion> current = ledger.version(minutesId, minutes.getCurrentNumber());
        List<Institution> approved = current.isEmpty()
                ? List.of()
                : ledger.approvals(minutesId).stream()
                        .filter(a -> a.counts(current.get()))
                        .map(MinutesApproval::getInstitution)
                        .filter(represented::contains)
                        .toList();
        return new Reviewer(person.get(), represented, approved);
    }

    /** Minutes in review that wait for the user's institution: present at the session, not yet approved. */
    public List<Minutes> toReview() {
        Optional<Person> person = person();
        if (person.isEmpty()) {
            return List.of();
        }
        List<Minutes> waiting = new ArrayList<>();
        for (Minutes minutes : em.createQuery(
                        "SELECT m FROM Minutes m JOIN FETCH m.meeting WHERE m.status = :status ORDER BY m.id",
                        Minutes.class)
                .setParameter("status", MinutesStatus.IN_REVIEW)
                .getResultList()) {
            List<Institution> represented = represented(person.get(), ledger.presentAt(minutes));
            if (represented.isEmpty()) {
                continue;
            }
            MinutesVersion current =
                    ledger.version(minutes.getId(), minutes.getCurrentNumber()).orElseThrow();
            long approved = ledger.approvals(minutes.getId()).stream()
                    .filter(a -> a.counts(current) && represented.contains(a.getInstitution()))
                    .count();
            if (approved < represented.size()) {
                waiting.add(minutes);
            }
        }
        return waiting;
    }

    /**
     * Approves version {@code number} for each institution present that the user represents and that has not yet
     * approved it. Refused when the version in circulation is no longer that one (the secretary issued another
     * meanwhile): nothing is counted against a version the user did not read. Under electronic consent, the last
     * approval needed approves the minutes.
     */
    public List<MinutesApproval> approve(Long minutesId, int number) {
        Minutes minutes = ledger.lock(minutesId, null);
        MinutesVersion current = currentForReview(minutes, number);
        Person person = person().orElseThrow(() -> new BusinessRuleException("minutes.notRepresentative"));
        List<Institution> represented = represented(person, ledger.presentAt(minutes));
        if (represented.isEmpty()) {
            throw new BusinessRuleException("minutes.notRepresentative");
        }
        List<Long> done = ledger.approvals(minutesId).stream()
                .filter(a -> a.counts(current))
                .map(a -> a.getInstitution().getId())
                .toList();
        List<MinutesApproval> given = new ArrayList<>();
        for (Institution institution : represented) {
            if (!done.contains(institution.getId())) {
                MinutesApproval approval = new MinutesApproval(current, institution, person, clock.instant());
                em.persist(approval);
                given.add(approval);
            }
        }
        if (given.isEmpty()) {
            throw new BusinessRuleException("minutes.alreadyApproved");
        }
        em.flush();
        given.forEach(audit::created);
        ApprovalTally tally = ledger.tally(minutes, current);
        if (tally.approves(rules.approvalRule())) {
            ledger.approve(minutes, rules.approvalRule(), LocalDate.now(clock), null, null);
        }
        return given;
    }

    /** Leaves an observation on version {@code number}, about one agenda item or (null) the minutes as a whole. */
    public MinutesObservation observe(Long minutesId, int number, Long agendaItemId, String text) {
        String words = MinutesService.blankToNull(text);
        if (words == null) {
            throw BusinessRuleException.onField("observation", "minutes.observationEmpty");
        }
        if (words.length() > MinutesObservation.TEXT_MAXLENGTH) {
            throw BusinessRuleException.onField("observation", "form.tooLong");
        }
        Minutes minutes = ledger.lock(minutesId, null);
        MinutesVersion current = currentForReview(minutes, number);
        Person person = person().orElseThrow(() -> new BusinessRuleException("minutes.notRepresentative"));
        List<Institution> represented = represented(person, ledger.presentAt(minutes));
        if (represented.isEmpty()) {
            throw new BusinessRuleException("minutes.notRepresentative");
        }
        AgendaItem item = null;
        if (agendaItemId != null) {
            item = em.find(AgendaItem.class, agendaItemId);
            if (item == null || !item.getMeeting().equals(minutes.getMeeting())) {
                throw BusinessRuleException.onField("item", "minutes.noItem");
            }
        }
        MinutesObservation observation =
                new MinutesObservation(current, item, represented.get(0), person, words, clock.instant());
        em.persist(observation);
        audit.created(observation);
        return observation;
    }

    /**
     * Signs the approved minutes in the application: the Presidencia, the Secretaría Técnica, or a representative of
     * an institution present. Once per person; recorded with the time and the approved version's hash.
     */
    public MinutesSignature sign(Long minutesId) {
        Minutes minutes = ledger.lock(minutesId, null);
        if (minutes.getStatus() != MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.signNeedsApproval");
        }
        Person person = person().orElseThrow(() -> new BusinessRuleException("minutes.cannotSign"));
        if (ledger.signatures(minutesId).stream().anyMatch(s -> s.getPerson().equals(person))) {
            throw new BusinessRuleException("minutes.alreadySigned");
        }
        String capacity = capacity(person, minutes).orElseThrow(() -> new BusinessRuleException("minutes.cannotSign"));
        MinutesVersion approved =
                ledger.version(minutesId, minutes.getApprovedNumber()).orElseThrow();
        MinutesSignature signature = new MinutesSignature(approved, person, capacity, clock.instant());
        em.persist(signature);
        audit.created(signature);
        return signature;
    }

    /** In what capacity the user may sign, if at all. */
    public Optional<String> capacity(Long minutesId) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        return person().flatMap(p -> capacity(p, minutes));
    }

    private Optional<String> capacity(Person person, Minutes minutes) {
        LocalDate today = LocalDate.now(clock);
        List<OfficeTerm> offices = em.createNamedQuery(OfficeTerm.FIND_BY_PERSON, OfficeTerm.class)
                .setParameter("personId", person.getId())
                .getResultList();
        for (Office office : List.of(Office.PRESIDENCY, Office.TECHNICAL_SECRETARIAT)) {
            if (offices.stream().anyMatch(t -> t.getOffice() == office && t.isCurrentOn(today))) {
                return Optional.of(Bundle.label(Bundle.RECORD_LOCALE, office));
            }
        }
        if (security.isCallerInRole(Roles.PRESIDENT)) {
            return Optional.of(Bundle.label(Bundle.RECORD_LOCALE, Office.PRESIDENCY));
        }
        List<Institution> represented = represented(person, ledger.presentAt(minutes));
        return represented.isEmpty()
                ? Optional.empty()
                : Optional.of(represented.get(0).getName());
    }

    private MinutesVersion currentForReview(Minutes minutes, int number) {
        if (minutes.getStatus() != MinutesStatus.IN_REVIEW) {
            throw new BusinessRuleException(minutes.getStatus().isFrozen() ? "minutes.frozen" : "minutes.notInReview");
        }
        if (minutes.getCurrentNumber() != number) {
            throw new BusinessRuleException("minutes.versionChanged", number, minutes.getCurrentNumber());
        }
        return ledger.version(minutes.getId(), number).orElseThrow();
    }

    /** The institutions present that the person represents today as titular or suplente. */
    private List<Institution> represented(Person person, Map<Long, Institution> present) {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Appointment.FIND_BY_PERSON, Appointment.class)
                .setParameter("personId", person.getId())
                .getResultStream()
                .filter(a -> EnumSet.of(AppointmentRole.PRIMARY, AppointmentRole.ALTERNATE)
                        .contains(a.getRole()))
                .filter(a -> a.isCurrentOn(today))
                .map(Appointment::getInstitution)
                .filter(i -> present.containsKey(i.getId()))
                .distinct()
                .toList();
    }

    private Optional<Person> person() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", principal.getName())
                .getResultStream()
                .findFirst()
                .map(Account::getPersonId)
                .map(id -> em.find(Person.class, id));
    }
}
