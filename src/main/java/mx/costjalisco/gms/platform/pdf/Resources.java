package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the files this package ships (fonts, colour profile) from the class path. */
final class Resources {

    private Resources() {}

    /** A name without a leading slash is relative to this package. */
    static byte[] read(String name) {
        try (var in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the application: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
