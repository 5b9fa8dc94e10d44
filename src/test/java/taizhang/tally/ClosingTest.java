package taizhang.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Period;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.domain.Account;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.ClosedMonths;
import taizhang.storage.Database;

class ClosingTest {
    static final String A1 = IndicatorTest.A1;
    static final String C = IndicatorTest.C;
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;
    TallyFixture f;
    Closing closing;

    @BeforeEach
    void fill() {
        f = TallyFixture.create(dir, 1);
        IndicatorTest.county(f);
        f.birth(A1, "M", "2026-10-05", 1, "2026-10-06");
        f.birth(A1, "F", "2026-10-07", 1, "2026-10-08");
        closing = new Closing(f.tally());
    }

    private String current(String period, String area, String column) {
        return f.tally().report(Period.parse(period), null).row(area).text(Column.byId(column));
    }

    @Test
    void lateBirthAfterClosingChangesCurrentNotFrozen() {
        ClosedMonths.Close close = closing.close(OCTOBER, LocalDate.parse("2026-11-03"), Clock.systemUTC());
        assertEquals(taizhang.testing.Admin.OWNER.login(), close.closedBy());
        // A birth of October surfaces in November, after the month was closed.
        long late = f.birth(A1, "M", "2026-10-20", 2, "2026-11-02");
        Report frozen = closing.closed(OCTOBER, null).orElseThrow().frozen();
        assertEquals("2", frozen.row(A1).text(Column.byId("births")));
        assertEquals("2", frozen.row(C).text(Column.byId("births")));
        assertEquals("100.0", frozen.row(C).text(Column.byId("srb")));
        assertEquals("3", current("2026-10", A1, "births"));
        assertEquals("200.0", current("2026-10", C, "srb"));
        // It is listed as entered since the closing ...
        List<Closing.Entered> since = closing.enteredSince(OCTOBER, null);
        assertEquals(List.of(new Closing.Entered(Register.BIRTHS, List.of(late))), since);
        // ... and it is not a late birth: it was born in the statistical year it was registered in.
        assertEquals("0", current("2026-11", A1, "late_births"));
    }

    @Test
    void aClosedMonthsFrozenFiguresHoldOnlyTheAreasOfTheAccountsScope() {
        closing.close(OCTOBER, LocalDate.parse("2026-11-03"), Clock.systemUTC());
        Account village = new Account("yi", "一村", Role.CLERK, new Scope(List.of(A1)), null, false);
        try (Database other = Database.open(f.db.file())) {
            Tally tally = new Tally(other.actAs(village));
            Report frozen = new Closing(tally).closed(OCTOBER, null).orElseThrow().frozen();
            assertEquals(List.of(A1), frozen.rows().stream().map(r -> r.area().code()).toList(),
                    "another village's, the townships' and the county's frozen figures are not the clerk's to see");
            assertEquals("2", frozen.row(A1).text(Column.byId("births")));
            Refusal outside = assertThrows(Refusal.class, () -> new Closing(tally).closed(OCTOBER, IndicatorTest.TB));
            assertEquals(Problem.Code.OUT_OF_SCOPE, outside.problem().code());
        }
    }

    @Test
    void birthOfAnEarlierStatisticalYearCountsAsLateInTheMonthItIsRegistered() {
        closing.close(OCTOBER, LocalDate.parse("2026-11-03"), Clock.systemUTC());
        f.birth(A1, "F", "2025-12-30", 1, "2026-11-02");
        assertEquals("1", current("2026-11", A1, "late_births"));
        assertEquals("0", current("2026-10", A1, "late_births"));
        assertEquals("0", closing.closed(OCTOBER, null).orElseThrow().frozen().row(A1).text(Column.byId("late_births")));
        // It was born in December 2025, not October: nothing changed October since its closing.
        assertEquals(List.of(), closing.enteredSince(OCTOBER, null));
    }

    @Test
    void everyFigureOfEveryAreaIsFrozenEmptyStaysEmpty() {
        closing.close(OCTOBER, LocalDate.parse("2026-11-01"), Clock.systemUTC());
        Report now = f.tally().report(Period.month(OCTOBER), null);
        Report frozen = closing.closed(OCTOBER, null).orElseThrow().frozen();
        assertEquals(now.rows().size(), frozen.rows().size());
        for (int i = 0; i < now.rows().size(); i++) {
            for (Column c : Column.ALL) {
                assertEquals(now.rows().get(i).text(c), frozen.rows().get(i).text(c), c.id());
            }
        }
        assertNull(frozen.row(C).value(Column.byId("population")));
    }

    @Test
    void monthsEndedButNotClosedNeedAttention() {
        closing.close(OCTOBER, LocalDate.parse("2026-11-03"), Clock.systemUTC());
        assertEquals(List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9)),
                closing.notClosed(LocalDate.parse("2026-11-03"), 3));
        closing.reopen(OCTOBER, "更正", Clock.systemUTC().instant());
        assertEquals(List.of(YearMonth.of(2026, 10)), closing.notClosed(LocalDate.parse("2026-11-30"), 1));
    }

    @Test
    void monthNotEndedIsRefused() {
        Refusal e = assertThrows(Refusal.class,
                () -> closing.close(OCTOBER, LocalDate.parse("2026-10-31"), Clock.systemUTC()));
        assertEquals(Problem.Code.MONTH_NOT_ENDED, e.problem().code());
        assertTrue(closing.closed(OCTOBER, null).isEmpty());
    }

    @Test
    void closedMonthIsRefusedUntilReopenedWithAReason() {
        closing.close(OCTOBER, LocalDate.parse("2026-11-03"), Clock.systemUTC());
        Refusal again = assertThrows(Refusal.class,
                () -> closing.close(OCTOBER, LocalDate.parse("2026-11-04"), Clock.systemUTC()));
        assertEquals(Problem.Code.MONTH_CLOSED, again.problem().code());
        assertEquals(Problem.Code.REOPEN_NEEDS_REASON, assertThrows(Refusal.class,
                () -> closing.reopen(OCTOBER, " ", Clock.systemUTC().instant())).problem().code());
        closing.reopen(OCTOBER, "县里退回重报", Clock.systemUTC().instant());
        assertTrue(closing.closed(OCTOBER, null).isEmpty());
        ClosedMonths.Close reopened = closing.history().get(0);
        assertEquals("县里退回重报", reopened.reopenReason());
        assertEquals(taizhang.testing.Admin.OWNER.login(), reopened.reopenedBy());
        f.birth(A1, "M", "2026-10-21", 2, "2026-11-04");
        closing.close(OCTOBER, LocalDate.parse("2026-11-05"), Clock.systemUTC());
        assertEquals("3", closing.closed(OCTOBER, null).orElseThrow().frozen().row(A1).text(Column.byId("births")));
        assertEquals(2, closing.history().size());
        assertEquals(Problem.Code.MONTH_NOT_CLOSED, assertThrows(Refusal.class,
                () -> closing.reopen(YearMonth.of(2026, 9), "no", Clock.systemUTC().instant())).problem().code());
    }
}
