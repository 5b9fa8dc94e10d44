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
