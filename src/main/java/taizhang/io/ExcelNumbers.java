package taizhang.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Numbers as a spreadsheet holds them: serial dates, and the digits Excel's General format shows. */
final class ExcelNumbers {
    private ExcelNumbers() {
    }

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal SCIENTIFIC_FROM = new BigDecimal("1E11");
    private static final BigDecimal SMALLEST_PLAIN = new BigDecimal("1E-9");

    /**
     * The day of a serial date (its time of day dropped). In the 1900 system serial 60 is Excel's
     * 29 February 1900, a day that never was (kept from Lotus 1-2-3), so earlier serials are one
     * day later than the count suggests. Null for a serial no register date can be.
     */
    static LocalDate date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null;
        }
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        if (days == 60 || days == 0) {
            return null;
        }
        return days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    /**
     * What a cell in the General format shows at its usual width: up to ten significant digits
     * plainly, a number of twelve digits or more as {@code 1.10105E+17} (which is how Excel turns
     * an 18-digit ID number into a number and loses it).
     */
    static String general(BigDecimal n) {
        BigDecimal abs = n.abs();
        if (abs.signum() == 0) {
            return "0";
        }
        if (abs.compareTo(SCIENTIFIC_FROM) >= 0 || abs.compareTo(SMALLEST_PLAIN) < 0) {
            BigDecimal mantissa = n.round(new MathContext(6, RoundingMode.HALF_UP));
            int exponent = mantissa.precision() - mantissa.scale() - 1;
            BigDecimal digits = mantissa.movePointLeft(exponent).stripTrailingZeros();
            String m = digits.scale() <= 0 ? digits.toBigInteger().toString() : digits.toPlainString();
            return m + "E" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        BigDecimal shown = n.round(new MathContext(10, RoundingMode.HALF_UP)).stripTrailingZeros();
        return shown.scale() <= 0 ? shown.toBigInteger().toString() : shown.toPlainString();
    }

    /**
     * What a cell in a fixed format such as {@code 0}, {@code 0.00}, {@code #,##0.00} or
     * {@code 000000} shows: every digit of the whole part (so a 12-digit code formatted {@code 0}
     * is its 12 digits), the decimals rounded as Excel rounds them (half away from zero), zeros
     * the format asks for added. Grouping separators, currency signs and units are decoration,
     * not digits, and are left out.
     */
    static String fixed(BigDecimal n, NumberFormat format) {
        BigDecimal rounded = n.abs().setScale(format.decimals(), RoundingMode.HALF_UP);
        String plain = rounded.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        int keep = fraction.length();
        while (keep > format.minDecimals() && fraction.charAt(keep - 1) == '0') {
            keep--;
        }
        fraction = fraction.substring(0, keep);
        if (whole.length() < format.minIntegers()) {
            whole = "0".repeat(format.minIntegers() - whole.length()) + whole;
        }
        String sign = n.signum() < 0 && rounded.signum() != 0 ? "-" : "";
        return sign + whole + (fraction.isEmpty() ? "" : "." + fraction);
    }
}
