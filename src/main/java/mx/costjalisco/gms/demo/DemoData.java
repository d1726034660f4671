package mx.costjalisco.gms.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.OfficeTerm;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.PasswordHasher;
import mx.costjalisco.gms.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo GMS when {@code gms.demo} is true. Idempotent: each institution, person, appointment, office and
 * account is added only when it is missing (institutions by name, people and accounts by address), so restarting,
 * or starting a newer version with more demo data, never duplicates anything nor undoes a user's changes.
 */
@Startup
@Singleton
@DependsOn("FirstAdministrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final LocalDate INSTALLED = LocalDate.of(2019, 11, 4);
    static final LocalDate ENLARGED = LocalDate.of(2023, 9, 22);
    static final String INSTALLATION = "Sesión de instalación del GMS, 4 de noviembre de 2019";
    static final String ENLARGEMENT = "1ª sesión extraordinaria 2023, 22 de septiembre de 2023 (ampliación del GMS)";

    /** A demo account: the person it belongs to and its roles. */
    public record DemoAccount(String email, String name, Set<String> roles) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private DemoMeetings meetings;

    @Inject
    private DemoMinutes minutes;

    @Inject
    private DemoWorkPlan workPlan;

    @Inject
    private DemoDisclosure disclosure;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gms.demo", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "gms.demo.password", defaultValue = "Demo-CoST-2023")
    private String demoPassword;

    private final List<DemoAccount> accounts = new ArrayList<>();
    private int added;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (DemoRegistry.DemoInstitution demo : DemoRegistry.institutions(today)) {
            Institution institution = institution(demo);
            for (DemoRegistry.DemoPerson member : demo.people()) {
                appoint(institution, person(member), member.role(), demo.joinedOn());
            }
        }
        DemoRegistry.staff().forEach(this::person);
        office(
                Office.PRESIDENCY,
                "presidencia@demo.example",
                "Cámara Mexicana de la Industria de la Construcción," + " Delegación Jalisco",
                ENLARGED,
                "1ª sesión extraordinaria 2023, 22 de septiembre de 2023, acuerdo GMS-2023-E1-02:"
                        + " aprobado por unanimidad de los presentes");
        office(Office.TECHNICAL_SECRETARIAT, "secretaria@demo.example", null, INSTALLED, INSTALLATION);
        office(Office.MANAGEMENT, "gerencia@demo.example", null, INSTALLED, INSTALLATION);
        account("secretaria@demo.example", Set.of(Roles.SECRETARY));
        account("gerencia@demo.example", Set.of(Roles.MANAGER));
        account("presidencia@demo.example", Set.of(Roles.PRESIDENT, Roles.MEMBER));
        account("integrante@demo.example", Set.of(Roles.MEMBER));
        account("enlace@demo.example", Set.of(Roles.LIAISON));
        // The titular of the member that misses sessions: approving minutes of a session it missed is refused.
        account("arturo.velazquez@demo.example", Set.of(Roles.MEMBER));
        added += meetings.load(today, clock.getZone());
        added += minutes.load(clock.getZone());
        added += workPlan.load(clock.getZone());
        added += disclosure.load(clock.getZone());
        LOG.info(() -> "Demo GMS loaded: " + added + " record(s) added");
    }

    private Institution institution(DemoRegistry.DemoInstitution demo) {
        Optional<Institution> existing = em.createQuery(
                        "SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", demo.name())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Institution institution = new Institution(demo.name(), demo.sector(), demo.type(), demo.joinedOn());
        institution.setAcronym(demo.acronym());
        institution.setObserver(demo.observer());
        institution.setApprovedBy(demo.approvedBy());
        institution.setTermEndsOn(demo.termEndsOn());
        institution.setNotes("Datos de demostración: los representantes son ficticios.");
        if (demo.leftOn() != null) {
            institution.leave(demo.leftOn(), demo.leftReason());
        }
        em.persist(institution);
        audit.created(institution);
        added++;
        return institution;
    }

    private Person person(DemoRegistry.DemoPerson demo) {
        return em.createNamedQuery(Person.FIND_BY_EMAIL, Person.class)
                .setParameter("email", demo.email())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Person person = new Person(demo.name(), demo.email());
                    person.setPosition(demo.position());
                    person.setPhone(demo.phone());
                    person.setFictitious(true);
                    em.persist(person);
                    audit.created(person);
                    added++;
                    return person;
                });
    }

    private void appoint(Institution institution, Person person, AppointmentRole role, LocalDate startsOn) {
        boolean exists = em.createQuery(
                                "SELECT COUNT(a) FROM Appointment a WHERE a.institution = :institution"
                                        + " AND a.person = :person AND a.role = :role",
                                Long.class)
                        .setParameter("institution", institution)
                        .setParameter("person", person)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
        if (exists) {
            return;
        }
        Appointment appointment = new Appointment(institution, person, role, startsOn);
        em.persist(appointment);
        if (institution.getLeftOn() != null) {
            appointment.end(institution.getLeftOn(), institution.getLeftReason());
        }
        audit.created(appointment);
        added++;
    }

    private void office(Office office, String email, String institutionName, LocalDate since, String approvedBy) {
        boolean exists = !em.createNamedQuery(OfficeTerm.FIND_OPEN_OF_OFFICE, OfficeTerm.class)
                .setParameter("office", office)
                .getResultList()
                .isEmpty();
        Optional<Person> person = findPerson(email);
        if (exists || person.isEmpty()) {
            return;
        }
        Institution institution = institutionName == null
                ? null
                : em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                        .setParameter("name", institutionName)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        OfficeTerm term = new OfficeTerm(office, person.get(), institution, since, approvedBy);
        em.persist(term);
        audit.created(term);
        added++;
    }

    private void account(String email, Set<String> roles) {
        Optional<Person> person = findPerson(email);
        if (person.isEmpty()) {
            return;
        }
        accounts.add(new DemoAccount(email, person.get().getFullName(), roles));
        boolean exists = !em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty();
        if (exists) {
            return;
        }
        Account account = new Account(email, person.get().getFullName(), clock.instant());
        account.setPersonId(person.get().getId());
        account.setRoles(roles);
        passwords.setPassword(account, demoPassword);
        em.persist(account);
        audit.created(account);
        added++;
    }

    private Optional<Person> findPerson(String email) {
        return em.createNamedQuery(Person.FIND_BY_EMAIL, Person.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The demo accounts and the password they share, for the start-up banner. */
    public List<DemoAccount> accounts() {
        return List.copyOf(accounts);
    }

    public String password() {
        return demoPassword;
    }
}
