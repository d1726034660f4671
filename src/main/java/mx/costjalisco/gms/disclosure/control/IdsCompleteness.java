package mx.costjalisco.gms.disclosure.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * How many of the CoST IDS disclosure points a project publishes. It is kept as {@link #codes()}, the names of the
 * published points, so a stored count reads back the same however the points' checks change later.
 *
 * @param published the points published, never {@code null}; an unmodifiable copy is kept
 */
public record IdsCompleteness(Set<IdsPoint> published) {

    private static final String SEPARATOR = ",";

    public IdsCompleteness {
        Objects.requireNonNull(published, "published");
        published = Collections.unmodifiableSet(
                published.isEmpty() ? EnumSet.noneOf(IdsPoint.class) : EnumSet.copyOf(published));
    }

    /** The points an OC4IDS project (one entry of a package's {@code projects}) publishes. */
    public static IdsCompleteness of(JsonNode project) {
        Objects.requireNonNull(project, "project");
        return new IdsCompleteness(Arrays.stream(IdsPoint.values())
                .filter(point -> point.publishedIn(project))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdsPoint.class))));
    }

    /**
     * The completeness kept as {@link #codes()}. Names no point has (any longer) are left out; {@code null} or blank
     * is nothing published.
     */
    public static IdsCompleteness fromCodes(String codes) {
        if (codes == null || codes.isBlank()) {
            return new IdsCompleteness(Set.of());
        }
        Set<String> names =
                Arrays.stream(codes.split(SEPARATOR)).map(String::trim).collect(Collectors.toSet());
        return new IdsCompleteness(Arrays.stream(IdsPoint.values())
                .filter(point -> names.contains(point.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdsPoint.class))));
    }

    /** The names of the published points in the IDS's order, comma-separated ({@code PROJECT_OWNER,SECTOR}). */
    public String codes() {
        return published.stream().map(IdsPoint::name).collect(Collectors.joining(SEPARATOR));
    }

    /** The points not published, in the IDS's order. */
    public Set<IdsPoint> missing() {
        return Collections.unmodifiableSet(
                published.isEmpty() ? EnumSet.allOf(IdsPoint.class) : EnumSet.complementOf(EnumSet.copyOf(published)));
    }

    public int count() {
        return published.size();
    }

    /** All the IDS points, published or not. */
    public int total() {
        return IdsPoint.values().length;
    }

    /** The share of the points published, in percent with one decimal (92.3). */
    public BigDecimal percent() {
        return Share.percent(count(), total());
    }

    /** Published and total points of each phase, in the IDS's order. */
    public Map<IdsPoint.Phase, Share> byPhase() {
        Map<IdsPoint.Phase, Share> shares = new EnumMap<>(IdsPoint.Phase.class);
        for (IdsPoint.Phase phase : IdsPoint.Phase.values()) {
            int total = (int) Arrays.stream(IdsPoint.values())
                    .filter(p -> p.phase() == phase)
                    .count();
            int count = (int) published.stream().filter(p -> p.phase() == phase).count();
            shares.put(phase, new Share(count, total));
        }
        return Collections.unmodifiableMap(shares);
    }

    /** Each phase in the IDS's order with its share and its points, each published or not: how pages show it. */
    public List<PhasePoints> phases() {
        Map<IdsPoint.Phase, Share> shares = byPhase();
        List<PhasePoints> phases = new ArrayList<>();
        for (IdsPoint.Phase phase : IdsPoint.Phase.values()) {
            List<PointState> points = Arrays.stream(IdsPoint.values())
                    .filter(p -> p.phase() == phase)
                    .map(p -> new PointState(p, published.contains(p)))
                    .toList();
            phases.add(new PhasePoints(phase, shares.get(phase), points));
        }
        return List.copyOf(phases);
    }

    /** The points of one phase, each published or not, and how many of them are. */
    public record PhasePoints(IdsPoint.Phase phase, Share share, List<PointState> points) {}

    /** A point and whether the project publishes it. */
    public record PointState(IdsPoint point, boolean published) {}

    /** Points published out of a total, as in "5 of 7". */
    public record Share(int count, int total) {

        public BigDecimal percent() {
            return percent(count, total);
        }

        private static BigDecimal percent(int count, int total) {
            return total == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        }
    }
}
