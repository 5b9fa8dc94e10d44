package taizhang.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates written YYYY-MM-DD, the one form storage writes and the launcher passes on. */
public final class IsoDate {
    private IsoDate() {
    }

    /**
     * A date as storage and the launcher write it (YYYY-MM-DD), read by hand: LocalDate.parse's
     * formatter is the larger part of reading a record until the JIT has compiled it, as at start-up (home's
     * warnings read ~200 records: a third of their time was LocalDate.parse). Anything else
     * goes to LocalDate.parse, which says what is wrong with it as before.
     */
    public static LocalDate parse(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /**
     * A date as storage writes it, YYYY-MM-DD, exactly as {@link LocalDate#toString} (which goes
     * through a builder: an import writes two dates a row); years outside 0–9999 are left to it.
     */
    public static String format(LocalDate d) {
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            return d.toString();
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        byte[] b = {digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), '-',
            digit(m / 10), digit(m % 10), '-', digit(day / 10), digit(day % 10)};
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte digit(int n) {
        return (byte) ('0' + n);
    }

    /** The number written by the digits from {@code from} to {@code to}, or -1 when one is not a digit. */
    static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
