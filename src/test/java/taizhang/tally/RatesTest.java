package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatesTest {
    /** The value as computed, with the scale it was rounded to (setScale throws if it was not). */
    private static String text(BigDecimal v, int decimals) {
        return v == null ? "" : v.setScale(decimals).toPlainString();
    }

    @Test
    void roundsHalfAwayFromZeroOnceOnTheExactValue() {
        assertEquals("-21.88", text(Rates.change(BigDecimal.valueOf(25), BigDecimal.valueOf(32)), 2));
        assertEquals("21.88", text(Rates.ratio(7, 32, 100, 2), 2));        // 21.875
        assertEquals("4.38", text(Rates.ratio(7, 1600, 1000, 2), 2));      // 4.375
        assertEquals("-4.38", text(Rates.ratio(-7, 1600, 1000, 2), 2));
        // 2/3 % is 0.6666...: rounded once, not 0.667 then 0.67 (same here) nor through double.
        assertEquals("0.67", text(Rates.ratio(2, 300, 100, 2), 2));
        assertEquals("100.1", text(Rates.ratio(1001, 1000, 100, 1), 1)); // 100.1 exactly
        assertEquals("100.0", text(Rates.ratio(20005, 20000, 100, 1), 1)); // 100.025 -> 100.0
    }

    @Test
    void valueRoundingToZeroHasNoSign() {
        BigDecimal tiny = Rates.ratio(-1, 100000, 100, 2);
        assertEquals("0.00", new Column(Indicator.BIRTHS, Column.Variant.CHANGE).format(tiny));
        assertEquals("0.00", new Column(Indicator.BIRTHS, Column.Variant.CHANGE)
                .format(Rates.change(BigDecimal.valueOf(100000), BigDecimal.valueOf(100001))));
    }

    @Test
    void undefinedIsNullNeverZero() {
        assertNull(Rates.ratio(5, 0, 100, 2));
        assertNull(Rates.change(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(Rates.change(BigDecimal.ONE, null));
        assertNull(Rates.change(null, BigDecimal.ONE));
        assertNull(Rates.wilsonRatio(0, 0, false));
        assertNull(Rates.wilsonRatio(0, 0, true));
    }

    @Test
    void wilsonBoundsOnALargeSample() {
        // 106 boys of 206 births; computed independently to 50 digits: 80.7248..., 139.1888...
        assertEquals("80.7", Rates.wilsonRatio(106, 206, false).toPlainString());
        assertEquals("139.2", Rates.wilsonRatio(106, 206, true).toPlainString());
        assertEquals("26.0", Rates.wilsonRatio(1, 1, false).toPlainString());
        assertNull(Rates.wilsonRatio(1, 1, true));
        assertEquals("0.0", Rates.wilsonRatio(0, 5, false).toPlainString());
    }
}
