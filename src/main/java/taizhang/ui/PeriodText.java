package taizhang.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period typed into a table's filter: a year {@code 2026}, a month {@code 2026-10}, a quarter
 * {@code 2026-Q3} or a day range {@code 2026-01-01..2026-03-31}. (The tally's own period
 * names, statistical years included, belong to the tally engine.)
 */
final class PeriodText {
    private PeriodText() {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** {start, end} inclusive, or null when the text is not a period. */
    static LocalDate[] parse(String text) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), q * 3 - 2);
                return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
            }
            if ((m = RANGE.matcher(text)).matches()) {
                return new LocalDate[] {LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
