package taizhang.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.IdNumber;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.io.BirthList;
import taizhang.io.Export;
import taizhang.io.Width;
import taizhang.reconcile.Reconciliation;
import taizhang.reconcile.Row;
import taizhang.reconcile.Source;
import taizhang.reconcile.Status;
import taizhang.reconcile.Summary;

/**
 * The last reconciliation (SPEC 12): the rows a clerk has to act on, missing births and
 * conflicts. Enter on a missing birth opens a new birth form filled from the list's row;
 * saving it registers the birth and turns the row matched. {@code r} compares a new list.
 */
final class ReconcileView implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.OPEN, Command.RECONCILE,
            Command.EXPORT, Command.BACK, Command.QUIT, Command.UP, Command.DOWN, Command.PAGE_UP,
            Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    /** Rows above the table: the title line, the run's two lines, the column headers. */
    private static final int TOP = 4;
    /** The columns shown (of {@link Row#COLUMNS}) and their widths; the rest of a row is on the detail line. */
    private static final List<String> SHOWN = List.of("status", "source_line", "child_name", "child_sex",
            "birth_date", "mother_name", "mother_id_number", "area_code");
    private static final int[] WIDTHS = {8, 4, 8, 6, 10, 8, 18, 8};

    private final String title;
    private Reconciliation.Kept kept;
    /** Indexes into the result's rows of those on view: missing and conflicting, in the list's order. */
    private List<Integer> shown;
    private int cursor;
    private int top;

    private ReconcileView(App app, Reconciliation.Kept kept) {
        this.title = app.text.get("reconcile.title");
        show(kept);
    }

    /** The last reconciliation, or (when there is none) a file to compare is asked for. */
    static void open(App app) {
        Reconciliation.Kept last = app.office.reconciliation().last();
        if (last == null) {
            ask(app, null);
        } else {
            app.push(new ReconcileView(app, last));
        }
    }

    /** Asks for a list's file and whose it is, compares it, and shows the result (in {@code view}, or a new one). */
    private static void ask(App app, ReconcileView view) {
        app.push(new Prompt(app, app.text.get("prompt.reconcile_file"), "", file -> {
            if (file.isBlank()) {
                return;
            }
            app.push(new Prompt(app, app.text.get("prompt.reconcile_source"), "", whose -> {
                Source source = source(whose);
                if (source == null) {
                    app.error(app.text.get("reconcile.source_unknown", whose));
                    return;
                }
                compare(app, view, Path.of(file.strip()), source);
            }));
        }));
    }

    /** {@code h}, {@code p} or the whole word, in English or Chinese. */
    private static Source source(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.equals("h") || t.equals("医院")) {
            return Source.HOSPITAL;
        }
        if (t.equals("p") || t.equals("公安")) {
            return Source.POLICE;
        }
        return t.isEmpty() ? null : Source.byCode(t);
    }

    private static void compare(App app, ReconcileView view, Path file, Source source) {
        BirthList.Read list;
        try {
            list = BirthList.read(file, null, app.office.database(), app.office.today, taizhang.domain.Progress.NONE);
        } catch (IOException e) {
            app.error(app.text.get("reconcile.unreadable", file, e.getMessage()));
            return;
        }
        if (!list.ok()) {
            taizhang.io.LineProblem first = list.errors().first().get(0);
            app.error(app.text.count("reconcile.broken", list.errors().count(), (first.line() > 0 ? first.line() + ": " : "")
                    + (first.column() == null ? "" : first.column() + ": ")
                    + ProblemText.of(app.text.language()).describe(first.problem())));
            return;
        }
        Reconciliation.Kept kept = app.office.reconciliation().run(new Reconciliation.Request(source,
                file.toString(), list.sha256()), list.rows(), null, null);
        if (view == null) {
            app.push(new ReconcileView(app, kept));
        } else {
            view.show(kept);
        }
        app.message(app.text.get("reconcile.done", list.rows().size()));
    }

    private void show(Reconciliation.Kept k) {
        kept = k;
        shown = new ArrayList<>();
        List<Row> rows = k.result().rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).status() == Status.MISSING || rows.get(i).status() == Status.CONFLICT) {
                shown.add(i);
            }
        }
        cursor = Math.min(cursor, Math.max(0, shown.size() - 1));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Command> commands() {
        return COMMANDS;
    }

    @Override
    public void command(Command c, App app) {
        int page = Math.max(1, app.bodyRows() - 3);
        switch (c) {
            case UP -> move(-1);
            case DOWN -> move(1);
            case PAGE_UP -> move(-page);
            case PAGE_DOWN -> move(page);
            case FIRST -> move(-shown.size());
            case LAST -> move(shown.size());
            case OPEN -> openRow(app);
            case RECONCILE -> ask(app, this);
            case EXPORT -> app.push(new Prompt(app, app.text.get("prompt.export"),
                    "reconcile-" + kept.source().code() + ".xlsx", name -> export(name, app)));
            case BACK -> app.pop();
            default -> {
            }
        }
    }

    private void move(int delta) {
        cursor = Math.max(0, Math.min(shown.size() - 1, cursor + delta));
    }

    /** A missing birth: the new birth form, filled from the list's row. A conflict: what differs. */
    private void openRow(App app) {
        if (shown.isEmpty()) {
            return;
        }
        int index = shown.get(cursor);
        Row row = kept.result().rows().get(index);
        if (row.status() != Status.MISSING) {
            app.message(app.text.get("reconcile.conflict", row.registerId(), differences(row, app)));
            return;
        }
        app.push(FormView.filled(app, Register.BIRTHS, birthFrom(row, app), (a, birth) -> registered(a, index, birth)));
    }

    /** The birth the list's row stands for, as a form takes it; the birth order and anything else is the clerk's. */
    private Map<String, String> birthFrom(Row row, App app) {
        Map<String, String> v = new HashMap<>();
        v.put("child_name", text(row.childName()));
        v.put("child_sex", row.childSex());
        v.put("birth_date", row.birthDate().toString());
        v.put("mother_id_number", text(row.motherIdNumber()));
        v.put("mother_name", row.motherName());
        v.put("area_code", text(row.areaCode()));
        v.put("place", row.facility() != null || kept.source() == Source.HOSPITAL ? "hospital" : "");
        v.put("certificate_no", text(row.certificateNo()));
        v.put("registered_on", app.office.today.toString());
        return v;
    }

    private String registered(App app, int index, Entry birth) {
        kept = app.office.reconciliation().registered(kept, index, birth);
        Row now = kept.result().rows().get(index);
        show(kept);
        return now.status() == Status.MISSING ? app.text.get("reconcile.still_missing", now.sourceLine())
                : app.text.get("reconcile.registered", now.registerId(), now.sourceLine(),
                        app.text.get("reconcile.status." + now.status().code()));
    }

    /** The whole result as `taizhang reconcile` writes it: XLSX (rows, then the summary), or CSV rows. */
    private void export(String name, App app) {
        if (name.isBlank()) {
            return;
        }
        Path target = Path.of(name.strip()).toAbsolutePath();
        boolean csv = name.strip().toLowerCase(Locale.ROOT).endsWith(".csv");
        List<Summary.Line> summary = app.office.reconciliation().summary(kept.result());
        app.export(target, os -> {
            if (csv) {
                Export.csv(Row.COLUMNS, kept.result().values(), os);
            } else {
                ReconcileWorkbook.write(kept, summary, app.text.language(), os);
            }
        }, "reconcile.export", Register.BIRTHS.fileName(), Map.of("format", csv ? "csv" : "xlsx",
                "rows", kept.result().rows().size(), "source", kept.source().code()));
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int width = canvas.columns();
        drawRun(canvas, app);
        int col = 0;
        for (int i = 0; i < SHOWN.size() && col < width; i++) {
            canvas.text(col, TOP - 1, app.text.get("reconcile.column." + SHOWN.get(i)), WIDTHS[i], Canvas.Style.BOLD);
            col += WIDTHS[i] + 1;
        }
        int rows = Math.max(1, canvas.statusRow() - 1 - TOP);
        top = Math.max(Math.min(top, cursor), cursor - rows + 1);
        for (int i = top; i < shown.size() && i - top < rows; i++) {
            drawRow(canvas, app, TOP + i - top, kept.result().rows().get(shown.get(i)), i == cursor);
        }
        if (shown.isEmpty()) {
            canvas.text(0, TOP, app.text.get("reconcile.nothing_to_do"), width, Canvas.Style.DIM);
        } else {
            canvas.text(0, canvas.statusRow() - 1, detail(kept.result().rows().get(shown.get(cursor)), app), width,
                    Canvas.Style.DIM);
        }
    }

    private static Field column(String key) {
        return Row.COLUMNS.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private void drawRow(Canvas canvas, App app, int line, Row row, boolean current) {
        Canvas.Style style = current ? Canvas.Style.REVERSE : Canvas.Style.NORMAL;
        Object[] values = row.values();
        int col = 0;
        for (int i = 0; i < SHOWN.size() && col < canvas.columns(); i++) {
            Field f = column(SHOWN.get(i));
            Object v = values[Row.COLUMNS.indexOf(f)];
            String cell = f.key().equals("area_code") && v == null ? "" : Display.cell(f, v, app.office,
                    app.text.language());
            if (f.key().equals("status")) {
                cell = app.text.get("reconcile.status." + v);
            }
            canvas.text(col, line, Display.rightAligned(f) ? Width.padLeft(cell, WIDTHS[i]) : cell, WIDTHS[i], style);
            if (col + WIDTHS[i] < canvas.columns()) {
                canvas.text(col + WIDTHS[i], line, " ", 1, style);
            }
            col += WIDTHS[i] + 1;
        }
    }

    /**
     * Whose list, which file, the window; then the total: completeness, missing, conflicts,
     * unlisted, and the rows left out as outside the account's scope.
     */
    private void drawRun(Canvas canvas, App app) {
        List<Summary.Line> summary = app.office.reconciliation().summary(kept.result());
        Summary.Line total = summary.get(summary.size() - 1);
        BigDecimal pct = total.completeness();
        String file = Path.of(kept.run().file()).getFileName().toString();
        canvas.text(0, 1, app.text.get("reconcile.run", app.text.get("reconcile.source." + kept.source().code()), file,
                kept.run().window() == null ? "" : kept.run().window().toString()), canvas.columns(),
                Canvas.Style.NORMAL);
        String leftOut = kept.result().leftOut() == 0 ? ""
                : "  " + app.text.get("reconcile.left_out", kept.result().leftOut());
        canvas.text(0, 2, app.text.get("reconcile.total", pct == null ? "-" : pct.toPlainString(),
                total.matched() + total.conflicts(), total.onList(), total.missing(), total.conflicts(),
                total.unlisted()) + leftOut, canvas.columns(), Canvas.Style.BOLD);
    }

    /** The selected row's line on the list, what differs, and what the list adds (the child's ID, address, facility). */
    private static String detail(Row row, App app) {
        StringBuilder b = new StringBuilder(app.text.get("reconcile.line", row.sourceLine()));
        if (row.differences() != null) {
            b.append("  ").append(app.text.get("reconcile.differences", differences(row, app), row.registerId()));
        }
        if (row.childIdNumber() != null) {
            b.append("  ").append(IdNumber.masked(row.childIdNumber()));
        }
        for (String s : new String[] {row.address(), row.facility()}) {
            if (s != null) {
                b.append("  ").append(s);
            }
        }
        return b.toString();
    }

    /** What differs, in the interface language: 婴儿性别：女≠男 (the list's value first, as in the output). */
    private static String differences(Row row, App app) {
        Language language = app.text.language();
        List<String> parts = new ArrayList<>();
        for (Row.Difference d : row.differenceList()) {
            Field f = Register.BIRTHS.field(d.field());
            parts.add(app.text.get("reconcile.difference", f.label(language), Display.cell(f, d.listed(), app.office,
                    language), Display.cell(f, d.registered(), app.office, language)));
        }
        return String.join(app.text.get("reconcile.difference_apart"), parts);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
