package taizhang.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import taizhang.domain.DateRange;
import taizhang.domain.Period;

/**
 * A period typed into a table's filter: any period of SPEC 5 ({@code 2026-10}, {@code 2026-Q3},
 * {@code 2026}, {@code sy:2026}, {@code ytd:2026-10}), or a day range {@code 2026-01-01..2026-03-31}.
 */
final class PeriodText {
    private PeriodText() {
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** The days of the period, or null when the text is not one. */
    static DateRange parse(String text, int statYearStart) {
        Matcher m = RANGE.matcher(text.strip());
        try {
            if (m.matches()) {
                return new DateRange(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
            return Period.parse(text).range(statYearStart);
        } catch (IllegalArgumentException | DateTimeException | taizhang.domain.Refusal e) {
            return null;
        }
    }
}
