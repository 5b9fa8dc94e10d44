package taizhang.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of SPEC 5: a month {@code 2026-10}, a quarter {@code 2026-Q3}, a calendar
 * year {@code 2026}, a statistical year {@code sy:2026} (named by the year it ends in) or a
 * year to date {@code ytd:2026-10}. Its days depend on the month S the statistical year starts
 * in (setting {@code stat_year_start}), so S is a parameter wherever days are asked for.
 */
public record Period(Kind kind, int year, int part) {

    /** The forms of a period; {@code part} is the month, the quarter, or 0 for whole years. */
    public enum Kind { MONTH, QUARTER, YEAR, STAT_YEAR, YEAR_TO_DATE }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern STAT_YEAR = Pattern.compile("sy:(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_TO_DATE = Pattern.compile("ytd:(\\d{4})-(\\d{2})", Pattern.CASE_INSENSITIVE);

    public Period {
        int max = switch (kind) {
            case MONTH, YEAR_TO_DATE -> 12;
            case QUARTER -> 4;
            case YEAR, STAT_YEAR -> 0;
        };
        int min = max == 0 ? 0 : 1;
        if (part < min || part > max || year < 1 || year > 9999) {
            throw new IllegalArgumentException("not a period: " + kind + " " + year + " " + part);
        }
    }

    public static Period month(YearMonth m) {
        return new Period(Kind.MONTH, m.getYear(), m.getMonthValue());
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    public static Period statYear(int year) {
        return new Period(Kind.STAT_YEAR, year, 0);
    }

    public static Period yearToDate(YearMonth m) {
        return new Period(Kind.YEAR_TO_DATE, m.getYear(), m.getMonthValue());
    }

    /** Parses the spellings of SPEC 5; a text that is none of them is refused ({@code NOT_A_PERIOD}). */
    public static Period parse(String text) {
        try {
            return parsed(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Problem.Code.NOT_A_PERIOD, String.valueOf(text));
        }
    }

    private static Period parsed(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m;
        if ((m = MONTH.matcher(t)).matches()) {
            return new Period(Kind.MONTH, Integer.parseInt(m.group(1)), month(m.group(2), text));
        }
        if ((m = YEAR_TO_DATE.matcher(t)).matches()) {
            return new Period(Kind.YEAR_TO_DATE, Integer.parseInt(m.group(1)), month(m.group(2), text));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return new Period(Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = STAT_YEAR.matcher(t)).matches()) {
            return statYear(Integer.parseInt(m.group(1)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(t));
        }
        throw new IllegalArgumentException(text);
    }

    private static int month(String digits, String text) {
        int m = Integer.parseInt(digits);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException(text);
        }
        return m;
    }

    /** The first day, given the month S the statistical year starts in. */
    public LocalDate start(int statYearStart) {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, part, 1);
            case QUARTER -> LocalDate.of(year, part * 3 - 2, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case STAT_YEAR -> statYearStart(year, statYearStart);
            case YEAR_TO_DATE -> statYearStart(statYearOf(LocalDate.of(year, part, 1), statYearStart), statYearStart);
        };
    }

    /** The last day, given the month S the statistical year starts in. */
    public LocalDate end(int statYearStart) {
        return switch (kind) {
            case MONTH, YEAR_TO_DATE -> YearMonth.of(year, part).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, part * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
            case STAT_YEAR -> statYearStart(year + 1, statYearStart).minusDays(1);
        };
    }

    public DateRange range(int statYearStart) {
        return new DateRange(start(statYearStart), end(statYearStart));
    }

    /** Same period last year (SPEC 5). */
    public DateRange lastYear(int statYearStart) {
        return range(statYearStart).lastYear();
    }

    /** The period of the same kind just before this one (a year-to-date steps by month). */
    public Period previous() {
        return step(-1);
    }

    public Period next() {
        return step(1);
    }

    private Period step(int by) {
        return switch (kind) {
            case MONTH -> month(YearMonth.of(year, part).plusMonths(by));
            case YEAR_TO_DATE -> yearToDate(YearMonth.of(year, part).plusMonths(by));
            case QUARTER -> {
                int index = year * 4 + (part - 1) + by;
                yield quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
            }
            case YEAR, STAT_YEAR -> new Period(kind, year + by, 0);
        };
    }

    /** The period of the given kind that contains {@code today}. */
    public static Period current(Kind kind, LocalDate today, int statYearStart) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(today));
            case QUARTER -> quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
            case YEAR -> year(today.getYear());
            case STAT_YEAR -> statYear(statYearOf(today, statYearStart));
            case YEAR_TO_DATE -> yearToDate(YearMonth.from(today));
        };
    }

    /** The period of another kind around the same time, for switching kinds on a screen. */
    public Period as(Kind other, int statYearStart) {
        return current(other, end(statYearStart), statYearStart);
    }

    /** The name (the year it ends in) of the statistical year containing {@code day}. */
    public static int statYearOf(LocalDate day, int statYearStart) {
        checkStart(statYearStart);
        return statYearStart == 1 || day.getMonthValue() < statYearStart ? day.getYear() : day.getYear() + 1;
    }

    /** The first day of the statistical year containing {@code day}. */
    public static LocalDate statYearStartOf(LocalDate day, int statYearStart) {
        return statYearStart(statYearOf(day, statYearStart), statYearStart);
    }

    /** The first day of statistical year {@code name}: it ends in year {@code name}. */
    private static LocalDate statYearStart(int name, int statYearStart) {
        checkStart(statYearStart);
        return statYearStart == 1 ? LocalDate.of(name, 1, 1) : LocalDate.of(name - 1, statYearStart, 1);
    }

    private static void checkStart(int statYearStart) {
        if (statYearStart < 1 || statYearStart > 12) {
            throw new Refusal(Problem.Code.STAT_YEAR_START, statYearStart);
        }
    }

    /** The canonical spelling, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, part);
            case QUARTER -> String.format(java.util.Locale.ROOT, "%04d-Q%d", year, part);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
            case STAT_YEAR -> String.format(java.util.Locale.ROOT, "sy:%04d", year);
            case YEAR_TO_DATE -> String.format(java.util.Locale.ROOT, "ytd:%04d-%02d", year, part);
        };
    }
}
