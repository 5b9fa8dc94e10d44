package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import taizhang.domain.DateRange;
import taizhang.domain.Dates;
import taizhang.domain.Entry;
import taizhang.domain.Period;
import taizhang.domain.Register;
import taizhang.storage.RegisterStore;

/**
 * On random counties: every count of a township is the sum of its villages' and the county's
 * the sum of its townships'; every village count agrees with a count made record by record
 * in Java straight from SPEC 6; and the drill-down of every count has exactly that many records.
 */
class RollUpPropertyTest {
    @TempDir
    Path dir;

    static final String[] PERIODS = {"2025-10", "2026-02", "2026-Q1", "ytd:2026-03", "sy:2026", "2025"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void countsRollUpAndMatchTheRecords(long seed) {
        int start = seed % 2 == 0 ? 10 : 1;
        try (TallyFixture f = TallyFixture.create(dir, start)) {
            RandomCounty county = new RandomCounty(f, seed, 500);
            Tally tally = f.tally();
            for (String p : PERIODS) {
                Period period = Period.parse(p);
                Report report = tally.report(period, null);
                AreaTree tree = tally.areas();
                for (Column c : Column.ALL) {
                    if (!c.indicator().isCount() || c.variant() == Column.Variant.CHANGE) {
                        continue;
                    }
                    for (String township : county.townships) {
                        assertSumOfChildren(report, tree.find(township), c, p);
                    }
                    assertSumOfChildren(report, tree.root(), c, p);
                }
                assertMatchesRecords(f, report, county, period.range(start), start, p);
                assertDrillDownSizes(tally, report, period, p);
            }
        }
    }

    private static void assertSumOfChildren(Report report, AreaTree.Area area, Column c, String p) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AreaTree.Area child : area.children()) {
            BigDecimal v = report.row(child.code()).value(c);
            sum = v == null || sum == null ? null : sum.add(v);
        }
        assertEquals(sum, report.row(area.code()).value(c), c.id() + " of " + area.code() + " in " + p);
    }

    private static void assertDrillDownSizes(Tally tally, Report report, Period period, String p) {
        for (Report.Row row : report.rows()) {
            for (Indicator i : Indicator.values()) {
                if (!i.isCount() || i == Indicator.POPULATION) {
                    continue; // a population figure is a number, not a count of records
                }
                BigDecimal count = row.value(i);
                int ids = tally.drillDown(i, row.area().code(), period, false).ids().size();
                assertEquals(count == null ? ids : count.intValue(), ids, i.id() + " of " + row.area().code() + " in " + p);
                BigDecimal before = row.value(new Column(i, Column.Variant.PREV));
                int idsBefore = tally.drillDown(i, row.area().code(), period, true).ids().size();
                assertEquals(before == null ? idsBefore : before.intValue(), idsBefore, i.id() + "_prev of " + row.area().code());
            }
        }
    }

    /** Counts each village's records one by one, straight from the definitions of SPEC 6. */
    private static void assertMatchesRecords(TallyFixture f, Report report, RandomCounty county, DateRange range,
                                             int start, String p) {
        RegisterStore store = new RegisterStore(f.db);
        LocalDate syStart = Period.statYearStartOf(range.start(), start);
        for (String v : county.villages) {
            long[] births = new long[6];
            long late = 0;
            long deaths = 0;
            long marriages = 0;
            long women = 0;
            long[] moves = new long[2];
            long dueCount = 0;
            long paidCount = 0;
            long dueFen = 0;
            long paidFen = 0;
            long visits = 0;
            Set<String> households = new HashSet<>();
            for (Register r : List.of(Register.BIRTHS, Register.DEATHS, Register.MARRIAGES, Register.PERSONS,
                    Register.MIGRATIONS, Register.BENEFITS, Register.VISITS)) {
                List<Entry> entries = new java.util.ArrayList<>();
                store.forEach(r, s -> {
                    if (s.entry().text("area_code").equals(v)) {
                        entries.add(s.entry());
                    }
                });
                for (Entry e : entries) {
                    switch (r) {
                        case BIRTHS -> {
                            if (range.contains(e.date("birth_date"))) {
                                births[0]++;
                                births["M".equals(e.text("child_sex")) ? 1 : 2]++;
                                births[2 + Math.min(3, e.count("birth_order"))]++;
                            }
                            if (range.contains(e.date("registered_on")) && e.date("birth_date").isBefore(syStart)) {
                                late++;
                            }
                        }
                        case DEATHS -> deaths += range.contains(e.date("death_date")) ? 1 : 0;
                        case MARRIAGES -> marriages += range.contains(e.date("marriage_date"))
                                && "Y".equals(e.text("first_marriage_woman")) ? 1 : 0;
                        case PERSONS -> {
                            int age = Dates.age(e.date("birth_date"), range.end());
                            LocalDate died = e.date("died_on");
                            if ("F".equals(e.text("sex")) && !"outflow".equals(e.text("residence"))
                                    && (died == null || died.isAfter(range.end())) && age >= 15 && age <= 49) {
                                women++;
                            }
                        }
                        case MIGRATIONS -> {
                            if (range.contains(e.date("move_date"))) {
                                moves["in".equals(e.text("direction")) ? 0 : 1]++;
                            }
                        }
                        case BENEFITS -> {
                            YearMonth m = (YearMonth) e.get("month");
                            if (!m.isBefore(YearMonth.from(range.start())) && !m.isAfter(YearMonth.from(range.end()))) {
                                dueCount++;
                                paidCount += e.fen("amount_paid") >= e.fen("amount_due") ? 1 : 0;
                                dueFen += e.fen("amount_due");
                                paidFen += e.fen("amount_paid");
                            }
                        }
                        default -> {
                            if (range.contains(e.date("visit_date"))) {
                                visits++;
                                String h = e.text("household_no");
                                if (h != null && !h.isEmpty()) {
                                    households.add(h);
                                }
                            }
                        }
                    }
                }
            }
            String where = v + " in " + p;
            Report.Row row = report.row(v);
            assertEquals("" + births[0], row.text(Column.byId("births")), "births " + where);
            assertEquals("" + births[1], row.text(Column.byId("births_male")), "births_male " + where);
            assertEquals("" + births[2 + 1], row.text(Column.byId("births_order1")), "order1 " + where);
            assertEquals("" + births[2 + 2], row.text(Column.byId("births_order2")), "order2 " + where);
            assertEquals("" + births[2 + 3], row.text(Column.byId("births_order3plus")), "order3plus " + where);
            assertEquals("" + late, row.text(Column.byId("late_births")), "late " + where);
            assertEquals("" + deaths, row.text(Column.byId("deaths")), "deaths " + where);
            assertEquals("" + marriages, row.text(Column.byId("first_marriages_women")), "marriages " + where);
            assertEquals("" + women, row.text(Column.byId("women_15_49")), "women " + where);
            assertEquals("" + moves[0], row.text(Column.byId("migrants_in")), "in " + where);
            assertEquals("" + moves[1], row.text(Column.byId("migrants_out")), "out " + where);
            assertEquals("" + dueCount, row.text(Column.byId("benefit_due_count")), "due " + where);
            assertEquals("" + paidCount, row.text(Column.byId("benefit_paid_count")), "paid " + where);
            assertEquals(taizhang.domain.Money.format(dueFen), row.text(Column.byId("benefit_due_amount")), where);
            assertEquals(taizhang.domain.Money.format(paidFen), row.text(Column.byId("benefit_paid_amount")), where);
            assertEquals("" + visits, row.text(Column.byId("visits")), "visits " + where);
            assertEquals("" + households.size(), row.text(Column.byId("households_visited")), "households " + where);
        }
    }
}
