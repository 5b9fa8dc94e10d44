package taizhang.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding of SPEC 6, defined once for every rate and share the office reports (the tally's
 * indicators, a reconciliation's completeness): an exact quotient of integer counts (or fen),
 * rounded once, half away from zero. BigDecimal has no negative zero, so a value that rounds to
 * zero is written without a sign.
 */
public final class Ratio {
    private Ratio() {
    }

    /** {@code numerator / denominator × factor} rounded to {@code scale}; null when the denominator is 0. */
    public static BigDecimal of(long numerator, long denominator, long factor, int scale) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(factor))
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
