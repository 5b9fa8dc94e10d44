package taizhang.ui;

import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.Period;
import taizhang.domain.Sheet;
import taizhang.io.SheetCsv;
import taizhang.io.SheetXlsx;
import taizhang.io.Width;
import taizhang.storage.ClosedMonths;
import taizhang.tally.AreaTree;
import taizhang.tally.Column;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.ReportCells;
import taizhang.tally.Tally;

/**
 * The tally of a period on screen: villages x indicators with township and county totals in
 * the report's tree order, every figure asked of the tally engine (the same as the report
 * command's). A closed month shows its frozen figures; {@code c} shows the current ones and
 * what was entered since. Enter on a figure lists the records it was counted from.
 */
final class TallyView implements View {
    /** The keys, most telling first: {@code c} (frozen or current figures) is near the end unless the month is closed. */
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.OPEN, Command.PREVIOUS_PERIOD,
            Command.NEXT_PERIOD, Command.CURRENT_PERIOD, Command.PERIOD_KIND, Command.LAST_YEAR, Command.SORT,
            Command.EXPORT, Command.CHANGES, Command.BACK, Command.QUIT, Command.UP, Command.DOWN,
            Command.LEFT, Command.RIGHT, Command.PAGE_UP, Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    private static final List<Command> CLOSED_MONTH_COMMANDS = List.of(Command.HELP, Command.OPEN, Command.CHANGES,
            Command.PREVIOUS_PERIOD, Command.NEXT_PERIOD, Command.CURRENT_PERIOD, Command.PERIOD_KIND,
            Command.LAST_YEAR, Command.SORT, Command.EXPORT, Command.BACK, Command.QUIT, Command.UP, Command.DOWN,
            Command.LEFT, Command.RIGHT, Command.PAGE_UP, Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    /** Rows above the body: the title line, the period line and two lines of column headers. */
    static final int TOP = 4;
    /** Rows below the body: the selected figure, the sparkline, the status line and the legend. */
    private static final int BELOW = 4;
    private static final int MONTHS = 12;

    private final Messages text;
    private TallyState state;
    /** The viewport: the first line and the first indicator column on view (drawing keeps the cursor in them). */
    private int top;
    private int firstColumn;
    /** Column widths of the figures on view, worked out once per reading. */
    private TallyState.Figures widthsFor;
    private Map<Column, Integer> widths = Map.of();
    private final Sparkline sparkline = new Sparkline();

    TallyView(App app) {
        this.text = app.text;
        this.state = TallyState.open(source(app));
    }

    private static TallyState.Source source(App app) {
        return new TallyState.Source(app.office.tally, app.office.closing, app.office.today);
    }

    TallyState state() {
        return state;
    }

    @Override
    public String title() {
        // The title line has room for the closing's day and clerk; its time is on the period line.
        Period period = state.period();
        ClosedMonths.Close close = state.figures().close();
        if (close != null) {
            return text.get("tally.title", period) + "  " + text.get("tally.closed",
                    close.closedAt().atOffset(ZoneOffset.UTC).toLocalDate(), close.closedBy());
        }
        return text.get("tally.title", period) + " (" + kindName(period.kind()) + ")";
    }

    private String kindName(Period.Kind kind) {
        return text.get("tally.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public List<Command> commands() {
        return state.figures().frozen() == null ? COMMANDS : CLOSED_MONTH_COMMANDS;
    }

    /**
     * Records may have changed in a list opened from here, or been saved by someone else: the
     * figures are read again, the selected area, column, sort and period kept; the sparkline follows.
     */
    @Override
    public void refresh(App app) {
        state = state.reload(source(app));
        sparkline.stale();
    }

    @Override
    public void command(Command c, App app) {
        int body = bodyRows(app);
        TallyState.Source source = source(app);
        switch (c) {
            case UP -> state = state.up();
            case DOWN -> state = state.down();
            case PAGE_UP -> state = state.pageUp(body);
            case PAGE_DOWN -> state = state.pageDown(body);
            case FIRST -> state = state.first();
            case LAST -> state = state.last();
            case LEFT -> state = state.left();
            case RIGHT -> state = state.right();
            case PREVIOUS_PERIOD -> state = state.previous(source);
            case NEXT_PERIOD -> state = state.next(source);
            case CURRENT_PERIOD -> state = state.current(source);
            case PERIOD_KIND -> {
                state = state.nextKind(source);
                app.message(text.get("tally.kind_now", kindName(state.period().kind())));
            }
            case LAST_YEAR -> state = state.lastYearToggled();
            case SORT -> state = state.sorted();
            case CHANGES -> {
                if (state.figures().frozen() == null) {
                    app.message(text.get("tally.not_closed", state.period()));
                } else {
                    state = state.changesToggled(source);
                }
            }
            case OPEN -> open(app);
            case EXPORT -> app.push(new Prompt(app, text.get("prompt.export_report"),
                    "report-" + state.period().toString().replace(':', '-') + ".xlsx", name -> export(name, app)));
            case BACK -> app.pop();
            default -> {
            }
        }
    }

    /** Enter: the records behind the selected figure (the ids the count was made of), or those entered since closing. */
    private void open(App app) {
        TallyState.Line line = state.selectedLine();
        Period period = state.period();
        if (line instanceof TallyState.EnteredLine e) {
            app.push(TableView.records(app, e.entered().register(), e.entered().ids(),
                    text.get("tally.entered_title", period)));
            return;
        }
        if (!(line instanceof TallyState.AreaLine a)) {
            return;
        }
        Report.Row r = a.row();
        Column c = state.selectedColumn();
        Indicator i = c.indicator();
        if (c.variant() == Column.Variant.CHANGE || (i.drill() == null && i != Indicator.POPULATION)) {
            app.message(text.get("tally.no_records", c.label(text.language())));
            return;
        }
        Tally.DrillDown d = app.office.tally.drillDown(i, r.area().code(), period, c.variant() == Column.Variant.PREV);
        String title = r.area().name() + " " + c.label(text.language()) + " " + period;
        app.push(TableView.records(app, d.register(), d.ids(), title));
        if (state.showingFrozen()) {
            app.message(text.get("tally.records_now"));
        }
    }

    /** Writes the figures shown (frozen ones for a closed month) as `taizhang report` would: XLSX, or CSV by name. */
    private void export(String name, App app) {
        Report report = state.report();
        if (name.isBlank() || report == null) {
            return;
        }
        Path target = Path.of(name.strip()).toAbsolutePath();
        boolean csv = name.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        Flags flags = state.flags();
        app.export(target, os -> {
            Sheet sheet = ReportCells.full(report, flags, text.language());
            if (csv) {
                SheetCsv.write(sheet, new OutputStreamWriter(os, StandardCharsets.UTF_8));
            } else {
                SheetXlsx.write(List.of(sheet), os);
            }
        }, "report", null, java.util.Map.of("format", csv ? "csv" : "xlsx", "periods",
                List.of(report.period().toString())));
    }

    private static int bodyRows(App app) {
        return Math.max(1, app.bodyRows() + 3 - TOP - BELOW);
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int cols = canvas.columns();
        drawPeriodLine(canvas);
        if (state.report() == null) {
            canvas.text(0, TOP, text.get("tally.no_areas"), cols, Canvas.Style.DIM);
            return;
        }
        if (widthsFor != state.figures()) {
            widthsFor = state.figures();
            widths = widths(state.report());
        }
        int body = bodyRows(app);
        List<TallyState.Line> lines = state.lines();
        int row = state.row();
        if (row < top) {
            top = row;
        } else if (row >= top + body) {
            top = row - body + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, lines.size() - body)));
        int nameWidth = nameWidth(cols);
        List<Column> shown = visibleColumns(cols - nameWidth - 1);
        drawHeaders(canvas, nameWidth, shown);
        for (int i = 0; i < body && top + i < lines.size(); i++) {
            drawLine(canvas, TOP + i, lines.get(top + i), top + i == row, nameWidth, shown);
        }
        int detailRow = canvas.rows() - BELOW;
        drawDetail(canvas, detailRow);
        drawSparkline(canvas, detailRow + 1, app);
    }

    /** Each column as wide as its widest figure and a flag mark, and as its header needs on two lines. */
    private Map<Column, Integer> widths(Report report) {
        Map<Column, Integer> out = new HashMap<>();
        for (Column c : Column.ALL) {
            int w = 7;
            for (Report.Row r : report.rows()) {
                w = Math.max(w, r.text(c).length() + 2);
            }
            out.put(c, Math.max(w, headerWidth(c)));
        }
        return out;
    }

    /** The narrowest width (up to 16) in which the column's header takes at most two lines. */
    private int headerWidth(Column c) {
        for (int w = 6; w < 16; w++) {
            if (header(c, w).size() <= 2) {
                return w;
            }
        }
        return 16;
    }

    /** The header of a column in lines of {@code width}: the label wrapped, then "last yr" or "chg %" for those columns. */
    private List<String> header(Column c, int width) {
        List<String> lines = new ArrayList<>(Width.wrap(c.indicator().label(text.language()), width));
        if (c.variant() != Column.Variant.VALUE) {
            lines = new ArrayList<>(lines.subList(0, 1));
            lines.add(text.get(c.variant() == Column.Variant.PREV ? "tally.prev" : "tally.change"));
        }
        return lines;
    }

    /** The period, what is shown and how it is ordered first; the closing's time and the days after, as room allows. */
    private void drawPeriodLine(Canvas canvas) {
        Period period = state.period();
        List<String> parts = new ArrayList<>();
        parts.add(text.get("tally.period", period, kindName(period.kind())));
        TallyState.Figures f = state.figures();
        if (f.frozen() != null) {
            parts.add(text.get(state.showCurrent() ? "tally.showing_current" : "tally.showing_frozen"));
        }
        if (state.sortBy() != null) {
            parts.add(text.get(state.descending() ? "sort.descending" : "sort.ascending",
                    state.sortBy().label(text.language())));
        }
        if (f.frozen() != null) {
            parts.add(text.get("tally.closed", f.close().when(), f.close().closedBy()));
        }
        if (f.report() != null) {
            parts.add(f.report().range().start() + ".." + f.report().range().end());
        }
        canvas.text(0, 1, Width.join(parts, canvas.columns()), canvas.columns(), Canvas.Style.NORMAL);
    }

    private int nameWidth(int cols) {
        int w = 8;
        for (Report.Row r : state.report().rows()) {
            w = Math.max(w, Width.of(indent(r.area()) + r.area().name()) + 1);
        }
        return Math.min(w, Math.max(8, cols / 5));
    }

    private static String indent(AreaTree.Area a) {
        return a.isVillage() ? "  " : a.level() == taizhang.domain.AreaLevel.COUNTY ? "" : " ";
    }

    /** The columns from the first shown that fit; the selected one is always among them. */
    private List<Column> visibleColumns(int room) {
        List<Column> columns = state.columns();
        int column = state.column();
        firstColumn = Math.min(firstColumn, column);
        while (true) {
            List<Column> out = new ArrayList<>();
            int used = 0;
            for (int i = firstColumn; i < columns.size(); i++) {
                int w = widths.get(columns.get(i)) + 1;
                if (used + w > room && !out.isEmpty()) {
                    break;
                }
                out.add(columns.get(i));
                used += w;
            }
            if (out.contains(state.selectedColumn()) || firstColumn >= column) {
                return out;
            }
            firstColumn++;
        }
    }

    private void drawHeaders(Canvas canvas, int nameWidth, List<Column> shown) {
        canvas.text(0, 2, text.get("tally.area"), nameWidth, Canvas.Style.BOLD);
        canvas.text(0, 3, "", nameWidth, Canvas.Style.BOLD);
        int col = nameWidth + 1;
        for (Column c : shown) {
            int w = widths.get(c);
            List<String> lines = header(c, w);
            Canvas.Style style = c.equals(state.selectedColumn()) ? Canvas.Style.REVERSE : Canvas.Style.BOLD;
            canvas.text(col, 2, Width.padLeft(lines.get(0), w), w, style);
            canvas.text(col, 3, Width.padLeft(lines.size() > 1 ? lines.get(1) : "", w), w, style);
            col += w + 1;
        }
    }

    private void drawLine(Canvas canvas, int y, TallyState.Line line, boolean selected, int nameWidth,
                          List<Column> shown) {
        if (line instanceof TallyState.EnteredLine e) {
            String what = text.count("tally.entered", e.entered().ids().size(),
                    text.get("register." + e.entered().register().fileName()));
            canvas.text(0, y, what, canvas.columns(), selected ? Canvas.Style.REVERSE : Canvas.Style.WARNING);
            return;
        }
        Report.Row r = ((TallyState.AreaLine) line).row();
        AreaTree.Area area = r.area();
        Canvas.Style nameStyle = selected ? Canvas.Style.REVERSE : area.isVillage() ? Canvas.Style.NORMAL : Canvas.Style.BOLD;
        canvas.clip(0, y, indent(area) + area.name(), nameWidth, nameStyle);
        int col = nameWidth + 1;
        for (Column c : shown) {
            int w = widths.get(c);
            Flags.Flag flag = state.flag(r, c);
            boolean changed = state.changed(r, c);
            String marks = (flag == null ? "" : flag.mark()) + (changed ? "*" : "");
            String cell = r.text(c) + (marks.isEmpty() ? " " : marks);
            Canvas.Style style = selected && c.equals(state.selectedColumn()) ? Canvas.Style.REVERSE
                    : flag == Flags.Flag.SRB_OUT_OF_RANGE ? Canvas.Style.ERROR
                    : flag == Flags.Flag.SRB_FEW_BIRTHS ? Canvas.Style.WARNING
                    : flag == Flags.Flag.LAST_RANKED ? Canvas.Style.MARK
                    : changed ? Canvas.Style.BOLD
                    : area.isVillage() ? Canvas.Style.NORMAL : Canvas.Style.BOLD;
            canvas.text(col, y, Width.padLeft(cell, w), w, style);
            col += w + 1;
        }
    }

    /** The selected figure in words: its full label, its flag, the sex ratio's 95% interval, the frozen value. */
    private void drawDetail(Canvas canvas, int y) {
        TallyState.Line line = state.selectedLine();
        if (line instanceof TallyState.EnteredLine) {
            canvas.text(0, y, text.get("tally.entered_hint"), canvas.columns(), Canvas.Style.DIM);
            return;
        }
        if (!(line instanceof TallyState.AreaLine a)) {
            return;
        }
        Report.Row r = a.row();
        Column c = state.selectedColumn();
        String value = r.text(c);
        // The area is the selected line's and is named on the sparkline's line: the room here is for the figure.
        List<String> parts = new ArrayList<>();
        parts.add(c.label(text.language()) + ": " + (value.isEmpty() ? text.get("tally.undefined") : value));
        Flags.Flag flag = state.flag(r, c);
        if (flag != null) {
            parts.add(flag.mark() + " " + flag.label(text.language()));
        }
        if (c.indicator() == Indicator.SRB && r.value(Indicator.SRB_LOW) != null) {
            parts.add(text.get("tally.interval", r.text(Column.byId("srb_low")), r.text(Column.byId("srb_high"))));
        }
        if (state.changed(r, c)) {
            Report.Row then = state.figures().frozen().row(r.area().code());
            String was = then == null ? "" : then.text(c);
            parts.add(text.get("tally.was", was.isEmpty() ? text.get("tally.undefined") : was));
        }
        String s = Width.join(parts, canvas.columns());
        Canvas.Style style = flag == Flags.Flag.SRB_OUT_OF_RANGE ? Canvas.Style.ERROR
                : flag == Flags.Flag.SRB_FEW_BIRTHS ? Canvas.Style.WARNING : Canvas.Style.NORMAL;
        canvas.text(0, y, s, canvas.columns(), style);
    }

    /** The selected indicator of the selected area over the 12 months ending with the period's last month. */
    private void drawSparkline(Canvas canvas, int y, App app) {
        if (!(state.selectedLine() instanceof TallyState.AreaLine line)) {
            return;
        }
        AreaTree.Area area = line.row().area();
        YearMonth last = YearMonth.from(state.range().end());
        Indicator i = state.selectedColumn().indicator();
        List<BigDecimal> values = sparkline.values(app, area.code(), last, i);
        String s = (values == null ? " ".repeat(MONTHS) : Headline.sparkline(values)) + "  " + text.get(
                "tally.sparkline", area.name(), i.label(text.language()), last.minusMonths(MONTHS - 1), last);
        canvas.clip(0, y, s, canvas.columns(), Canvas.Style.NORMAL);
    }

    /**
     * The twelve months behind the sparkline: one count for every indicator (moving between columns
     * costs nothing), beside the screens on a connection of its own like home's figures, one at a
     * time: the arrow keys are not held up on a large county, and a line passed over is never counted.
     */
    private static final class Sparkline {
        private String key;
        private Map<Indicator, List<BigDecimal>> series;
        private boolean asked;
        /** The series on view is older than the database: asked again, shown until the new one comes. */
        private boolean stale;

        void stale() {
            stale = true;
        }

        /** The values for the area and months, or null while they are being counted. */
        List<BigDecimal> values(App app, String areaCode, YearMonth last, Indicator indicator) {
            String wanted = areaCode + " " + last;
            if ((!wanted.equals(key) || stale) && !asked) {
                asked = true;
                stale = false;
                Office office = app.office;
                app.later(() -> count(office, areaCode, last), counted -> {
                    asked = false;
                    key = wanted;
                    series = counted;
                }, failed -> {
                    asked = false;
                    key = wanted;
                    series = Map.of();
                    app.error(app.text.get("tally.sparkline_failed", failed.getMessage()));
                });
            }
            return wanted.equals(key) ? series.get(indicator) : null;
        }

        /** On a connection of its own, as the signed-in account (its scope). */
        private static Map<Indicator, List<BigDecimal>> count(Office office, String areaCode, YearMonth last) {
            try (taizhang.storage.Database db = office.another()) {
                return new Tally(db).series(List.of(Indicator.values()), areaCode, Period.month(last), MONTHS);
            }
        }
    }
}
