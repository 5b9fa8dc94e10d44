package taizhang.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date and month spellings of SPEC section 3. */
public final class Dates {
    private Dates() {
    }

    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})|年(\\d{1,2})月|(\\d{2}))");

    /** YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYYMMDD or YYYY年M月D日. */
    public static LocalDate parseDate(String text) throws Invalid {
        // YYYY-MM-DD, as nearly every file writes it, read without the patterns (a fifth of checking
        // an imported person's fields); the same numbers the first pattern would give.
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = IsoDate.digits(text, 0, 4);
            int mo = IsoDate.digits(text, 5, 7);
            int d = IsoDate.digits(text, 8, 10);
            if (y >= 0 && mo >= 0 && d >= 0) {
                return date(y, mo, d);
            }
        }
        Matcher m = SEPARATED.matcher(text);
        String y;
        String mo;
        String d;
        if (m.matches()) {
            y = m.group(1);
            mo = m.group(3);
            d = m.group(4);
        } else if ((m = COMPACT.matcher(text)).matches() || (m = CHINESE.matcher(text)).matches()) {
            y = m.group(1);
            mo = m.group(2);
            d = m.group(3);
        } else {
            throw new Invalid(Problem.Code.NOT_A_DATE);
        }
        return date(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    }

    private static LocalDate date(int y, int mo, int d) throws Invalid {
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            throw new Invalid(Problem.Code.NOT_A_REAL_DATE);
        }
    }

    /** YYYY-MM, also YYYY/M, YYYY.M, YYYYMM and YYYY年M月. */
    public static YearMonth parseMonth(String text) throws Invalid {
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            throw new Invalid(Problem.Code.NOT_A_MONTH);
        }
        String mo = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        try {
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(mo));
        } catch (DateTimeException e) {
            throw new Invalid(Problem.Code.NOT_A_REAL_MONTH);
        }
    }

    /** Completed years from {@code birth} to {@code on}; 29 February birthdays fall on 1 March in common years. */
    public static int age(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        if (on.getMonthValue() < birth.getMonthValue()
                || (on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }
}
