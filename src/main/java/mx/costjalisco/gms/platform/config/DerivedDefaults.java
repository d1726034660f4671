package mx.costjalisco.gms.platform.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on other settings, at the lowest precedence so that any explicit setting wins.
 *
 * <p>The embedded database lives in {@code GMS_DATA_DIR}; its JDBC URL must be absolute, or H2 would put the file
 * wherever the command happened to be started. The public URL follows the HTTP port. The JDBC driver follows the
 * URL, so that {@code GMS_DB_URL=jdbc:mysql://…} alone switches to MySQL.
 *
 * <p>A config source cannot read the configuration it belongs to, so it reads the two places a user sets things:
 * environment variables and system properties.
 */
public class DerivedDefaults implements ConfigSource {

    static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    private final Function<String, String> lookup;

    public DerivedDefaults() {
        this(key -> {
            String value = System.getProperty(key);
            return value != null
                    ? value
                    : System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_'));
        });
    }

    DerivedDefaults(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** The data directory as an absolute path: {@code GMS_DATA_DIR}, or {@code ./data}. */
    public static Path dataDirectory(String configured) {
        String dir = configured == null || configured.isBlank() ? "data" : configured.trim();
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private String databaseUrl() {
        String url = lookup.apply("gms.db.url");
        if (url != null && !url.isBlank()) {
            return url.trim();
        }
        return "jdbc:h2:" + dataDirectory(lookup.apply("gms.data.dir")).resolve("gms") + H2_OPTIONS;
    }

    static String driverClassFor(String url) {
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return "com.mysql.cj.jdbc.MysqlDataSource";
        }
        return "org.h2.jdbcx.JdbcDataSource";
    }

    @Override
    public Map<String, String> getProperties() {
        String port = lookup.apply("gms.http.port");
        String url = databaseUrl();
        return Map.of(
                "gms.data.dir",
                dataDirectory(lookup.apply("gms.data.dir")).toString(),
                "gms.db.url",
                url,
                "gms.db.class",
                driverClassFor(url),
                "gms.public.url",
                "http://localhost:" + (port == null || port.isBlank() ? "8080" : port.trim()));
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "cost-gms derived defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
