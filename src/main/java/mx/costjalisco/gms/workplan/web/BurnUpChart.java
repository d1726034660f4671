package mx.costjalisco.gms.workplan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a burn-up chart as inline SVG: the actual line against the ideal one, month by month, on a 0–100 % scale. Only
 * attributes, never style attributes, so the page's Content-Security-Policy lets it through; the page gives the same
 * figures as a table for screen readers.
 */
public final class BurnUpChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 30;

    /** A month's point: shares 0 to 1 (actual null after the day of the report). */
    public record Point(YearMonth month, BigDecimal actual, BigDecimal ideal) {}

    private BurnUpChart() {}

    /**
     * @param title the chart's accessible name
     * @param description what it shows, for screen readers
     */
    public static String svg(
            List<Point> points,
            String title,
            String description,
            String actualLabel,
            String idealLabel,
            Locale locale) {
        StringBuilder svg = new StringBuilder();
        // the activity page draws a chart per target, and two targets may share a title: the id depends on the data too
        String id = "c" + Integer.toHexString(Objects.hash(title, description, points));
        svg.append("<svg class=\"gms-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("t ")
                .append(id)
                .append("d\">")
                .append("<title id=\"")
                .append(id)
                .append("t\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("d\">")
                .append(escape(description))
                .append("</desc>");
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotHeight * (1 - pct / 100.0);
            svg.append("<line class=\"grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\"/>")
                    .append("<text class=\"axis\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(pct)
                    .append(" %</text>");
        }
        int n = points.size();
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        StringBuilder ideal = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Point point = points.get(i);
            double x = LEFT + step * i;
            ideal.append(fmt(x))
                    .append(',')
                    .append(fmt(y(point.ideal(), plotHeight)))
                    .append(' ');
            if (point.actual() != null) {
                actual.append(fmt(x))
                        .append(',')
                        .append(fmt(y(point.actual(), plotHeight)))
                        .append(' ');
            }
            svg.append("<text class=\"axis\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(HEIGHT - 10)
                    .append("\" text-anchor=\"middle\">")
                    .append(escape(point.month().getMonth().getDisplayName(TextStyle.SHORT, locale)))
                    .append("</text>");
        }
        svg.append("<polyline class=\"ideal\" points=\"")
                .append(ideal.toString().strip())
                .append("\"/>");
        if (!actual.isEmpty()) {
            svg.append("<polyline class=\"actual\" points=\"")
                    .append(actual.toString().strip())
                    .append("\"/>");
            for (int i = 0; i < n; i++) {
                Point point = points.get(i);
                if (point.actual() != null) {
                    svg.append("<circle class=\"actual\" r=\"3\" cx=\"")
                            .append(fmt(LEFT + step * i))
                            .append("\" cy=\"")
                            .append(fmt(y(point.actual(), plotHeight)))
                            .append("\"/>");
                }
            }
        }
        svg.append("<g class=\"legend\"><line class=\"actual\" x1=\"")
                .append(LEFT + 8)
                .append("\" x2=\"")
                .append(LEFT + 30)
                .append("\" y1=\"")
                .append(TOP + 8)
                .append("\" y2=\"")
                .append(TOP + 8)
                .append("\"/><text x=\"")
                .append(LEFT + 34)
                .append("\" y=\"")
                .append(TOP + 12)
                .append("\">")
                .append(escape(actualLabel))
                .append("</text><line class=\"ideal\" x1=\"")
                .append(LEFT + 8)
                .append("\" x2=\"")
                .append(LEFT + 30)
                .append("\" y1=\"")
                .append(TOP + 24)
                .append("\" y2=\"")
                .append(TOP + 24)
                .append("\"/><text x=\"")
                .append(LEFT + 34)
                .append("\" y=\"")
                .append(TOP + 28)
                .append("\">")
                .append(escape(idealLabel))
                .append("</text></g>");
        return svg.append("</svg>").toString();
    }

    private static double y(BigDecimal share, double plotHeight) {
        double value = Math.max(0, Math.min(1, share.doubleValue()));
        return TOP + plotHeight * (1 - value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
