package taizhang.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import taizhang.domain.Language;
import taizhang.domain.Period;
import taizhang.storage.ClosedMonths;
import taizhang.tally.AreaTree;
import taizhang.tally.Closing;
import taizhang.tally.Column;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.ReportCsv;
import taizhang.tally.ReportXlsx;
import taizhang.tally.Tally;

/**
 * The tally of a period on screen: villages x indicators with township and county totals in
 * the report's tree order, every figure asked of the tally engine (the same as the report
 * command's). A closed month shows its frozen figures; {@code c} shows the current ones and
 * what was entered since. Enter on a figure lists the records it was counted from.
 */
final class TallyView implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.PREVIOUS_PERIOD,
            Command.NEXT_PERIOD, Command.CURRENT_PERIOD, Command.PERIOD_KIND, Command.LAST_YEAR, Command.SORT,
            Command.CHANGES, Command.EXPORT, Command.BACK, Command.OPEN, Command.QUIT, Command.UP, Command.DOWN,
            Command.LEFT, Command.RIGHT, Command.PAGE_UP, Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    /** Rows above the body: the title line, the period line and two lines of column headers. */
    static final int TOP = 4;
    /** Rows below the body: the selected figure, the sparkline, the status line and the legend. */
    private static final int BELOW = 4;
    private static final int MONTHS = 12;
    private static final DateTimeFormatter CLOSED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A line of the body: an area's figures, or a register's records entered since the month was closed. */
    sealed interface Line permits AreaLine, EnteredLine {
    }

    record AreaLine(Report.Row row) implements Line {
    }

    record EnteredLine(Closing.Entered entered) implements Line {
    }

    private final Messages text;
    private Period period;
    private boolean lastYear;
    /** A closed month: the current figures rather than the frozen ones. */
    private boolean showCurrent;
    private Column sortBy;
    private boolean descending;
    private int row;
    private int top;
    private int column;
    private int firstColumn;

    private Report report;
    private Report frozen;
    private ClosedMonths.Close close;
    private Flags.Rules rules;
    private Flags flags;
    private List<Line> lines = List.of();
    private List<Column> columns = List.of();
    private Map<Column, Integer> widths = Map.of();
    private String sparkFor;
    private Map<Indicator, List<BigDecimal>> spark;
    private boolean sparkAsked;
    /** The sparkline on view is older than the database: asked again, shown until the new one comes. */
    private boolean sparkStale;

    TallyView(App app) {
        this.text = app.text;
        this.period = app.office.tally.current(Period.Kind.MONTH, app.office.today);
        load(app);
    }

    Period period() {
        return period;
    }

    Report report() {
        return report;
    }

    @Override
    public String title() {
        // The title line has room for the closing's day and clerk; its time is on the period line.
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
        return COMMANDS;
    }

    /** Reads the figures of the period: frozen ones for a closed month unless the current ones are asked for. */
    private void load(App app) {
        String selected = selectedArea();
        Tally tally = app.office.tally;
        close = null;
        frozen = null;
        List<Closing.Entered> entered = List.of();
        try {
            if (period.kind() == Period.Kind.MONTH) {
                YearMonth month = YearMonth.of(period.year(), period.part());
                Optional<Closing.ClosedMonth> closed = app.office.closing.closed(month, null);
                if (closed.isPresent()) {
                    close = closed.get().close();
                    frozen = closed.get().frozen();
                    if (showCurrent) {
                        entered = app.office.closing.enteredSince(month, null);
                    }
                }
            }
            report = frozen != null && !showCurrent ? frozen : tally.report(period, null);
            rules = tally.flagRules(null); // the settings' thresholds, read again with the figures
        } catch (taizhang.domain.Refusal e) {
            report = null; // no areas yet
        }
        columns = lastYear ? Column.ALL : Column.ALL.stream().filter(c -> c.variant() == Column.Variant.VALUE).toList();
        column = Math.min(column, columns.size() - 1);
        widths = widths();
        List<Line> out = new ArrayList<>();
        entered.forEach(e -> out.add(new EnteredLine(e)));
        if (report != null) {
            ordered().forEach(r -> out.add(new AreaLine(r)));
        }
        lines = out;
        reflag();
        row = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof AreaLine a && a.row().area().code().equals(selected)) {
                row = i;
            }
        }
    }

    /**
     * Records may have changed in a list opened from here, or been saved by someone else: the
     * figures are read again, the selected area, column, sort and period kept; the sparkline follows.
     */
    @Override
    public void refresh(App app) {
        load(app);
        sparkStale = true;
    }

    /** The flags with the last-ranked village judged on the selected indicator (one definition: {@link Flags}). */
    private void reflag() {
        if (report != null && rules != null) {
            flags = Flags.of(report, new Flags.Rules(rules.srbLow(), rules.srbHigh(), rules.srbMinBirths(),
                    selectedColumn().indicator()));
        }
    }

    private String selectedArea() {
        return row < lines.size() && lines.get(row) instanceof AreaLine a ? a.row().area().code() : null;
    }

    private Column selectedColumn() {
        return columns.get(column);
    }

    /**
     * The rows in tree order, or sorted: each area's children ordered by the column, a township
     * moving with its villages and its total row beneath them, the county last. Empty figures sort last.
     */
    private List<Report.Row> ordered() {
        if (sortBy == null) {
            return report.rows();
        }
        Map<String, Report.Row> byCode = new HashMap<>();
        report.rows().forEach(r -> byCode.put(r.area().code(), r));
        List<Report.Row> out = new ArrayList<>();
        collect(report.total().area(), byCode, out);
        return out;
    }

    private void collect(AreaTree.Area area, Map<String, Report.Row> byCode, List<Report.Row> out) {
        List<AreaTree.Area> children = new ArrayList<>(area.children());
        Comparator<AreaTree.Area> order = (x, y) -> {
            BigDecimal a = byCode.get(x.code()).value(sortBy);
            BigDecimal b = byCode.get(y.code()).value(sortBy);
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            return descending ? b.compareTo(a) : a.compareTo(b);
        };
        children.sort(order);
        for (AreaTree.Area child : children) {
            collect(child, byCode, out);
        }
        out.add(byCode.get(area.code()));
    }

    /** Each column as wide as its widest figure and a flag mark, at least four Chinese characters. */
    private Map<Column, Integer> widths() {
        Map<Column, Integer> out = new HashMap<>();
        for (Column c : columns) {
            int w = 8;
            if (report != null) {
                for (Report.Row r : report.rows()) {
                    w = Math.max(w, r.text(c).length() + 2);
                }
            }
            out.put(c, Math.min(w, 14));
        }
        return out;
    }

    @Override
    public void command(Command c, App app) {
        int body = bodyRows(app);
        switch (c) {
            case UP -> row = Math.max(0, row - 1);
            case DOWN -> row = Math.min(Math.max(0, lines.size() - 1), row + 1);
            case PAGE_UP -> row = Math.max(0, row - body);
            case PAGE_DOWN -> row = Math.min(Math.max(0, lines.size() - 1), row + body);
            case FIRST -> row = 0;
            case LAST -> row = Math.max(0, lines.size() - 1);
            case LEFT -> {
                column = Math.max(0, column - 1);
                reflag();
            }
            case RIGHT -> {
                column = Math.min(columns.size() - 1, column + 1);
                reflag();
            }
            case PREVIOUS_PERIOD -> step(app, period.previous());
            case NEXT_PERIOD -> step(app, period.next());
            case CURRENT_PERIOD -> step(app, app.office.tally.current(period.kind(), app.office.today));
            case PERIOD_KIND -> {
                Period.Kind next = nextKind(period.kind(), app.office.tally.statYearStart());
                // The period of the new kind around today when the shown one holds today, else around its end.
                taizhang.domain.DateRange range = period.range(app.office.tally.statYearStart());
                java.time.LocalDate today = app.office.today;
                boolean holdsToday = !today.isBefore(range.start()) && !today.isAfter(range.end());
                step(app, app.office.tally.current(next, holdsToday ? today : range.end()));
                app.message(text.get("tally.kind_now", kindName(next)));
            }
            case LAST_YEAR -> {
                Indicator shown = selectedColumn().indicator();
                lastYear = !lastYear;
                load(app);
                column = columns.indexOf(new Column(shown, Column.Variant.VALUE));
                reflag();
            }
            case SORT -> sort(app);
            case CHANGES -> {
                if (frozen == null) {
                    app.message(text.get("tally.not_closed", period));
                } else {
                    showCurrent = !showCurrent;
                    load(app);
                }
            }
            case OPEN -> open(app);
            case EXPORT -> app.push(new Prompt(app, text.get("prompt.export_report"),
                    "report-" + period.toString().replace(':', '-') + ".xlsx", name -> export(name, app)));
            case BACK -> app.pop();
            default -> {
            }
        }
    }

    /** Month, quarter, year, statistical year (only when it does not start in January), year to date. */
    static Period.Kind nextKind(Period.Kind kind, int statYearStart) {
        Period.Kind[] kinds = Period.Kind.values();
        Period.Kind next = kinds[(kind.ordinal() + 1) % kinds.length];
        return next == Period.Kind.STAT_YEAR && statYearStart == 1 ? nextKind(next, statYearStart) : next;
    }

    private void step(App app, Period to) {
        period = to;
        showCurrent = false;
        load(app);
    }

    /** The selected column ascending, then descending, then the tree order again. */
    private void sort(App app) {
        Column c = selectedColumn();
        if (!c.equals(sortBy)) {
            sortBy = c;
            descending = false;
        } else if (!descending) {
            descending = true;
        } else {
            sortBy = null;
        }
        load(app);
    }

    /** Enter: the records behind the selected figure (the ids the count was made of), or those entered since closing. */
    private void open(App app) {
        if (row >= lines.size()) {
            return;
        }
        Line line = lines.get(row);
        if (line instanceof EnteredLine e) {
            app.push(TableView.records(app, e.entered().register(), e.entered().ids(),
                    text.get("tally.entered_title", period)));
            return;
        }
        Report.Row r = ((AreaLine) line).row();
        Column c = selectedColumn();
        Indicator i = c.indicator();
        if (c.variant() == Column.Variant.CHANGE || (i.drill() == null && i != Indicator.POPULATION)) {
            app.message(text.get("tally.no_records", c.label(text.language())));
            return;
        }
        Tally.DrillDown d = app.office.tally.drillDown(i, r.area().code(), period, c.variant() == Column.Variant.PREV);
        String title = r.area().name() + " " + c.label(text.language()) + " " + period;
        app.push(TableView.records(app, d.register(), d.ids(), title));
        if (frozen != null && !showCurrent) {
            app.message(text.get("tally.records_now"));
        }
    }

    /** Writes the figures shown (frozen ones for a closed month) as `taizhang report` would: XLSX, or CSV by name. */
    private void export(String name, App app) {
        if (name.isBlank() || report == null) {
            return;
        }
        Path target = Path.of(name.strip()).toAbsolutePath();
        boolean csv = name.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        app.export(target, os -> {
            if (csv) {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                ReportCsv.write(report, w);
                w.flush();
            } else {
                ReportXlsx.write(List.of(new ReportXlsx.Sheet(report, flags)), text.language(), os);
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
        canvas.text(0, 1, periodLine(), cols, Canvas.Style.NORMAL);
        if (report == null) {
            canvas.text(0, TOP, text.get("tally.no_areas"), cols, Canvas.Style.DIM);
            return;
        }
        int body = bodyRows(app);
        row = Math.max(0, Math.min(row, lines.size() - 1));
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

    /** The period, what is shown and how it is ordered first; the closing's time and the days after, as room allows. */
    private String periodLine() {
        StringBuilder s = new StringBuilder(text.get("tally.period", period, kindName(period.kind())));
        if (frozen != null) {
            s.append("  ").append(text.get(showCurrent ? "tally.showing_current" : "tally.showing_frozen"));
        }
        if (sortBy != null) {
            s.append("  ").append(text.get(descending ? "sort.descending" : "sort.ascending",
                    sortBy.label(text.language())));
        }
        if (frozen != null) {
            s.append("  ").append(text.get("tally.closed", CLOSED_AT.format(close.closedAt()), close.closedBy()));
        }
        if (report != null) {
            s.append("  ").append(report.range().start()).append("..").append(report.range().end());
        }
        return s.toString();
    }

    private int nameWidth(int cols) {
        int w = 8;
        for (Report.Row r : report.rows()) {
            w = Math.max(w, Width.of(indent(r.area()) + r.area().name()) + 1);
        }
        return Math.min(w, Math.max(8, cols / 5));
    }

    private static String indent(AreaTree.Area a) {
        return a.isVillage() ? "  " : a.level() == taizhang.domain.AreaLevel.COUNTY ? "" : " ";
    }

    /** The columns from the first shown that fit; the selected one is always among them. */
    private List<Column> visibleColumns(int room) {
        if (column < firstColumn) {
            firstColumn = column;
        }
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
            if (out.contains(selectedColumn()) || firstColumn >= column) {
                return out;
            }
            firstColumn++;
        }
    }

    private void drawHeaders(Canvas canvas, int nameWidth, List<Column> shown) {
        Language lang = text.language();
        canvas.text(0, 2, text.get("tally.area"), nameWidth, Canvas.Style.BOLD);
        canvas.text(0, 3, "", nameWidth, Canvas.Style.BOLD);
        int col = nameWidth + 1;
        for (Column c : shown) {
            int w = widths.get(c);
            String label = c.indicator().label(lang);
            String first;
            String second;
            first = Width.fit(label, w);
            int space = first.lastIndexOf(' ');
            if (first.length() < label.length() && space > 0 && label.charAt(first.length()) != ' ') {
                first = first.substring(0, space); // wrap English labels between words
            }
            if (c.variant() == Column.Variant.VALUE) {
                second = Width.fit(label.substring(first.length()).strip(), w);
            } else {
                second = text.get(c.variant() == Column.Variant.PREV ? "tally.prev" : "tally.change");
            }
            Canvas.Style style = c.equals(selectedColumn()) ? Canvas.Style.REVERSE : Canvas.Style.BOLD;
            canvas.text(col, 2, Width.padLeft(first, w), w, style);
            canvas.text(col, 3, Width.padLeft(second, w), w, style);
            col += w + 1;
        }
    }

    private void drawLine(Canvas canvas, int y, Line line, boolean selected, int nameWidth, List<Column> shown) {
        if (line instanceof EnteredLine e) {
            String what = text.get("tally.entered", text.get("register." + e.entered().register().fileName()),
                    e.entered().ids().size());
            canvas.text(0, y, what, canvas.columns(), selected ? Canvas.Style.REVERSE : Canvas.Style.WARNING);
            return;
        }
        Report.Row r = ((AreaLine) line).row();
        AreaTree.Area area = r.area();
        Canvas.Style nameStyle = selected ? Canvas.Style.REVERSE : area.isVillage() ? Canvas.Style.NORMAL : Canvas.Style.BOLD;
        canvas.text(0, y, indent(area) + area.name(), nameWidth, nameStyle);
        int col = nameWidth + 1;
        for (Column c : shown) {
            int w = widths.get(c);
            Flags.Flag flag = c.variant() == Column.Variant.VALUE ? flags.get(area.code(), c.indicator()) : null;
            String marks = (flag == null ? "" : flag.mark()) + (changed(r, c) ? "*" : "");
            String cell = r.text(c) + (marks.isEmpty() ? " " : marks);
            Canvas.Style style = selected && c.equals(selectedColumn()) ? Canvas.Style.REVERSE
                    : flag == Flags.Flag.SRB_OUT_OF_RANGE ? Canvas.Style.ERROR
                    : flag == Flags.Flag.SRB_FEW_BIRTHS ? Canvas.Style.WARNING
                    : flag == Flags.Flag.LAST_RANKED ? Canvas.Style.MARK
                    : changed(r, c) ? Canvas.Style.BOLD
                    : area.isVillage() ? Canvas.Style.NORMAL : Canvas.Style.BOLD;
            canvas.text(col, y, Width.padLeft(cell, w), w, style);
            col += w + 1;
        }
    }

    /** Whether a current figure of a closed month differs from the frozen one. */
    private boolean changed(Report.Row r, Column c) {
        if (frozen == null || !showCurrent) {
            return false;
        }
        Report.Row then = frozen.row(r.area().code());
        BigDecimal was = then == null ? null : then.value(c);
        BigDecimal now = r.value(c);
        return was == null ? now != null : now == null || was.compareTo(now) != 0;
    }

    /** The selected figure in words: its full label, its flag, the sex ratio's 95% interval, the frozen value. */
    private void drawDetail(Canvas canvas, int y) {
        if (row >= lines.size()) {
            return;
        }
        if (lines.get(row) instanceof EnteredLine) {
            canvas.text(0, y, text.get("tally.entered_hint"), canvas.columns(), Canvas.Style.DIM);
            return;
        }
        Report.Row r = ((AreaLine) lines.get(row)).row();
        Column c = selectedColumn();
        String value = r.text(c);
        // The area is the selected line's and is named on the sparkline's line: the room here is for the figure.
        StringBuilder s = new StringBuilder(c.label(text.language()))
                .append(": ").append(value.isEmpty() ? text.get("tally.undefined") : value);
        Flags.Flag flag = c.variant() == Column.Variant.VALUE ? flags.get(r.area().code(), c.indicator()) : null;
        if (c.indicator() == Indicator.SRB && r.value(Indicator.SRB_LOW) != null) {
            s.append("  ").append(text.get("tally.interval", r.text(Column.byId("srb_low")),
                    r.text(Column.byId("srb_high"))));
        }
        if (flag != null) {
            s.append("  ").append(flag.mark()).append(' ').append(flag.label(text.language()));
        }
        if (changed(r, c)) {
            Report.Row then = frozen.row(r.area().code());
            String was = then == null ? "" : then.text(c);
            s.append("  ").append(text.get("tally.was", was.isEmpty() ? text.get("tally.undefined") : was));
        }
        Canvas.Style style = flag == Flags.Flag.SRB_OUT_OF_RANGE ? Canvas.Style.ERROR
                : flag == Flags.Flag.SRB_FEW_BIRTHS ? Canvas.Style.WARNING : Canvas.Style.NORMAL;
        canvas.text(0, y, s.toString(), canvas.columns(), style);
    }

    /** The selected indicator of the selected area over the 12 months ending with the period's last month. */
    private void drawSparkline(Canvas canvas, int y, App app) {
        if (row >= lines.size() || !(lines.get(row) instanceof AreaLine line)) {
            return;
        }
        AreaTree.Area area = line.row().area();
        YearMonth last = YearMonth.from(report.range().end());
        String key = area.code() + " " + last;
        if (!key.equals(sparkFor) || sparkStale) {
            askSparkline(app, area.code(), last, key);
        }
        Indicator i = selectedColumn().indicator();
        List<BigDecimal> values = key.equals(sparkFor) && spark != null ? spark.get(i) : null;
        String s = (values == null ? " ".repeat(MONTHS) : Headline.sparkline(values)) + "  " + text.get(
                "tally.sparkline", area.name(), i.label(text.language()), last.minusMonths(MONTHS - 1), last);
        canvas.text(0, y, s, canvas.columns(), Canvas.Style.NORMAL);
    }

    /**
     * One count of the twelve months for every indicator (moving between columns costs nothing),
     * beside the screens on a connection of its own like home's figures, one at a time: the
     * arrow keys are not held up on a large county, and a line passed over is never counted.
     */
    private void askSparkline(App app, String areaCode, YearMonth last, String key) {
        if (sparkAsked) {
            return;
        }
        sparkAsked = true;
        sparkStale = false;
        Office office = app.office;
        app.later(() -> series(office, areaCode, last), s -> {
            sparkAsked = false;
            spark = s;
            sparkFor = key;
        });
    }

    private static Map<Indicator, List<BigDecimal>> series(Office office, String areaCode, YearMonth last) {
        try (taizhang.storage.Database db = office.another()) {
            return new Tally(db).series(List.of(Indicator.values()), areaCode, Period.month(last), MONTHS);
        } catch (RuntimeException e) {
            return null; // busy or broken: no sparkline rather than no screen
        }
    }
}
