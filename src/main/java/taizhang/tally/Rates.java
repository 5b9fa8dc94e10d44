package taizhang.tally;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact arithmetic of SPEC 6: rates from integer counts (or fen) as exact quotients
 * rounded once, half away from zero; null (empty) when the rate is undefined. BigDecimal has
 * no negative zero, so a value that rounds to zero is written without a sign.
 */
final class Rates {
    private Rates() {
    }

    private static final MathContext PRECISE = MathContext.DECIMAL128;
    private static final BigDecimal Z = new BigDecimal("1.96");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** {@code numerator / denominator × factor} rounded to {@code scale}; null when the denominator is 0. */
    static BigDecimal ratio(long numerator, long denominator, long factor, int scale) {
        return taizhang.domain.Ratio.of(numerator, denominator, factor, scale);
    }

    /** Yuan with two decimals from fen. */
    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** {@code (now − before) / before × 100}, 2 decimals; null when before is 0 or undefined. */
    static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
    }

    /**
     * A bound of the 95 % Wilson score interval (z = 1.96) for the share of boys, shown as a
     * sex ratio {@code b/(1−b) × 100} with 1 decimal. The low bound is 0.0 when no birth is a
     * boy; the high bound is undefined when every birth is a boy (it is 1); both are undefined
     * without births. Computed to 34 significant digits, rounded once.
     */
    static BigDecimal wilsonRatio(long boys, long births, boolean high) {
        if (births == 0 || (high && boys == births)) {
            return null;
        }
        if (!high && boys == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal n = BigDecimal.valueOf(births);
        BigDecimal p = BigDecimal.valueOf(boys).divide(n, PRECISE);
        BigDecimal z2 = Z.multiply(Z);
        BigDecimal denominator = BigDecimal.ONE.add(z2.divide(n, PRECISE), PRECISE);
        BigDecimal centre = p.add(z2.divide(n.multiply(BigDecimal.valueOf(2)), PRECISE), PRECISE)
                .divide(denominator, PRECISE);
        BigDecimal spread = p.multiply(BigDecimal.ONE.subtract(p), PRECISE).divide(n, PRECISE)
                .add(z2.divide(n.multiply(n).multiply(BigDecimal.valueOf(4)), PRECISE), PRECISE);
        BigDecimal half = Z.divide(denominator, PRECISE).multiply(spread.sqrt(PRECISE), PRECISE);
        BigDecimal bound = high ? centre.add(half, PRECISE) : centre.subtract(half, PRECISE);
        return bound.divide(BigDecimal.ONE.subtract(bound, PRECISE), PRECISE)
                .multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }
}
