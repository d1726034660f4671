package mx.costjalisco.gms.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the embedded database, evidence files and archived PDFs live ({@code GMS_DATA_DIR}). */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "gms.data.dir")
    private String configured;

    /** The directory (created if missing), as an absolute path. */
    public Path root() {
        Path root = DerivedDefaults.dataDirectory(configured);
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }
}
