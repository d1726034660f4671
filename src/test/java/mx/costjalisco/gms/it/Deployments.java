package mx.costjalisco.gms.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just produced (Maven's {@code package} phase),
 * not a hand-picked set of classes, so the tests run exactly what ships.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive war() {
        File built = new File(System.getProperty("gms.war", "target/cost-gms.war"));
        if (!built.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + built.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "cost-gms.war")
                .importFrom(built)
                .as(WebArchive.class);
    }
}
