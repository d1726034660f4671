package mx.costjalisco.gms.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The SQL lives in {@code db/migration}
 * and is the only source of the schema: JPA never generates tables.
 *
 * <p>The data source is defined here, its driver and URL taken from configuration: {@code gms.db.url} (environment
 * variable {@code GMS_DB_URL}) selects MySQL with a {@code jdbc:mysql://} URL, and defaults to an H2 file in MySQL
 * mode inside {@code GMS_DATA_DIR} (see {@code DerivedDefaults}).
 *
 * <p>Flyway takes a lock in the database, so several instances starting together migrate once.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=gms.db.class}",
        url = "${MPCONFIG=gms.db.url}",
        user = "${MPCONFIG=gms.db.user}",
        password = "${MPCONFIG=gms.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/gms";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now) on " + result.database);
    }
}
