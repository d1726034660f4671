package mx.costjalisco.gms.disclosure.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot;

/**
 * An entity's projects published over time as a small inline SVG line chart: one point per snapshot, the count on
 * the vertical axis. Decorative for screen readers (aria-hidden): the page shows the same figures as a table.
 */
final class SnapshotChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int PAD = 36;

    private SnapshotChart() {}

    static String svg(List<DisclosureSnapshot> snapshots, ZoneId zone) {
        if (snapshots == null || snapshots.isEmpty()) {
            return "";
        }
        int max = Math.max(
                1,
                snapshots.stream()
                        .mapToInt(DisclosureSnapshot::getProjects)
                        .max()
                        .orElse(1));
        long first = snapshots.get(0).getTakenAt().toEpochMilli();
        long last = snapshots.get(snapshots.size() - 1).getTakenAt().toEpochMilli();
        double span = Math.max(1, last - first);
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (DisclosureSnapshot s : snapshots) {
            double x = snapshots.size() == 1
                    ? WIDTH / 2.0
                    : PAD + (s.getTakenAt().toEpochMilli() - first) / span * (WIDTH - 2 * PAD);
            double y = HEIGHT - PAD - (double) s.getProjects() / max * (HEIGHT - 2 * PAD);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#005a9c\"/>", x, y));
        }
        String firstDay =
                snapshots.get(0).getTakenAt().atZone(zone).toLocalDate().toString();
        String lastDay = snapshots
                .get(snapshots.size() - 1)
                .getTakenAt()
                .atZone(zone)
                .toLocalDate()
                .toString();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gms-chart\" aria-hidden=\"true\" focusable=\"false\""
                + " viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\"100%\" style=\"max-width:" + WIDTH + "px\">"
                + "<line x1=\"" + PAD + "\" y1=\"" + (HEIGHT - PAD) + "\" x2=\"" + (WIDTH - PAD) + "\" y2=\""
                + (HEIGHT - PAD) + "\" stroke=\"#595959\"/>"
                + "<line x1=\"" + PAD + "\" y1=\"" + PAD + "\" x2=\"" + PAD + "\" y2=\"" + (HEIGHT - PAD)
                + "\" stroke=\"#595959\"/>"
                + "<text x=\"4\" y=\"" + (PAD + 4) + "\" font-size=\"12\" fill=\"#333\">" + max + "</text>"
                + "<text x=\"4\" y=\"" + (HEIGHT - PAD + 4) + "\" font-size=\"12\" fill=\"#333\">0</text>"
                + "<text x=\"" + PAD + "\" y=\"" + (HEIGHT - 12) + "\" font-size=\"12\" fill=\"#333\">" + firstDay
                + "</text>"
                + "<text x=\"" + (WIDTH - PAD) + "\" y=\"" + (HEIGHT - 12)
                + "\" font-size=\"12\" fill=\"#333\" text-anchor=\"end\">"
                + lastDay + "</text>"
                + "<polyline fill=\"none\" stroke=\"#005a9c\" stroke-width=\"2\" points=\""
                + points.toString().strip() + "\"/>"
                + dots + "</svg>";
    }
}
