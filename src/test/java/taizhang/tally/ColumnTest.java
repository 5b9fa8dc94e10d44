package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.Language;

/** The report's columns: ids, decimals, labels and how a figure is written. */
class ColumnTest {

    @Test
    void aCountHasItsFigureLastYearsAndTheChangeARateOnlyItsFigure() {
        assertEquals("births", Column.byId("births").id());
        assertEquals("births_prev", Column.byId("births_prev").id());
        assertEquals("births_change_pct", Column.byId("births_change_pct").id());
        Refusal r = assertThrows(Refusal.class, () -> Column.byId("srb_prev"), "a rate has no last year");
        assertSame(Problem.Code.NO_INDICATOR, r.problem().code());
        assertSame(Column.Variant.CHANGE, Column.byId("visits_change_pct").variant());
        long counts = java.util.Arrays.stream(Indicator.values()).filter(Indicator::isCount).count();
        assertEquals(Indicator.values().length + 2 * counts, Column.ALL.size());
    }

    @Test
    void decimalsAndLabelsFollowTheVariant() {
        assertEquals(0, Column.byId("births").decimals());
        assertEquals(0, Column.byId("births_prev").decimals());
        assertEquals(2, Column.byId("births_change_pct").decimals(), "a change is a percentage");
        assertEquals(1, Column.byId("srb").decimals());
        assertEquals("Births, last year", Column.byId("births_prev").label(Language.EN));
        assertEquals("出生数(上年同期)", Column.byId("births_prev").label(Language.ZH));
        assertEquals("Births, change (%)", Column.byId("births_change_pct").label(Language.EN));
        assertEquals("出生数同比(%)", Column.byId("births_change_pct").label(Language.ZH));
        assertEquals("Births", Column.byId("births").label(Language.EN));
    }

    @Test
    void aFigureIsWrittenWithExactlyItsDecimalsAndEmptyWhenUndefined() {
        assertEquals("105.0", Column.byId("srb").format(new BigDecimal("105")));
        assertEquals("-21.88", Column.byId("births_change_pct").format(new BigDecimal("-21.875")));
        assertEquals("3", Column.byId("births").format(new BigDecimal("3")));
        assertEquals("", Column.byId("births").format(null));
    }

    @Test
    void aRowGivesTheFigureOfAColumnOrOfAnIndicator() {
        Report r = FlagsTest.report(
                FlagsTest.row("990101101201", Map.of(Indicator.BIRTHS, "3", Indicator.SRB, "200.0")),
                FlagsTest.row("990101101", Map.of(Indicator.BIRTHS, "5")));
        Report.Row village = r.row("990101101201");
        assertEquals(0, new BigDecimal("200.0").compareTo(village.value(Indicator.SRB)));
        assertEquals("200.0", village.text(Column.byId("srb")));
        assertNull(village.value(Column.byId("births_prev")));
        assertNull(r.row("990101101202"));
        assertEquals(List.of("990101101"), r.tops().stream().map(t -> t.area().code()).toList(),
                "the area asked for sums up the rest");
    }

    @Test
    void aFigureIsMadeOfWhatItsFormulaReads() {
        Counts.Reads timely = Indicator.TIMELY_PCT.reads();
        assertEquals(java.util.Set.of(taizhang.storage.Measure.BIRTHS_TIMELY, taizhang.storage.Measure.BIRTHS),
                timely.measures);
        assertTrue(Indicator.NATURAL_INCREASE_PERMILLE.reads().population);
        assertTrue(Indicator.NATURAL_INCREASE_PERMILLE.reads().measures.containsAll(java.util.Set.of(
                taizhang.storage.Measure.BIRTHS, taizhang.storage.Measure.DEATHS)));
    }
}
