package mx.costjalisco.gms.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivedDefaultsTest {

    private static DerivedDefaults with(Map<String, String> settings) {
        return new DerivedDefaults(settings::get);
    }

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectoryWhereverTheCommandStarted() {
        DerivedDefaults defaults = with(Map.of("gms.data.dir", "relative/dir"));
        String expected = Path.of("relative/dir")
                .toAbsolutePath()
                .normalize()
                .resolve("gms")
                .toString();
        assertEquals("jdbc:h2:" + expected + DerivedDefaults.H2_OPTIONS, defaults.getValue("gms.db.url"));
        assertTrue(Path.of(defaults.getValue("gms.data.dir")).isAbsolute());
        assertEquals("org.h2.jdbcx.JdbcDataSource", defaults.getValue("gms.db.class"));
    }

    @Test
    void withoutADataDirectoryTheDataGoesToDataBesideTheCommand() {
        assertEquals(
                Path.of("data").toAbsolutePath().normalize().toString(),
                with(Map.of()).getValue("gms.data.dir"));
    }

    @Test
    void aMysqlUrlAloneSelectsConnectorJ() {
        DerivedDefaults defaults = with(Map.of("gms.db.url", "jdbc:mysql://db.example:3306/gms"));
        assertEquals("jdbc:mysql://db.example:3306/gms", defaults.getValue("gms.db.url"));
        assertEquals("com.mysql.cj.jdbc.MysqlDataSource", defaults.getValue("gms.db.class"));
    }

    @Test
    void thePublicUrlFollowsTheHttpPort() {
        assertEquals("http://localhost:8080", with(Map.of()).getValue("gms.public.url"));
        assertEquals(
                "http://localhost:9090", with(Map.of("gms.http.port", "9090")).getValue("gms.public.url"));
    }

    @Test
    void anySettingTheUserMakesWinsOverTheseDefaults() {
        assertTrue(with(Map.of()).getOrdinal() < 100, "below microprofile-config.properties, env and -D");
    }
}
