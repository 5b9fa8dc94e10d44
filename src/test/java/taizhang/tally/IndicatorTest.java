package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Period;
import taizhang.domain.Register;

/**
 * Every indicator of SPEC 6 on a small county whose figures were worked out by hand
 * (see the comments beside the records). Period 2026-10, statistical year from January.
 */
class IndicatorTest {
    static final String C = "990101";
    static final String TA = "990101101";
    static final String A1 = "990101101201";
    static final String A2 = "990101101202";
    static final String TB = "990101102";
    static final String B1 = "990101102201";

    @TempDir
    Path dir;
    TallyFixture f;

    static void county(TallyFixture f) {
        f.area(C, "示范县", null).area(TA, "甲镇", C).area(A1, "一村", TA).area(A2, "二村", TA)
                .area(TB, "乙镇", C).area(B1, "三村", TB);
    }

    @BeforeEach
    void fill() {
        f = TallyFixture.create(dir, 1);
        county(f);
        // A1: twins (boy order 1, girl order 2), a boy of order 3, a girl of order 4 registered
        // 46 days late, a boy registered on day 30 (still timely).
        f.birth(A1, "M", "2026-10-05", 1, "2026-10-06");
        f.birth(A1, "F", "2026-10-05", 2, "2026-10-06");
        f.birth(A1, "M", "2026-10-10", 3, "2026-10-12");
        f.birth(A1, "F", "2026-10-15", 4, "2026-11-30");
        f.birth(A1, "M", "2026-10-01", 1, "2026-10-31");
        // A1 last year: 4 births.
        f.birth(A1, "M", "2025-10-02", 1, "2025-10-03");
        f.birth(A1, "M", "2025-10-02", 1, "2025-10-03");
        f.birth(A1, "F", "2025-10-02", 1, "2025-10-03");
        f.birth(A1, "F", "2025-10-02", 1, "2025-10-03");
        // A2: two boys, no girl; a birth of last December registered now (late), and one of
        // January registered now (same statistical year: not late).
        f.birth(A2, "M", "2026-10-20", 1, "2026-10-21");
        f.birth(A2, "M", "2026-10-21", 2, "2026-10-22");
        f.birth(A2, "F", "2025-12-20", 1, "2026-10-08");
        f.birth(A2, "M", "2026-01-05", 2, "2026-10-09");
        // B1: one girl; a voided boy counts nowhere.
        f.birth(B1, "F", "2026-10-03", 1, "2026-10-04");
        f.voidRecord(Register.BIRTHS, f.birth(B1, "M", "2026-10-03", 2, "2026-10-04"));

        // Population: A1's latest figure on or before 31 October is 1000; A2 600; B1 none.
        f.population(A1, "2025-01-01", 900);
        f.population(A1, "2026-01-01", 1000);
        f.population(A1, "2026-11-01", 1200);
        f.population(A2, "2026-01-01", 600);

        f.death(A1, "2026-10-01");
        f.death(A1, "2026-10-31");
        f.death(A1, "2026-11-01");
        f.death(A2, "2026-10-02");
        f.death(A2, "2026-10-03");
        f.death(A2, "2026-10-04");

        f.marriage(A1, "2026-10-03", true);
        f.marriage(A1, "2026-10-04", false);
        f.marriage(A1, "2026-09-30", true);

        f.person(A1, "F", "2011-10-31", "resident", null);   // turns 15 on the last day: in
        f.person(A1, "F", "1976-10-31", "resident", null);   // turns 50 on the last day: out
        f.person(A1, "F", "1976-11-01", "resident", null);   // 49: in
        f.person(A1, "F", "2011-11-01", "resident", null);   // 14: out
        f.person(A1, "F", "1996-05-05", "outflow", null);    // moved out: out
        f.person(A1, "F", "1996-05-05", "resident", "2026-10-15"); // died in the month: out
        f.person(A1, "F", "1996-05-05", "resident", "2026-11-05"); // alive on the last day: in
        f.person(A1, "M", "1996-05-05", "resident", null);   // a man: out
        f.person(A1, "F", "2001-01-01", "inflow", null);     // in

        f.migration(A1, "in", "2026-10-02", true);
        f.migration(A1, "in", "2026-10-03", false);
        f.migration(A1, "out", "2026-10-05", true);
        f.migration(A1, "in", "2025-05-01", true);
        f.migration(A1, "in", "2026-11-02", true);

        f.benefit(A1, "2026-10", 30000, 30000);
        f.benefit(A1, "2026-10", 30000, 15001);   // partly paid, to the fen
        f.benefit(A1, "2026-10", 10000, 0);
        f.benefit(A1, "2026-09", 5000, 5000);

        for (int i = 0; i < 20; i++) {
            f.visit(A1, String.format("H%02d", i % 10), "2026-10-" + String.format("%02d", i + 1));
        }
        for (int i = 0; i < 5; i++) {
            f.visit(A1, null, "2026-10-25");
        }
        f.visit(B1, "H01", "2026-10-26");             // same household number, another village
        for (int i = 0; i < 32; i++) {
            f.visit(A1, "H01", "2025-10-15");
        }
    }

    Report report(String period) {
        return f.tally().report(Period.parse(period), null);
    }

    static void assertRow(Report report, String area, String... expected) {
        Report.Row row = report.row(area);
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String e : expected) {
            String column = e.substring(0, e.indexOf('='));
            want.add(e);
            got.add(column + "=" + row.text(Column.byId(column)));
        }
        assertEquals(want, got, "row " + area);
    }

    @Test
    void birthsBySexAndOrder() {
        Report r = report("2026-10");
        assertRow(r, A1, "births=5", "births_male=3", "births_female=2", "births_order1=2", "births_order2=1",
                "births_order3plus=2");
        assertRow(r, A2, "births=2", "births_male=2", "births_female=0", "births_order1=1", "births_order2=1",
                "births_order3plus=0");
        assertRow(r, B1, "births=1", "births_male=0", "births_female=1", "births_order3plus=0");
        assertRow(r, TA, "births=7", "births_male=5", "births_female=2", "births_order1=3", "births_order2=2",
                "births_order3plus=2");
        assertRow(r, C, "births=8", "births_male=5", "births_female=3", "births_order1=4", "births_order2=2",
                "births_order3plus=2");
    }

    @Test
    void sexRatiosEmptyWithoutGirls() {
        Report r = report("2026-10");
        assertRow(r, A1, "srb=150.0", "srb_order1=", "srb_order2=0.0", "srb_order3plus=100.0");
        assertRow(r, A2, "srb=", "srb_order1=", "srb_order2=", "srb_order3plus=");
        assertRow(r, B1, "srb=0.0", "srb_order1=0.0", "srb_order2=");
        assertRow(r, TA, "srb=250.0", "srb_order1=", "srb_order2=100.0", "srb_order3plus=100.0");
        assertRow(r, C, "srb=166.7", "srb_order1=300.0", "srb_order2=100.0", "srb_order3plus=100.0");
    }

    @Test
    void wilsonIntervalOfTheSexRatio() {
        // Bounds computed independently to 50 digits: p = boys/births, z = 1.96, b/(1-b)*100.
        Report r = report("2026-10");
        assertRow(r, A1, "srb_low=30.0", "srb_high=750.2");   // 3 of 5
        assertRow(r, A2, "srb_low=52.1", "srb_high=");       // 2 of 2: every birth a boy
        assertRow(r, B1, "srb_low=0.0", "srb_high=384.2");   // 0 of 1: 384.16
        assertRow(r, TA, "srb_low=56.0", "srb_high=1116.3"); // 5 of 7
        assertRow(r, C, "srb_low=44.0", "srb_high=630.8");   // 5 of 8
        Report none = report("2026-08");
        assertRow(none, C, "srb_low=", "srb_high=", "srb=", "order3plus_pct=", "timely_pct=");
    }

    @Test
    void sharesOfBirths() {
        Report r = report("2026-10");
        assertRow(r, A1, "order3plus_pct=40.00", "timely_pct=80.00");
        assertRow(r, A2, "order3plus_pct=0.00", "timely_pct=100.00");
        assertRow(r, TA, "order3plus_pct=28.57", "timely_pct=85.71");
        assertRow(r, C, "order3plus_pct=25.00", "timely_pct=87.50");
    }

    @Test
    void populationAndRatesEmptyWhereAVillageHasNoFigure() {
        Report r = report("2026-10");
        assertRow(r, A1, "population=1000", "cbr_permille=5.00", "cdr_permille=2.00", "natural_increase_permille=3.00");
        assertRow(r, A2, "population=600", "cbr_permille=3.33", "cdr_permille=5.00",
                "natural_increase_permille=-1.67");
        // 7/1600 = 4.375 and 5/1600 = 3.125: half rounds away from zero.
        assertRow(r, TA, "population=1600", "cbr_permille=4.38", "cdr_permille=3.13",
                "natural_increase_permille=1.25");
        assertRow(r, B1, "population=", "cbr_permille=", "cdr_permille=", "natural_increase_permille=");
        assertRow(r, TB, "population=", "cbr_permille=");
        assertRow(r, C, "population=", "cbr_permille=", "cdr_permille=", "natural_increase_permille=",
                "population_prev=", "population_change_pct=");
        // Last year A1 had 900 and A2 nothing yet.
        assertRow(r, A1, "population_prev=900", "population_change_pct=11.11");
        assertRow(r, A2, "population_prev=", "population_change_pct=");
    }

    @Test
    void lateBirthsAreThoseOfAnEarlierStatisticalYear() {
        Report r = report("2026-10");
        assertRow(r, A2, "late_births=1");
        assertRow(r, A1, "late_births=0");
        assertRow(r, C, "late_births=1");
    }

    @Test
    void lateBirthsFollowTheStatisticalYearStart() {
        f.db.write(h -> {
            new taizhang.storage.Settings(f.db).put("stat_year_start", "10");
            return null;
        });
        // With S = 10 the statistical year of October 2026 starts on 1 October 2026: both
        // births registered in October but born before it are late.
        assertRow(report("2026-10"), A2, "late_births=2");
        assertRow(report("2026-10"), C, "late_births=2");
    }

    @Test
    void deathsMarriagesWomenAndFertility() {
        Report r = report("2026-10");
        assertRow(r, A1, "deaths=2", "first_marriages_women=1", "women_15_49=4", "gfr_permille=1250.00");
        assertRow(r, A2, "deaths=3", "women_15_49=0", "gfr_permille=");
        assertRow(r, TA, "deaths=5", "women_15_49=4", "gfr_permille=1750.00");
        assertRow(r, C, "deaths=5", "first_marriages_women=1", "women_15_49=4", "gfr_permille=2000.00");
        // A year earlier the girl was 14, the older woman 49 and the one who died alive.
        assertRow(r, A1, "women_15_49_prev=5", "women_15_49_change_pct=-20.00");
    }

    @Test
    void womenAgedOnTheTwentyNinthOfFebruary() {
        f.person(B1, "F", "1976-02-29", "resident", null);   // 49 on 2026-02-28: in
        f.person(B1, "F", "2011-02-28", "resident", null);   // 15 on 2026-02-28: in
        f.person(B1, "F", "1976-02-28", "resident", null);   // 50: out
        f.person(B1, "F", "2011-03-01", "resident", null);   // 14: out
        assertRow(report("2026-02"), B1, "women_15_49=2");
        // A leap last day, 2028-02-29: born 2013-02-28 is 15, 1978-02-28 is 50.
        f.person(A2, "F", "2013-02-28", "resident", null);   // in
        f.person(A2, "F", "2013-03-01", "resident", null);   // 14: out
        f.person(A2, "F", "1978-02-28", "resident", null);   // 50: out
        f.person(A2, "F", "1978-03-01", "resident", null);   // 49: in
        assertRow(report("2028-02"), A2, "women_15_49=2");
    }

    @Test
    void migrants() {
        Report r = report("2026-10");
        assertRow(r, A1, "migrants_in=2", "migrants_out=1", "migrant_complete_pct=66.67");
        assertRow(r, A2, "migrants_in=0", "migrant_complete_pct=");
        assertRow(r, C, "migrants_in=2", "migrants_out=1", "migrant_complete_pct=66.67");
    }

    @Test
    void benefitsPartlyPaidToTheFen() {
        Report r = report("2026-10");
        assertRow(r, A1, "benefit_due_count=3", "benefit_paid_count=1", "benefit_paid_count_pct=33.33",
                "benefit_due_amount=700.00", "benefit_paid_amount=450.01", "benefit_paid_amount_pct=64.29");
        assertRow(r, B1, "benefit_due_count=0", "benefit_paid_count=0", "benefit_paid_count_pct=",
                "benefit_due_amount=0.00", "benefit_paid_amount=0.00", "benefit_paid_amount_pct=");
        assertRow(r, C, "benefit_due_amount=700.00", "benefit_paid_amount=450.01");
        assertRow(report("2026-Q3"), A1, "benefit_due_count=1", "benefit_due_amount=50.00",
                "benefit_paid_amount_pct=100.00");
    }

    @Test
    void visitsAndHouseholdsWithChangeRoundedAtExactlyHalf() {
        Report r = report("2026-10");
        // (25 - 32) / 32 × 100 = -21.875 -> -21.88
        assertRow(r, A1, "visits=25", "visits_prev=32", "visits_change_pct=-21.88",
                "households_visited=10", "households_visited_prev=1", "households_visited_change_pct=900.00");
        assertRow(r, B1, "visits=1", "visits_prev=0", "visits_change_pct=", "households_visited=1");
        // (26 - 32) / 32 × 100 = -18.75
        assertRow(r, C, "visits=26", "visits_change_pct=-18.75", "households_visited=11");
    }

    @Test
    void changeAgainstLastYear() {
        Report r = report("2026-10");
        assertRow(r, A1, "births_prev=4", "births_change_pct=25.00");
        assertRow(r, A2, "births_prev=0", "births_change_pct=");
        assertRow(r, C, "births_prev=4", "births_change_pct=100.00", "deaths_prev=0", "deaths_change_pct=");
    }

    @Test
    void drillDownListsTheRecordsBehindACount() {
        Tally tally = f.tally();
        Period october = Period.parse("2026-10");
        Tally.DrillDown births = tally.drillDown(Indicator.BIRTHS, A1, october, false);
        assertEquals(Register.BIRTHS, births.register());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), births.ids());
        assertEquals(List.of(6L, 7L, 8L, 9L), tally.drillDown(Indicator.BIRTHS, A1, october, true).ids());
        // The late birth of A2 is the 12th birth entered; the county's drill-down finds it too.
        assertEquals(List.of(12L), tally.drillDown(Indicator.LATE_BIRTHS, C, october, false).ids());
        // One visit for each of the 10 households of A1 and the one of B1.
        assertEquals(11, tally.drillDown(Indicator.HOUSEHOLDS_VISITED, C, october, false).ids().size());
        // A rate lists its numerator's records: the girls' srb_order2 lists second births.
        assertEquals(Register.BIRTHS, tally.drillDown(Indicator.SRB_ORDER2, TA, october, false).register());
        assertEquals(4, tally.drillDown(Indicator.TIMELY_PCT, A1, october, false).ids().size()); // 80 % of 5
        // Population lists the figures it sums: A1's of 2026-01-01 and A2's.
        assertEquals(2, tally.drillDown(Indicator.POPULATION, TA, october, false).ids().size());
    }

    @Test
    void sparklineSeriesEndsWithThePeriod() {
        List<java.math.BigDecimal> births = f.tally().series(Indicator.BIRTHS, A1, Period.parse("2026-10"), 13);
        assertEquals(13, births.size());
        assertEquals(new java.math.BigDecimal(4), births.get(0));
        assertEquals(new java.math.BigDecimal(5), births.get(12));
        assertEquals(java.math.BigDecimal.ZERO, births.get(6));
    }

    /** Several indicators at once, each counting only what it is made of: the same figures as each month's report. */
    @Test
    void aSeriesOfSeveralIndicatorsIsEachMonthsReport() {
        List<Indicator> asked = List.of(Indicator.BIRTHS, Indicator.SRB, Indicator.CBR_PERMILLE,
                Indicator.BENEFIT_PAID_COUNT_PCT, Indicator.HOUSEHOLDS_VISITED, Indicator.WOMEN_15_49);
        java.util.Map<Indicator, List<java.math.BigDecimal>> series =
                f.tally().series(asked, TA, Period.parse("2026-11"), 14);
        Period month = Period.parse("2026-11");
        for (int k = 13; k >= 0; k--) {
            Report r = f.tally().report(month, null);
            for (Indicator i : asked) {
                java.math.BigDecimal expected = r.row(TA).value(i);
                java.math.BigDecimal got = series.get(i).get(k);
                assertTrue(expected == null ? got == null : got != null && expected.compareTo(got) == 0,
                        i + " " + month + ": " + expected + " vs " + got);
            }
            month = month.previous();
        }
        assertTrue(series.get(Indicator.BIRTHS).get(12).signum() > 0, "October has births");
        assertTrue(series.get(Indicator.CBR_PERMILLE).get(12) != null, "and a population to rate them on");
    }

    @Test
    void aFigureReadsOnlyWhatItIsMadeOf() {
        Counts.Reads srb = Indicator.SRB.reads();
        assertEquals(java.util.Set.of(taizhang.storage.Measure.BIRTHS_MALE, taizhang.storage.Measure.BIRTHS_FEMALE),
                srb.measures);
        assertTrue(!srb.population);
        Counts.Reads cbr = Indicator.CBR_PERMILLE.reads();
        assertEquals(java.util.Set.of(taizhang.storage.Measure.BIRTHS), cbr.measures);
        assertTrue(cbr.population);
        assertTrue(Indicator.POPULATION.reads().measures.isEmpty() && Indicator.POPULATION.reads().population);
    }

    @Test
    void wholeYearAndQuarterAddUpTheMonths() {
        assertRow(report("2026"), C, "births=9", "late_births=1");
        assertRow(report("2026-Q4"), A1, "births=5", "visits=25");
        assertRow(report("ytd:2026-10"), A2, "births=3", "late_births=1");
    }
}
