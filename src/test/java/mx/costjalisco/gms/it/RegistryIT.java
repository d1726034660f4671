package mx.costjalisco.gms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import mx.costjalisco.gms.member.boundary.CompositionService;
import mx.costjalisco.gms.member.boundary.InstitutionService;
import mx.costjalisco.gms.member.boundary.PersonService;
import mx.costjalisco.gms.member.boundary.PublicRegistry;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.control.PersonSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.audit.AuditEntry;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.audit.FieldChange;
import mx.costjalisco.gms.platform.persistence.SchemaMigration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry inside the server, against the real database of the run (H2, or MariaDB through Connector/J in the
 * second pass of CI): the schema, the audit trail, the searches behind the lazy lists, and the public view.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AuditLog audit;

    @Inject
    private InstitutionSearch institutionSearch;

    @Inject
    private PersonSearch personSearch;

    @Inject
    private InstitutionService institutions;

    @Inject
    private PersonService people;

    @Inject
    private CompositionService composition;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Test
    void theSchemaIsWhatTheFlywayMigrationsMade() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet history = connection
                        .createStatement()
                        .executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int migrations = 0;
            while (history.next()) {
                assertTrue(history.getBoolean("success"), "migration " + history.getString("version"));
                migrations++;
            }
            assertTrue(migrations >= 1);
        }
    }

    @Test
    void spanishTextAndInstantsComeBackExactly() throws Exception {
        String name = "Ñuño Íñiguez Güemes ¿Quién? ¡Sí! " + System.nanoTime();
        tx.begin();
        Person person = new Person(name, "nunio." + System.nanoTime() + "@prueba.example");
        em.persist(person);
        audit.created(person);
        tx.commit();
        em.clear();
        assertEquals(name, em.find(Person.class, person.getId()).getFullName());
        AuditEntry entry = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.recordType = 'Person' AND e.recordId = :id",
                        AuditEntry.class)
                .setParameter("id", person.getId())
                .getSingleResult();
        assertTrue(ChronoUnit.SECONDS.between(entry.getAt(), Instant.now()) < 60, "stored in UTC: " + entry.getAt());
        assertEquals(AuditLog.SYSTEM, entry.getActor());
        assertTrue(entry.getChanges().contains(new FieldChange("fullName", null, name)));
    }

    @Test
    void anAuditEntryCannotBeRewritten() throws Exception {
        tx.begin();
        Person person = new Person("Registro auditado", "auditado." + System.nanoTime() + "@prueba.example");
        em.persist(person);
        audit.created(person);
        tx.commit();
        em.clear();
        tx.begin();
        AuditEntry entry = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.recordType = 'Person' AND e.recordId = :id",
                        AuditEntry.class)
                .setParameter("id", person.getId())
                .getSingleResult();
        Field actor = AuditEntry.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(entry, "someone-else@prueba.example");
        tx.commit();
        em.clear();
        assertEquals(AuditLog.SYSTEM, em.find(AuditEntry.class, entry.getId()).getActor());
    }

    @Test
    void nobodySignedInMayChangeTheRegistry() {
        assertThrows(
                EJBAccessException.class,
                () -> institutions.create(new Institution(
                        "Sin permiso", Sector.ACADEMIA, InstitutionType.UNIVERSITY, LocalDate.of(2024, 1, 1))));
        assertThrows(EJBAccessException.class, () -> people.create(new Person("Sin permiso", "x@prueba.example")));
        assertThrows(EJBAccessException.class, () -> institutions.find(1L));
    }

    @Test
    void theListsPageSortAndFilterInTheDatabase() throws Exception {
        String tag = "Carga" + System.nanoTime();
        tx.begin();
        for (int i = 0; i < 60; i++) {
            Institution institution = new Institution(
                    String.format("%s %03d", tag, i),
                    i % 2 == 0 ? Sector.ACADEMIA : Sector.PRIVATE,
                    InstitutionType.OTHER,
                    LocalDate.of(2020, 1, 1).plusDays(i));
            if (i % 10 == 9) {
                institution.leave(LocalDate.of(2021, 1, 1), "prueba");
            }
            em.persist(institution);
            Person person = new Person(tag + " persona " + i, tag.toLowerCase() + "." + i + "@prueba.example");
            em.persist(person);
            em.persist(new Appointment(institution, person, AppointmentRole.PRIMARY, institution.getJoinedOn()));
        }
        tx.commit();

        LocalDate today = LocalDate.of(2026, 11, 25);
        var current = new InstitutionSearch.Filter(tag, null, null, false, today);
        var all = new InstitutionSearch.Filter(tag.toUpperCase(), null, null, true, today);
        var academia = new InstitutionSearch.Filter(tag, Sector.ACADEMIA, null, true, today);
        assertEquals(54, institutionSearch.count(current), "the 6 that left are history");
        assertEquals(60, institutionSearch.count(all), "case does not matter");
        assertEquals(30, institutionSearch.count(academia));

        List<Institution> secondPage = institutionSearch.find(all, 25, 25, "name", false);
        assertEquals(25, secondPage.size());
        assertEquals(tag + " 034", secondPage.get(0).getName());
        assertEquals(tag + " 010", secondPage.get(24).getName());
        assertEquals(
                tag + " 059",
                institutionSearch.find(all, 0, 1, "joinedOn", false).get(0).getName());

        var page = institutionSearch.find(current, 0, 10, "name", true);
        var appointments = institutionSearch.currentAppointments(
                page.stream().map(Institution::getId).toList(), today);
        assertEquals(10, appointments.size(), "one query loads the titulars of the whole page");

        assertEquals(60, personSearch.count(tag + " persona"));
        assertEquals(
                tag + " persona 9",
                personSearch.find(tag, 0, 100, "fullName", false).get(0).getFullName());
        assertEquals(0, personSearch.count("50%_"), "the user's % and _ are matched literally");
    }

    @Test
    void thePublicCompositionCarriesNoContactData() {
        PublicRegistry registry = composition.publicRegistry();
        String json = JsonbBuilder.create().toJson(registry);
        assertFalse(json.contains("@"), "no e-mail address in " + json);
        assertFalse(json.contains("33 3000"), "no phone number");
        assertTrue(
                registry.offices().stream()
                        .anyMatch(o -> o.office() == Office.PRESIDENCY
                                && o.institution().contains("CMIC")),
                "the CMIC's representative presides");
        assertTrue(registry.institutions().stream().anyMatch(PublicRegistry.PublicInstitution::observer));
    }
}
