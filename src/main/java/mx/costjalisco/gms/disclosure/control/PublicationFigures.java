package mx.costjalisco.gms.disclosure.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot;

/**
 * What an entity publishes now, read for all entities at once (one grouped query, one for the imports' times): how
 * many projects are assigned to it, the day the first of them was published, the day of the last import that brought
 * a new or changed one, and the average share of the CoST IDS points they publish (as {@link Snapshots#percent}
 * computes it for the snapshots).
 *
 * @param projects the projects assigned to the entity
 * @param firstPublishedOn when the GMS first read the earliest of them; {@code null} without projects
 * @param lastUpdatedOn the day (in the GMS's time zone) an import last added or changed one; {@code null} without
 *     projects
 * @param completeness the average IDS completeness in percent with one decimal; {@code null} without projects (an
 *     average of nothing is not 0 %)
 */
public record PublicationFigures(
        int projects, LocalDate firstPublishedOn, LocalDate lastUpdatedOn, BigDecimal completeness) {

    /** An entity that publishes nothing (yet). */
    public static final PublicationFigures NONE = new PublicationFigures(0, null, null, null);

    /** One day of an entity's snapshot history: what it had published at the end of that day. */
    public record Day(LocalDate on, int projects, BigDecimal completeness) {}

    /** The figures of every entity with at least one project (or of the one entity, when given), by entity id. */
    public static Map<Long, PublicationFigures> read(EntityManager em, Long entityId, ZoneId zone) {
        List<Object[]> rows = em.createQuery(
                        "SELECT p.entity.id, COUNT(p), AVG(p.idsCount), MIN(p.firstSeenOn), MAX(p.lastImportId)"
                                + " FROM DisclosedProject p WHERE p.entity IS NOT NULL"
                                + " AND (:entityId IS NULL OR p.entity.id = :entityId) GROUP BY p.entity.id",
                        Object[].class)
                .setParameter("entityId", entityId)
                .getResultList();
        // The imports' times in a second query: an aggregate of a converted date-time (MAX(p.changedAt)) comes back
        // as the database's value, which EclipseLink then hands to the converter as the wrong type.
        Set<Long> importIds = new HashSet<>();
        rows.forEach(row -> importIds.add(((Number) row[4]).longValue()));
        Map<Long, Instant> imports = new HashMap<>();
        if (!importIds.isEmpty()) {
            em.createQuery(
                            "SELECT i.id, i.startedAt, i.finishedAt FROM DisclosureImport i WHERE i.id IN :ids",
                            Object[].class)
                    .setParameter("ids", importIds)
                    .getResultList()
                    .forEach(i -> imports.put((Long) i[0], (Instant) (i[2] != null ? i[2] : i[1])));
        }
        Map<Long, PublicationFigures> figures = new HashMap<>();
        for (Object[] row : rows) {
            figures.put(((Number) row[0]).longValue(), of(row, imports, zone));
        }
        return figures;
    }

    /**
     * The figures of one row of {@link #read}'s query (entity id, count, average points, first day, last import id),
     * given when each import ran.
     */
    static PublicationFigures of(Object[] row, Map<Long, Instant> imports, ZoneId zone) {
        int projects = ((Number) row[1]).intValue();
        if (projects == 0) {
            return NONE;
        }
        double average = row[2] == null ? 0 : ((Number) row[2]).doubleValue();
        Instant lastImport = row[4] == null ? null : imports.get(((Number) row[4]).longValue());
        return new PublicationFigures(projects, day(row[3], zone), day(lastImport, zone), Snapshots.percent(average));
    }

    /** The day of a date or of an instant in the zone; an aggregate of a date may come back as a SQL date. */
    static LocalDate day(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        } else if (value instanceof LocalDate date) {
            return date;
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        } else if (value instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass());
    }

    /**
     * An entity's snapshots, in the order taken, as one entry a day (in the zone): the last snapshot of each day, so
     * several imports on one day read as what was published when the day ended.
     */
    public static List<Day> history(List<DisclosureSnapshot> snapshots, ZoneId zone) {
        List<Day> days = new ArrayList<>();
        for (DisclosureSnapshot s : snapshots) {
            Day day = new Day(s.getTakenAt().atZone(zone).toLocalDate(), s.getProjects(), s.getCompleteness());
            if (!days.isEmpty() && days.get(days.size() - 1).on().equals(day.on())) {
                days.set(days.size() - 1, day);
            } else {
                days.add(day);
            }
        }
        return days;
    }
}
