package mx.costjalisco.gms.minutes.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mx.costjalisco.gms.minutes.control.MinutesPdf.SignatureLine;
import mx.costjalisco.gms.minutes.control.MinutesPdf.Stamp;
import mx.costjalisco.gms.platform.pdf.PdfA;
import org.apache.pdfbox.Loader;

/**
 * How long the PDF of a long acta takes: a session of 30 institutions, 20 agenda items each narrated over about two
 * printed pages, and 40 agreements with their follow-up actions, approved. Renders once cold and 10 times warm,
 * prints the timings, the size, the pages, the heap it needed and veraPDF's PDF/A-2b verdict, and writes the PDF to
 * {@code /tmp/minutes-bench.pdf} unless given another path. Run by {@code bench/bench.py minutes-pdf}.
 */
public final class MinutesPdfBench {

    private static final int WARM_RUNS = 10;

    private MinutesPdfBench() {}

    public static void main(String[] args) throws Exception {
        var path = Path.of(args.length > 0 ? args[0] : "/tmp/minutes-bench.pdf");
        var content = MinutesSamples.session(30, 20, 16, 40);
        var stamp = Stamp.approved(
                3,
                MinutesSamples.sha256(content),
                "Aprobada en la 3ª sesión ordinaria 2023, celebrada el 20 de junio de 2023, por unanimidad.",
                MinutesSamples.approvals(23),
                List.of(
                        new SignatureLine("Ing. Ana Pérez Luna", "Presidencia", MinutesSamples.GENERATED, 3),
                        new SignatureLine("Mtra. Laura Díaz Ochoa", "Secretaría Técnica", MinutesSamples.GENERATED, 3)),
                MinutesSamples.GENERATED);

        long start = System.nanoTime();
        var pdf = MinutesPdf.render(content, stamp);
        double cold = (System.nanoTime() - start) / 1e6;
        Files.write(path, pdf);

        var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long[] times = new long[WARM_RUNS];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            MinutesPdf.render(content, stamp);
            times[i] = System.nanoTime() - t;
        }
        long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / WARM_RUNS;
        long peak = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        Arrays.sort(times);

        int pages;
        try (var document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf("Minutes PDF: 30 institutions, 20 items of ~2 pages of narrative, 40 agreements, approved%n");
        System.out.printf("  cold (first render in this JVM)  %8.0f ms%n", cold);
        System.out.printf(
                "  warm (n=%d)                      median %6.0f ms   min %6.0f ms   max %6.0f ms%n",
                WARM_RUNS, times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6);
        System.out.printf(
                "  size                             %,8d bytes (%d KB), %d pages%n",
                pdf.length, pdf.length / 1024, pages);
        System.out.printf("  allocated per warm render        %8.0f MB%n", allocated / 1048576.0);
        System.out.printf(
                "  heap in use at most, warm runs   %8.0f MB (sum of the heap pools' peaks; max heap %d MB)%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        long check = System.nanoTime();
        var violations = PdfA.violations(pdf);
        System.out.printf(
                "  veraPDF PDF/A-2b                 %s (checked in %.1f s)%n",
                violations.isEmpty() ? "compliant" : "NOT compliant: " + violations, (System.nanoTime() - check) / 1e9);
        System.out.println("  written to " + path);
    }
}
