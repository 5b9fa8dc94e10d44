package taizhang.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import taizhang.domain.DateRange;
import taizhang.domain.Period;
import taizhang.storage.ClosedMonths;
import taizhang.tally.AreaTree;
import taizhang.tally.Closing;
import taizhang.tally.Column;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.Tally;

/**
 * The tally screen as one value: the period and the month the clerk is looking at, what is
 * shown (last year's columns, a closed month's current figures), the order, the selected cell,
 * and the figures read for it. Each key is a named transition to a new state; those that need
 * figures read them from the {@link Source}, the others (moving, sorting) are plain arithmetic.
 *
 * @param anchor  the month the clerk is looking at: changing the period kind keeps it, so that
 *                month, quarter, year and back again returns to the same month
 * @param figures what was read for the period
 * @param lines   the body: entered-since-closing lines, then the areas in tree order or sorted
 * @param flags   the flags of the figures shown, the last-ranked one judged on the selected column
 */
record TallyState(Period period, YearMonth anchor, boolean lastYear, boolean showCurrent, Column sortBy,
                  boolean descending, int row, int column, Figures figures, List<Line> lines, Flags flags) {

    /** Where figures come from: the tally engine and its closed months, and today. */
    record Source(Tally tally, Closing closing, LocalDate today) {
    }

    /**
     * The figures of a period: the report shown (null when there are no areas yet), the frozen
     * report and the closing of a closed month, the records entered since it was closed (when the
     * current figures are shown), the flag thresholds as the settings say now.
     */
    record Figures(Report report, Report frozen, ClosedMonths.Close close, List<Closing.Entered> entered,
                   Flags.Rules rules) {
        static final Figures NONE = new Figures(null, null, null, List.of(), null);
    }

    /** A line of the body: an area's figures, or a register's records entered since the month was closed. */
    sealed interface Line permits AreaLine, EnteredLine {
    }

    record AreaLine(Report.Row row) implements Line {
    }

    record EnteredLine(Closing.Entered entered) implements Line {
    }

    /** The tally of the month that holds today. */
    static TallyState open(Source s) {
        Period month = s.tally().current(Period.Kind.MONTH, s.today());
        return new TallyState(month, YearMonth.from(s.today()), false, false, null, false, 0, 0, Figures.NONE,
                List.of(), null).load(s);
    }

    /** The columns on offer: each indicator's figure, and with last year's shown, every count's _prev and change. */
    List<Column> columns() {
        return lastYear ? Column.ALL : Column.ALL.stream().filter(c -> c.variant() == Column.Variant.VALUE).toList();
    }

    Column selectedColumn() {
        return columns().get(column);
    }

    Line selectedLine() {
        return row < lines.size() ? lines.get(row) : null;
    }

    Report report() {
        return figures.report();
    }

    /** Whether a closed month's frozen figures are the ones on view. */
    boolean showingFrozen() {
        return figures.frozen() != null && !showCurrent;
    }

    // Moving about: arithmetic on the cursor.

    TallyState up() {
        return at(row - 1, column);
    }

    TallyState down() {
        return at(row + 1, column);
    }

    TallyState pageUp(int page) {
        return at(row - page, column);
    }

    TallyState pageDown(int page) {
        return at(row + page, column);
    }

    TallyState first() {
        return at(0, column);
    }

    TallyState last() {
        return at(lines.size() - 1, column);
    }

    TallyState left() {
        return at(row, column - 1);
    }

    TallyState right() {
        return at(row, column + 1);
    }

    private TallyState at(int newRow, int newColumn) {
        int r = Math.max(0, Math.min(newRow, lines.size() - 1));
        int c = Math.max(0, Math.min(newColumn, columns().size() - 1));
        TallyState s = new TallyState(period, anchor, lastYear, showCurrent, sortBy, descending, r, c, figures, lines,
                flags);
        return c == column ? s : s.reflagged();
    }

    // Periods: each reads the figures of the new one.

    TallyState previous(Source s) {
        return stepped(period.previous(), s);
    }

    TallyState next(Source s) {
        return stepped(period.next(), s);
    }

    /** Back to the period of the same kind that holds today. */
    TallyState current(Source s) {
        return with(s.tally().current(period.kind(), s.today()), YearMonth.from(s.today())).load(s);
    }

    /** Month, quarter, year, statistical year (only when it does not start in January), year to date: around the same month. */
    TallyState nextKind(Source s) {
        Period.Kind kind = nextKind(period.kind(), s.tally().statYearStart());
        return with(s.tally().current(kind, anchor.atEndOfMonth()), anchor).load(s);
    }

    static Period.Kind nextKind(Period.Kind kind, int statYearStart) {
        Period.Kind[] kinds = Period.Kind.values();
        Period.Kind next = kinds[(kind.ordinal() + 1) % kinds.length];
        return next == Period.Kind.STAT_YEAR && statYearStart == 1 ? nextKind(next, statYearStart) : next;
    }

    /** The period before or after: the month looked at moves with it (a quarter on, three months on). */
    private TallyState stepped(Period to, Source s) {
        int start = s.tally().statYearStart();
        long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(period.range(start).end()),
                YearMonth.from(to.range(start).end()));
        return with(to, anchor.plusMonths(months)).load(s);
    }

    private TallyState with(Period to, YearMonth newAnchor) {
        return new TallyState(to, newAnchor, lastYear, false, sortBy, descending, row, column, figures, lines, flags);
    }

    // What is shown.

    /** Last year's figure and the change beside each count, or not; the selected indicator stays selected. */
    TallyState lastYearToggled() {
        Indicator shown = selectedColumn().indicator();
        TallyState s = new TallyState(period, anchor, !lastYear, showCurrent, sortBy, descending, row, 0, figures,
                lines, flags);
        return s.at(row, s.columns().indexOf(new Column(shown, Column.Variant.VALUE)));
    }

    /** A closed month: its frozen figures, or the current ones with what was entered since (nothing else changes otherwise). */
    TallyState changesToggled(Source s) {
        if (figures.frozen() == null) {
            return this;
        }
        return new TallyState(period, anchor, lastYear, !showCurrent, sortBy, descending, row, column, figures, lines,
                flags).load(s);
    }

    /** The selected column ascending, then descending, then the tree order again. */
    TallyState sorted() {
        Column c = selectedColumn();
        Column by = c.equals(sortBy) && descending ? null : c;
        boolean down = c.equals(sortBy) && !descending;
        return new TallyState(period, anchor, lastYear, showCurrent, by, down, row, column, figures, lines, flags)
                .relined(selectedArea());
    }

    /** The same period read again (records changed). */
    TallyState reload(Source s) {
        return load(s);
    }

    // Reading and deriving.

    /** Reads the figures of the period: frozen ones for a closed month unless the current ones are asked for. */
    private TallyState load(Source s) {
        String selected = selectedArea();
        Figures read = read(s);
        return new TallyState(period, anchor, lastYear, showCurrent, sortBy, descending, row, column, read, lines,
                flags).relined(selected);
    }

    private Figures read(Source s) {
        Tally tally = s.tally();
        if (tally.areas().root() == null) {
            return Figures.NONE;
        }
        Report frozen = null;
        ClosedMonths.Close close = null;
        List<Closing.Entered> entered = List.of();
        if (period.kind() == Period.Kind.MONTH) {
            YearMonth month = YearMonth.of(period.year(), period.part());
            Optional<Closing.ClosedMonth> closed = s.closing().closed(month, null);
            if (closed.isPresent()) {
                close = closed.get().close();
                frozen = closed.get().frozen();
                if (showCurrent) {
                    entered = s.closing().enteredSince(month, null);
                }
            }
        }
        Report report = frozen != null && !showCurrent ? frozen : tally.report(period, null);
        // The settings' thresholds, read again with the figures.
        return new Figures(report, frozen, close, entered, tally.flagRules(null));
    }

    private String selectedArea() {
        return selectedLine() instanceof AreaLine a ? a.row().area().code() : null;
    }

    /** The lines for the figures and the order, the cursor on the area it was on (else the first line). */
    private TallyState relined(String selectedArea) {
        List<Line> out = new ArrayList<>();
        figures.entered().forEach(e -> out.add(new EnteredLine(e)));
        if (figures.report() != null) {
            ordered().forEach(r -> out.add(new AreaLine(r)));
        }
        int r = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof AreaLine a && a.row().area().code().equals(selectedArea)) {
                r = i;
            }
        }
        int c = Math.min(column, columns().size() - 1);
        return new TallyState(period, anchor, lastYear, showCurrent, sortBy, descending, r, c, figures,
                List.copyOf(out), flags).reflagged();
    }

    /** The flags with the last-ranked village judged on the selected indicator (one definition: {@link Flags}). */
    private TallyState reflagged() {
        Flags.Rules rules = figures.rules();
        Flags f = figures.report() == null || rules == null ? null : Flags.of(figures.report(),
                new Flags.Rules(rules.srbLow(), rules.srbHigh(), rules.srbMinBirths(), selectedColumn().indicator()));
        return new TallyState(period, anchor, lastYear, showCurrent, sortBy, descending, row, column, figures, lines, f);
    }

    /** The flag on a figure on view, or null. */
    Flags.Flag flag(Report.Row r, Column c) {
        return flags == null || c.variant() != Column.Variant.VALUE ? null : flags.get(r.area().code(), c.indicator());
    }

    /**
     * The rows in tree order, or sorted: each area's children ordered by the column, a township
     * moving with its villages and its total row beneath them, the county last. Empty figures sort last.
     */
    private List<Report.Row> ordered() {
        Report report = figures.report();
        if (sortBy == null) {
            return report.rows();
        }
        Map<String, Report.Row> byCode = new HashMap<>();
        report.rows().forEach(r -> byCode.put(r.area().code(), r));
        // An account whose scope is several areas has several rows at the top, each sorted with its own.
        List<AreaTree.Area> tops = new ArrayList<>(report.tops().stream().map(Report.Row::area).toList());
        List<Report.Row> out = new ArrayList<>();
        collect(tops, byCode, out);
        return out;
    }

    private void collect(List<AreaTree.Area> areas, Map<String, Report.Row> byCode, List<Report.Row> out) {
        Comparator<AreaTree.Area> order = (x, y) -> {
            BigDecimal a = byCode.get(x.code()).value(sortBy);
            BigDecimal b = byCode.get(y.code()).value(sortBy);
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            return descending ? b.compareTo(a) : a.compareTo(b);
        };
        areas.sort(order);
        for (AreaTree.Area area : areas) {
            collect(new ArrayList<>(area.children()), byCode, out);
            out.add(byCode.get(area.code()));
        }
    }

    /** Whether a current figure of a closed month differs from the frozen one. */
    boolean changed(Report.Row r, Column c) {
        if (figures.frozen() == null || !showCurrent) {
            return false;
        }
        Report.Row then = figures.frozen().row(r.area().code());
        BigDecimal was = then == null ? null : then.value(c);
        BigDecimal now = r.value(c);
        return was == null ? now != null : now == null || was.compareTo(now) != 0;
    }

    /** The range of the period shown. */
    DateRange range() {
        return figures.report().range();
    }
}
