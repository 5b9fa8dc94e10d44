package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.domain.AreaLevel;
import taizhang.domain.DateRange;
import taizhang.domain.Period;

/** The flags of SPEC 6 judged on reports made by hand: the sex ratio's range and births, the last-ranked village. */
class FlagsTest {
    static final Flags.Rules RULES = new Flags.Rules(new BigDecimal("103"), new BigDecimal("107"), 200, null);

    /** A row of an area with the given figures (indicator, value); every other figure empty. */
    static Report.Row row(String code, Map<Indicator, String> figures) {
        List<BigDecimal> values = new ArrayList<>();
        for (Column c : Column.ALL) {
            String v = c.variant() == Column.Variant.VALUE ? figures.get(c.indicator()) : null;
            values.add(v == null ? null : new BigDecimal(v));
        }
        String parent = code.length() == 12 ? code.substring(0, 9) : code.length() == 9 ? code.substring(0, 6) : null;
        AreaTree.Area area = new AreaTree.Area(code, "区" + code, parent, AreaLevel.of(code), List.of());
        return new Report.Row(area, values);
    }

    static Report report(Report.Row... rows) {
        DateRange range = new DateRange(java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 10, 31));
        return new Report(Period.parse("2026-10"), range, range, List.of(rows));
    }

    private static Flags.Flag srb(String srb, long births) {
        return Flags.srb(srb == null ? null : new BigDecimal(srb), BigDecimal.valueOf(births), RULES);
    }

    @Test
    void aSexRatioOnEnoughBirthsIsFlaggedOutsideItsRangeOnly() {
        assertNull(srb("103.0", 200), "the low bound is inside");
        assertNull(srb("107.0", 200), "the high bound is inside");
        assertNull(srb("105.0", 5000));
        assertEquals(Flags.Flag.SRB_OUT_OF_RANGE, srb("102.9", 200));
        assertEquals(Flags.Flag.SRB_OUT_OF_RANGE, srb("107.1", 200));
    }

    @Test
    void onFewerBirthsThanTheRulesMinimumItRestsOnTooFew() {
        assertEquals(Flags.Flag.SRB_FEW_BIRTHS, srb("105.0", 199), "in range, but 199 births");
        assertEquals(Flags.Flag.SRB_FEW_BIRTHS, srb("250.0", 3), "not out of range on 3 births: too few to say");
        assertNull(srb(null, 3), "no sex ratio, no flag");
    }

    @Test
    void theFlagsOfAReportAreEachRowsOwn() {
        Report r = report(
                row("990101101201", Map.of(Indicator.SRB, "120.0", Indicator.BIRTHS, "300")),
                row("990101101202", Map.of(Indicator.SRB, "100.0", Indicator.BIRTHS, "50")),
                row("990101101203", Map.of(Indicator.BIRTHS, "0")),
                row("990101101", Map.of(Indicator.SRB, "105.0", Indicator.BIRTHS, "350")));
        Flags flags = Flags.of(r, RULES);
        assertEquals(Flags.Flag.SRB_OUT_OF_RANGE, flags.get("990101101201", Indicator.SRB));
        assertEquals(Flags.Flag.SRB_FEW_BIRTHS, flags.get("990101101202", Indicator.SRB));
        assertNull(flags.get("990101101203", Indicator.SRB));
        assertNull(flags.get("990101101", Indicator.SRB));
        assertNull(flags.get("990101101201", Indicator.BIRTHS), "only the sex ratio, and no ranking asked");
        assertEquals(Map.of(Indicator.SRB, Flags.Flag.SRB_OUT_OF_RANGE), flags.of("990101101201"));
        assertEquals(Map.of(), flags.of("990101101203"));
    }

    private static Flags ranked(Indicator by, Report r) {
        return Flags.of(r, new Flags.Rules(RULES.srbLow(), RULES.srbHigh(), RULES.srbMinBirths(), by));
    }

    @Test
    void everyVillageTiedAtTheLowestValueRanksLast() {
        Report r = report(
                row("990101101201", Map.of(Indicator.TIMELY_PCT, "80.00")),
                row("990101101202", Map.of(Indicator.TIMELY_PCT, "60.00")),
                row("990101101203", Map.of(Indicator.TIMELY_PCT, "60.00")),
                row("990101101204", Map.of()),
                row("990101101", Map.of(Indicator.TIMELY_PCT, "10.00")));
        Flags flags = ranked(Indicator.TIMELY_PCT, r);
        assertEquals(Flags.Flag.LAST_RANKED, flags.get("990101101202", Indicator.TIMELY_PCT));
        assertEquals(Flags.Flag.LAST_RANKED, flags.get("990101101203", Indicator.TIMELY_PCT));
        assertNull(flags.get("990101101201", Indicator.TIMELY_PCT));
        assertNull(flags.get("990101101204", Indicator.TIMELY_PCT), "an empty figure is not ranked");
        assertNull(flags.get("990101101", Indicator.TIMELY_PCT), "a township is not a village");
        assertNull(ranked(null, r).get("990101101202", Indicator.TIMELY_PCT), "no ranking asked");
    }

    @Test
    void noVillageRanksLastWhenAllAreEqualOrOnlyOneHasAFigure() {
        Report equal = report(
                row("990101101201", Map.of(Indicator.BIRTHS, "4")),
                row("990101101202", Map.of(Indicator.BIRTHS, "4")));
        assertEquals(Map.of(), ranked(Indicator.BIRTHS, equal).of("990101101201"));
        Report one = report(
                row("990101101201", Map.of(Indicator.BIRTHS, "4")),
                row("990101101202", Map.of()));
        assertEquals(Map.of(), ranked(Indicator.BIRTHS, one).of("990101101201"));
        Report two = report(
                row("990101101201", Map.of(Indicator.BIRTHS, "4")),
                row("990101101202", Map.of(Indicator.BIRTHS, "3")));
        assertEquals(Flags.Flag.LAST_RANKED, ranked(Indicator.BIRTHS, two).get("990101101202", Indicator.BIRTHS));
    }

    @Test
    void eachFlagHasItsMarkAndItsWordsInBothLanguages() {
        assertEquals("!", Flags.Flag.SRB_OUT_OF_RANGE.mark());
        assertEquals("?", Flags.Flag.SRB_FEW_BIRTHS.mark());
        assertEquals("v", Flags.Flag.LAST_RANKED.mark());
        assertEquals("ranks last", Flags.Flag.LAST_RANKED.label(taizhang.domain.Language.EN));
        assertEquals("排名末位", Flags.Flag.LAST_RANKED.label(taizhang.domain.Language.ZH));
    }
}
