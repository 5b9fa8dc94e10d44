package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.domain.Language;
import taizhang.domain.Sheet;

/** The one function from a report to cells, which every writer draws from. */
class ReportCellsTest {
    static final Report REPORT = FlagsTest.report(
            FlagsTest.row("990101101201", Map.of(Indicator.BIRTHS, "3", Indicator.SRB, "200.0",
                    Indicator.TIMELY_PCT, "66.67")),
            FlagsTest.row("990101101202", Map.of(Indicator.BIRTHS, "0", Indicator.TIMELY_PCT, "100.00")),
            FlagsTest.row("990101101", Map.of(Indicator.BIRTHS, "3", Indicator.SRB, "200.0")));

    private static Flags flags(Indicator rankBy) {
        return Flags.of(REPORT, rules(rankBy));
    }

    private static Flags.Rules rules(Indicator rankBy) {
        return new Flags.Rules(new BigDecimal("103"), new BigDecimal("107"), 200, rankBy);
    }

    private static int column(Sheet s, String key) {
        for (int i = 0; i < s.columns().size(); i++) {
            if (s.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theFullSheetHasEveryColumnOfTheCsvInOrder() {
        Sheet s = ReportCells.full(REPORT, flags(null), Language.EN);
        assertEquals(2 + Column.ALL.size(), s.columns().size());
        assertEquals("area_code", s.columns().get(0).key());
        assertEquals("area_name", s.columns().get(1).key());
        for (int i = 0; i < Column.ALL.size(); i++) {
            assertEquals(Column.ALL.get(i).id(), s.columns().get(i + 2).key());
            assertEquals(Column.ALL.get(i).label(Language.EN), s.columns().get(i + 2).label());
        }
        assertEquals(2, s.frozen());
        assertEquals("2026-10", s.name());
        assertEquals(3, s.rows().size());
        List<Sheet.Cell> first = s.rows().get(0);
        assertEquals("990101101201", first.get(0).text());
        assertEquals("区990101101201", first.get(1).text());
        assertNull(first.get(0).number(), "the naming cells are text");
    }

    @Test
    void aFigureCarriesItsTextItsExactValueAndItsDecimals() {
        Sheet s = ReportCells.full(REPORT, flags(null), Language.EN);
        Sheet.Cell timely = s.rows().get(0).get(column(s, "timely_pct"));
        assertEquals("66.67", timely.text());
        assertEquals(0, new BigDecimal("66.67").compareTo(timely.number()));
        assertEquals(2, timely.decimals());
        Sheet.Cell empty = s.rows().get(1).get(column(s, "srb"));
        assertEquals("", empty.text(), "undefined is empty, never 0");
        assertNull(empty.number());
        assertEquals(1, empty.decimals());
        assertEquals("", s.rows().get(0).get(column(s, "births_change_pct")).text());
    }

    @Test
    void aFlaggedFigureCarriesItsMarkOnItsOwnColumnOnly() {
        Sheet s = ReportCells.full(REPORT, flags(Indicator.TIMELY_PCT), Language.ZH);
        Sheet.Mark srb = s.rows().get(0).get(column(s, "srb")).mark();
        assertEquals("?", srb.symbol());
        assertEquals(Sheet.Tone.CAUTION, srb.tone());
        assertEquals(Flags.Flag.SRB_FEW_BIRTHS.label(Language.ZH), srb.note());
        Sheet.Mark last = s.rows().get(0).get(column(s, "timely_pct")).mark();
        assertEquals(Sheet.Tone.NOTICE, last.tone());
        assertEquals("v", last.symbol());
        assertNull(s.rows().get(1).get(column(s, "timely_pct")).mark());
        assertNull(s.rows().get(0).get(column(s, "births_prev")).mark(), "last year's figure is not flagged");
        assertEquals("区划代码", s.columns().get(0).label());
    }

    @Test
    void theToneOfEachFlag() {
        assertEquals(Sheet.Tone.ALARM, ReportCells.tone(Flags.Flag.SRB_OUT_OF_RANGE));
        assertEquals(Sheet.Tone.CAUTION, ReportCells.tone(Flags.Flag.SRB_FEW_BIRTHS));
        assertEquals(Sheet.Tone.NOTICE, ReportCells.tone(Flags.Flag.LAST_RANKED));
    }

    @Test
    void theTableHoldsTheHeadlinesAndTheRankedIndicator() {
        Sheet table = ReportCells.table(REPORT, flags(Indicator.TIMELY_PCT), rules(Indicator.TIMELY_PCT), Language.EN);
        List<String> keys = table.columns().stream().map(Sheet.Column::key).toList();
        assertEquals(List.of("area_code", "area_name", "births", "srb", "cbr_permille", "deaths", "late_births",
                "benefit_paid_amount_pct", "timely_pct"), keys);
        assertEquals("timely%", table.columns().get(8).label());
        assertTrue(table.columns().get(8).marked(), "the ranked column carries its marks");
        assertTrue(table.columns().get(3).marked(), "so does the sex ratio's");
        assertTrue(!table.columns().get(2).marked());
        assertEquals("v", table.rows().get(0).get(8).mark().symbol());
        assertEquals("v ranks last: Timely registered (%)", table.notes().get(2));
        assertTrue(table.notes().get(3).startsWith((Indicator.values().length - 7) + " more indicators"));
        assertTrue(table.title().startsWith("Tally 2026-10"), table.title());
    }

    @Test
    void theTitleNamesEveryAreaOfAReportOverSeveralAreas() {
        Report several = FlagsTest.report(
                FlagsTest.row("990101101201", Map.of(Indicator.BIRTHS, "1")),
                FlagsTest.row("990101101", Map.of(Indicator.BIRTHS, "1")),
                FlagsTest.row("990101102201", Map.of(Indicator.BIRTHS, "0")));
        Sheet table = ReportCells.table(several, Flags.of(several, rules(null)), rules(null), Language.EN);
        assertTrue(table.title().endsWith("990101101 区990101101, 990101102201 区990101102201"), table.title());
        Sheet one = ReportCells.table(REPORT, flags(null), rules(null), Language.EN);
        assertTrue(one.title().endsWith(")  990101101 区990101101"), one.title());
    }

    @Test
    void rankingOnAHeadlineMarksItsOwnColumnAndAddsNone() {
        Sheet table = ReportCells.table(REPORT, flags(Indicator.BIRTHS), rules(Indicator.BIRTHS), Language.ZH);
        assertEquals(8, table.columns().size());
        assertTrue(table.columns().get(2).marked());
        assertEquals("出生", table.columns().get(2).label());
        assertEquals("v", table.rows().get(1).get(2).mark().symbol(), "0 births, the fewest");
        assertEquals(3, table.notes().size() - 1, "three marks explained, then what else there is");
        Sheet unranked = ReportCells.table(REPORT, flags(null), rules(null), Language.EN);
        assertEquals(8, unranked.columns().size());
        assertEquals(3, unranked.notes().size(), "no ranking: no line for it");
        Sheet other = ReportCells.table(REPORT, flags(Indicator.VISITS), rules(Indicator.VISITS), Language.EN);
        assertEquals("visits", other.columns().get(8).label(), "an indicator without a short header: its id");
    }
}
