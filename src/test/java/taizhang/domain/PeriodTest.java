package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static void assertRange(String period, int start, String first, String last) {
        Period p = Period.parse(period);
        assertEquals(new DateRange(d(first), d(last)), p.range(start), period + " with S=" + start);
        assertEquals(period, p.toString(), "canonical spelling reads back");
    }

    @Test
    void everyFormWithJanuaryStart() {
        assertRange("2026-10", 1, "2026-10-01", "2026-10-31");
        assertRange("2026-02", 1, "2026-02-01", "2026-02-28");
        assertRange("2024-02", 1, "2024-02-01", "2024-02-29");
        assertRange("2026-Q1", 1, "2026-01-01", "2026-03-31");
        assertRange("2026-Q3", 1, "2026-07-01", "2026-09-30");
        assertRange("2026-Q4", 1, "2026-10-01", "2026-12-31");
        assertRange("2026", 1, "2026-01-01", "2026-12-31");
        assertRange("sy:2026", 1, "2026-01-01", "2026-12-31");
        assertRange("ytd:2026-03", 1, "2026-01-01", "2026-03-31");
        assertRange("ytd:2026-01", 1, "2026-01-01", "2026-01-31");
        assertRange("ytd:2026-12", 1, "2026-01-01", "2026-12-31");
    }

    @Test
    void everyFormWithOctoberStart() {
        assertRange("2026-10", 10, "2026-10-01", "2026-10-31");
        assertRange("2026-Q3", 10, "2026-07-01", "2026-09-30");
        assertRange("2026", 10, "2026-01-01", "2026-12-31");
        assertRange("sy:2026", 10, "2025-10-01", "2026-09-30");
        // Year to date across the calendar-year boundary.
        assertRange("ytd:2026-03", 10, "2025-10-01", "2026-03-31");
        assertRange("ytd:2025-12", 10, "2025-10-01", "2025-12-31");
        assertRange("ytd:2026-09", 10, "2025-10-01", "2026-09-30");
        assertRange("ytd:2026-10", 10, "2026-10-01", "2026-10-31");
    }

    @Test
    void statisticalYearEqualsCalendarYearWithJanuaryStart() {
        assertEquals(Period.parse("2026").range(1), Period.parse("sy:2026").range(1));
    }

    @Test
    void parsingIsForgivingOfCaseAndSpaces() {
        assertEquals(Period.quarter(2026, 3), Period.parse(" 2026-q3 "));
        assertEquals(Period.statYear(2026), Period.parse("SY:2026"));
    }

    @Test
    void badPeriodsAreRefusedWithAMessage() {
        for (String bad : new String[] {"2026-13", "2026-00", "2026-Q5", "26-10", "ytd:2026", "sy:26", "2026/10", "", "x"}) {
            Refusal e = assertThrows(Refusal.class, () -> Period.parse(bad), bad);
            assertEquals(Problem.Code.NOT_A_PERIOD, e.problem().code());
            assertEquals(java.util.List.of(bad), e.problem().args(), "the text as given, for the message");
        }
    }

    @Test
    void sameMonthLastYearAcrossTwentyNinthOfFebruary() {
        assertEquals(new DateRange(d("2024-02-01"), d("2024-02-28")), Period.parse("2025-02").lastYear(1));
        assertEquals(new DateRange(d("2023-02-01"), d("2023-02-28")), Period.parse("2024-02").lastYear(1));
        assertEquals(new DateRange(d("2023-01-01"), d("2023-03-31")), Period.parse("2024-Q1").lastYear(1));
    }

    @Test
    void lastYearOfStatisticalYearAndYearToDate() {
        assertEquals(new DateRange(d("2024-10-01"), d("2025-09-30")), Period.parse("sy:2026").lastYear(10));
        assertEquals(new DateRange(d("2024-10-01"), d("2025-03-31")), Period.parse("ytd:2026-03").lastYear(10));
        // ytd to a leap February: the end shifts to 28 February.
        assertEquals(new DateRange(d("2023-01-01"), d("2023-02-28")), Period.parse("ytd:2024-02").lastYear(1));
    }

    @Test
    void previousAndNextKeepTheKind() {
        assertEquals(Period.parse("2025-12"), Period.parse("2026-01").previous());
        assertEquals(Period.parse("2027-01"), Period.parse("2026-12").next());
        assertEquals(Period.parse("2025-Q4"), Period.parse("2026-Q1").previous());
        assertEquals(Period.parse("2027-Q1"), Period.parse("2026-Q4").next());
        assertEquals(Period.parse("2025"), Period.parse("2026").previous());
        assertEquals(Period.parse("sy:2027"), Period.parse("sy:2026").next());
        assertEquals(Period.parse("ytd:2025-12"), Period.parse("ytd:2026-01").previous());
    }

    @Test
    void currentPeriodContainsToday() {
        LocalDate today = d("2026-11-24");
        assertEquals(Period.parse("2026-11"), Period.current(Period.Kind.MONTH, today, 1));
        assertEquals(Period.parse("2026-Q4"), Period.current(Period.Kind.QUARTER, today, 1));
        assertEquals(Period.parse("2026"), Period.current(Period.Kind.YEAR, today, 10));
        assertEquals(Period.parse("sy:2026"), Period.current(Period.Kind.STAT_YEAR, today, 1));
        assertEquals(Period.parse("sy:2027"), Period.current(Period.Kind.STAT_YEAR, today, 10));
        assertEquals(Period.parse("ytd:2026-11"), Period.current(Period.Kind.YEAR_TO_DATE, today, 10));
        for (Period.Kind k : Period.Kind.values()) {
            for (int s : new int[] {1, 10}) {
                assertEquals(true, Period.current(k, today, s).range(s).contains(today), k + " S=" + s);
            }
        }
    }

    @Test
    void aStatisticalYearMayStartInAnyMonthFromJanuaryToDecember() {
        assertEquals(2027, Period.statYearOf(d("2026-12-05"), 12), "December's start names the next year");
        assertEquals(2026, Period.statYearOf(d("2026-11-30"), 12));
        assertEquals(d("2025-12-01"), Period.statYear(2026).start(12));
        for (int bad : new int[] {0, 13}) {
            assertEquals(Problem.Code.STAT_YEAR_START,
                    assertThrows(Refusal.class, () -> Period.statYearOf(d("2026-06-01"), bad)).problem().code());
            assertEquals(Problem.Code.STAT_YEAR_START,
                    assertThrows(Refusal.class, () -> Period.statYear(2026).start(bad)).problem().code());
        }
    }

    @Test
    void yearZeroIsNoPeriod() {
        assertEquals(Problem.Code.NOT_A_PERIOD, assertThrows(Refusal.class, () -> Period.parse("0000")).problem().code());
        assertEquals(Period.year(1), Period.parse("0001"));
    }

    @Test
    void switchingKindsKeepsTheTimeViewed() {
        assertEquals(Period.parse("2026-Q4"), Period.parse("2026-11").as(Period.Kind.QUARTER, 1));
        assertEquals(Period.parse("2026-09"), Period.parse("2026-Q3").as(Period.Kind.MONTH, 1), "its last month");
        assertEquals(Period.parse("sy:2027"), Period.parse("2026-11").as(Period.Kind.STAT_YEAR, 10));
        assertEquals(Period.parse("ytd:2026-12"), Period.parse("2026").as(Period.Kind.YEAR_TO_DATE, 1));
    }

    @Test
    void aRangeHoldsItsEndsAndNothingBeyond() {
        DateRange q = Period.parse("2026-Q1").range(1);
        assertTrue(q.contains(d("2026-01-01")));
        assertTrue(q.contains(d("2026-03-31")));
        assertFalse(q.contains(d("2025-12-31")));
        assertFalse(q.contains(d("2026-04-01")));
        assertEquals("2026-01-01 .. 2026-03-31", q.toString());
        assertThrows(IllegalArgumentException.class, () -> new DateRange(d("2026-01-02"), d("2026-01-01")));
    }

    @Test
    void statisticalYearContainingADate() {
        assertEquals(2026, Period.statYearOf(d("2026-09-30"), 10));
        assertEquals(2027, Period.statYearOf(d("2026-10-01"), 10));
        assertEquals(2026, Period.statYearOf(d("2026-12-31"), 1));
        assertEquals(d("2025-10-01"), Period.statYearStartOf(d("2026-03-15"), 10));
        assertEquals(d("2026-01-01"), Period.statYearStartOf(d("2026-03-15"), 1));
        assertEquals(d("2024-02-01"), Period.statYearStartOf(d("2024-02-29"), 2));
        assertEquals(d("2023-03-01"), Period.statYearStartOf(d("2024-02-29"), 3));
    }
}
