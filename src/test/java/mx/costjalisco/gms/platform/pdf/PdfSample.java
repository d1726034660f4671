package mx.costjalisco.gms.platform.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the sample convocation to a file to look at ({@code /tmp/pdf-sample.pdf} unless given a path) and prints
 * how long rendering takes once the JVM is warm.
 */
public final class PdfSample {

    private PdfSample() {}

    public static void main(String[] args) throws Exception {
        var path = Path.of(args.length > 0 ? args[0] : "/tmp/pdf-sample.pdf");
        long start = System.nanoTime();
        var pdf = SampleDocuments.convocation().render();
        System.out.printf("first render (cold): %.0f ms, %d bytes%n", (System.nanoTime() - start) / 1e6, pdf.length);
        Files.write(path, pdf);
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            SampleDocuments.convocation().render();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf(
                "warm: median %.1f ms, fastest %.1f ms, slowest %.1f ms%n",
                times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6);
        System.out.println("written to " + path);
    }
}
