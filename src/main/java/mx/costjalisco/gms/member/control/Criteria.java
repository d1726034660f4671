package mx.costjalisco.gms.member.control;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.Locale;

/** Small pieces the searches share. */
final class Criteria {

    private Criteria() {}

    /** Case-insensitive "contains" over several columns; the user's % and _ are matched literally. */
    static Predicate containsAny(CriteriaBuilder cb, String text, List<Expression<String>> columns) {
        String pattern = "%"
                + text.trim()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return cb.or(columns.stream()
                .map(column -> cb.like(cb.lower(column), pattern, '\\'))
                .toArray(Predicate[]::new));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
