package mx.costjalisco.gms.disclosure.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import mx.costjalisco.gms.disclosure.entity.DisclosureSnapshot;

/** Takes a snapshot of every publishing entity's publication: its projects and their average IDS completeness. */
public final class Snapshots {

    private Snapshots() {}

    public static void take(EntityManager em, Long importId, Instant at) {
        List<Object[]> rows = em.createQuery(
                        "SELECT e.id, COUNT(p), AVG(p.idsCount) FROM PublishingEntity e"
                                + " LEFT JOIN DisclosedProject p ON p.entity = e GROUP BY e.id",
                        Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            long projects = ((Number) row[1]).longValue();
            double average = row[2] == null ? 0 : ((Number) row[2]).doubleValue();
            em.persist(new DisclosureSnapshot(importId, (Long) row[0], at, (int) projects, percent(average)));
        }
    }

    /** An average number of IDS points as a share of all of them, in percent with one decimal. */
    public static BigDecimal percent(double averagePoints) {
        return BigDecimal.valueOf(averagePoints * 100.0 / IdsPoint.values().length)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
