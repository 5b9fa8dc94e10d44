package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Database;
import taizhang.tally.Closing;
import taizhang.tally.Column;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Tally;
import taizhang.tally.TallyFixture;

/** The tally screen's transitions, without a terminal, on a real SQLite file. */
class TallyStateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String TOWN_A = "990101101";
    private static final String A1 = "990101101201";
    private static final String A2 = "990101101202";
    private static final String TOWN_B = "990101102";
    private static final String B1 = "990101102201";

    @TempDir
    Path dir;
    TallyFixture f;
    TallyState.Source source;

    @BeforeEach
    void office() {
        f = TallyFixture.create(dir, 1);
        f.area("990101", "县", null).area(TOWN_A, "甲镇", "990101").area(A1, "甲一村", TOWN_A)
                .area(A2, "甲二村", TOWN_A).area(TOWN_B, "乙乡", "990101").area(B1, "乙一村", TOWN_B);
        f.birth(A1, "M", "2026-11-02", 1, "2026-11-05");
        f.birth(A2, "F", "2026-11-03", 1, "2026-11-05");
        f.birth(A2, "M", "2026-11-04", 2, "2026-11-06");
        f.birth(B1, "F", "2026-08-10", 1, "2026-08-12");
        source = new TallyState.Source(f.tally(), new Closing(f.tally()), TODAY);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> areas(TallyState s) {
        return s.lines().stream().map(l -> ((TallyState.AreaLine) l).row().area().code()).toList();
    }

    private static String selectedArea(TallyState s) {
        return ((TallyState.AreaLine) s.selectedLine()).row().area().code();
    }

    @Test
    void opensOnTheMonthOfTodayInTreeOrder() {
        TallyState s = TallyState.open(source);
        assertEquals("2026-11", s.period().toString());
        assertEquals(List.of(A1, A2, TOWN_A, B1, TOWN_B, "990101"), areas(s));
        assertEquals(Column.byId("births"), s.selectedColumn());
        assertEquals(0, s.row());
    }

    @Test
    void theKindCycleComesBackToTheMonthLookedAt() {
        TallyState s = TallyState.open(source).previous(source).previous(source).previous(source);
        assertEquals("2026-08", s.period().toString());
        s = s.nextKind(source);
        assertEquals("2026-Q3", s.period().toString());
        s = s.nextKind(source);
        assertEquals("2026", s.period().toString());
        s = s.nextKind(source);
        assertEquals("ytd:2026-08", s.period().toString(), "no statistical year when it starts in January");
        s = s.nextKind(source);
        assertEquals("2026-08", s.period().toString(), "back to the month looked at, not today's");
    }

    @Test
    void stepingAQuarterMovesTheMonthLookedAtByThree() {
        TallyState s = TallyState.open(source).previous(source).previous(source).previous(source).nextKind(source);
        s = s.next(source);
        assertEquals("2026-Q4", s.period().toString());
        assertEquals(YearMonth.of(2026, 11), s.anchor());
        for (int i = 0; i < 3; i++) {
            s = s.nextKind(source);
        }
        assertEquals("2026-11", s.period().toString());
        assertEquals("2026-11", s.previous(source).next(source).period().toString());
    }

    @Test
    void currentGoesBackToTodaysPeriodOfTheSameKind() {
        TallyState s = TallyState.open(source).nextKind(source).previous(source).previous(source);
        assertEquals("2026-Q2", s.period().toString());
        s = s.current(source);
        assertEquals("2026-Q4", s.period().toString());
        assertEquals(YearMonth.of(2026, 11), s.anchor());
    }

    @Test
    void theFiguresAreTheTallysOwn() {
        TallyState s = TallyState.open(source);
        assertEquals(f.tally().report(s.period(), null), s.report());
        assertEquals("3", s.report().row(TOWN_A).text(Column.byId("births")));
        assertEquals("0", s.previous(source).previous(source).previous(source).report().row(TOWN_A)
                .text(Column.byId("births")));
    }

    @Test
    void movingStaysOnTheTable() {
        TallyState s = TallyState.open(source);
        assertEquals(0, s.up().row());
        assertEquals(1, s.down().row());
        assertEquals(5, s.last().row());
        assertEquals(5, s.last().down().row());
        assertEquals(5, s.pageDown(100).row());
        assertEquals(2, s.pageDown(2).row());
        assertEquals(0, s.pageDown(3).pageUp(10).row());
        assertEquals(0, s.last().first().row());
        assertEquals(0, s.left().column());
        assertEquals(1, s.right().column());
        int last = s.columns().size() - 1;
        TallyState far = s;
        for (int i = 0; i < last + 5; i++) {
            far = far.right();
        }
        assertEquals(last, far.column());
        assertSame(s.period(), far.period(), "moving reads nothing");
    }

    @Test
    void sortingOrdersEachTownshipsVillagesAndKeepsTheSelectedArea() {
        TallyState s = TallyState.open(source).down();                       // 甲二村 selected
        assertEquals(A2, selectedArea(s));
        s = s.sorted();
        assertEquals(Column.byId("births"), s.sortBy());
        assertFalse(s.descending());
        assertEquals(List.of(B1, TOWN_B, A1, A2, TOWN_A, "990101"), areas(s),
                "乙乡 (0 births) before 甲镇 (3), each township under its villages, the county last");
        assertEquals(A2, selectedArea(s), "the cursor stays on its area");
        s = s.sorted();
        assertTrue(s.descending());
        assertEquals(List.of(A2, A1, TOWN_A, B1, TOWN_B, "990101"), areas(s));
        s = s.sorted();
        assertNull(s.sortBy());
        assertEquals(List.of(A1, A2, TOWN_A, B1, TOWN_B, "990101"), areas(s), "the third press: tree order");
    }

    @Test
    void sortingKeepsEveryRowOfAnAccountWhoseScopeIsSeveralAreas() {
        Account several = new Account("pw", "两处", Role.STATISTICIAN, new Scope(List.of(TOWN_A, B1)), null, false);
        try (Database other = Database.open(f.db.file())) {
            Tally tally = new Tally(other.actAs(several));
            TallyState.Source scoped = new TallyState.Source(tally, new Closing(tally), TODAY);
            TallyState s = TallyState.open(scoped);
            assertEquals(List.of(A1, A2, TOWN_A, B1), areas(s), "甲镇 whole, 乙一村 alone; no 乙乡 or county row");
            s = s.sorted();
            assertEquals(List.of(B1, A1, A2, TOWN_A), areas(s),
                    "乙一村 (0 births) before 甲镇 (3), each with its rows; none dropped");
            s = s.sorted();
            assertEquals(List.of(A2, A1, TOWN_A, B1), areas(s));
        }
    }

    @Test
    void lastYearsColumnsComeAndGoAndTheIndicatorStaysSelected() {
        TallyState s = TallyState.open(source);
        int srb = s.columns().indexOf(new Column(Indicator.SRB, Column.Variant.VALUE));
        for (int i = 0; i < srb; i++) {
            s = s.right();
        }
        assertEquals(Indicator.SRB, s.selectedColumn().indicator());
        s = s.lastYearToggled();
        assertTrue(s.columns().contains(Column.byId("births_prev")));
        assertEquals(Column.byId("srb"), s.selectedColumn());
        s = s.lastYearToggled();
        assertFalse(s.columns().contains(Column.byId("births_prev")));
        assertEquals(Column.byId("srb"), s.selectedColumn());
    }

    @Test
    void theLastRankedFlagFollowsTheSelectedIndicator() {
        TallyState s = TallyState.open(source);
        assertEquals(Flags.Flag.LAST_RANKED, s.flag(s.report().row(B1), Column.byId("births")), "乙一村: 0 births");
        TallyState boys = s.right();                                           // births_male: 甲一村 1, 甲二村 1, 乙一村 0
        assertEquals(Indicator.BIRTHS_MALE, boys.selectedColumn().indicator());
        assertEquals(Flags.Flag.LAST_RANKED, boys.flag(boys.report().row(B1), Column.byId("births_male")));
        assertNull(boys.flag(boys.report().row(B1), Column.byId("births")), "judged on the selected column only");
    }

    @Test
    void aClosedMonthShowsItsFrozenFiguresAndOnAskingTheCurrentOnes() {
        new Closing(f.tally()).close(YearMonth.of(2026, 10), TODAY, Clock.systemUTC());
        long late = f.birth(A1, "F", "2026-10-20", 1, "2026-11-02");
        TallyState s = TallyState.open(source).previous(source);
        assertTrue(s.showingFrozen());
        assertEquals("0", s.report().row(A1).text(Column.byId("births")));
        s = s.changesToggled(source);
        assertFalse(s.showingFrozen());
        assertEquals("1", s.report().row(A1).text(Column.byId("births")));
        assertTrue(s.lines().get(0) instanceof TallyState.EnteredLine e && e.entered().ids().equals(List.of(late)));
        assertTrue(s.changed(s.report().row(A1), Column.byId("births")));
        assertFalse(s.changed(s.report().row(A2), Column.byId("births")));
        assertTrue(s.next(source).figures().frozen() == null, "November is not closed");
        TallyState open = TallyState.open(source);
        assertSame(open, open.changesToggled(source), "c on a month not closed changes nothing");
    }

    @Test
    void reloadReadsRecordsAddedMeanwhile() {
        TallyState s = TallyState.open(source).down();
        f.birth(A2, "M", "2026-11-09", 1, "2026-11-10");
        TallyState again = s.reload(source);
        assertEquals("3", again.report().row(A2).text(Column.byId("births")));
        assertEquals(A2, selectedArea(again));
    }
}
