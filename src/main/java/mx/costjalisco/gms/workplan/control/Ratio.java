package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fractions of the work plan (elapsed time, share achieved) as decimals with a fixed scale, so that two fractions of the
 * same numbers compare equal and the thresholds of {@link StatusRule} bite on exact decimal values, not on binary
 * floating-point approximations.
 */
final class Ratio {

    static final int SCALE = 6;

    private Ratio() {}

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
