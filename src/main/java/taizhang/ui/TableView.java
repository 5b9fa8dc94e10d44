package taizhang.ui;

import java.nio.file.Path;
import java.util.List;
import taizhang.domain.DateRange;
import taizhang.domain.Field;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.io.Export;
import taizhang.io.Width;
import taizhang.storage.RegisterPage;
import taizhang.storage.RegisterPage.Filter;
import taizhang.storage.RegisterPage.Row;
import taizhang.storage.RegisterPage.Sort;
import taizhang.storage.RegisterStore;
import taizhang.storage.Settings;

/** One register as a table: paging, filter, search, sort, and the way into its forms. */
final class TableView implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.ADD, Command.VOID,
            Command.SEARCH, Command.FILTER, Command.BACK, Command.QUIT, Command.SORT, Command.EXPORT, Command.OPEN,
            Command.HISTORY, Command.VOIDED, Command.UP, Command.DOWN,
            Command.PAGE_UP, Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    /** On the voided records: restore instead of add and void. */
    private static final List<Command> VOIDED_COMMANDS = List.of(Command.HELP, Command.RESTORE, Command.VOIDED,
            Command.SEARCH, Command.FILTER, Command.BACK, Command.QUIT, Command.SORT, Command.HISTORY,
            Command.UP, Command.DOWN, Command.PAGE_UP, Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    /** Rows above the table body: the title line, the filter line and the column headers. */
    static final int TOP = 3;

    private final Register register;
    private final String title;
    private TableState state;
    private List<Columns.Column> columns;

    TableView(App app, Register register) {
        this(app, register, app.text.get("register." + register.fileName()), Filter.NONE);
    }

    private TableView(App app, Register register, String title, Filter filter) {
        this.register = register;
        this.title = title;
        this.state = TableState.open(register, filter, app.office.pages, pageSize(app));
    }

    /** Only the given records of a register (the ones behind a tally figure), under a title of their own. */
    static TableView records(App app, Register register, List<Long> ids, String title) {
        return new TableView(app, register, title, Filter.only(ids));
    }

    private static int pageSize(App app) {
        return Math.max(1, app.bodyRows() - 2);
    }

    TableState state() {
        return state;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Command> commands() {
        return state.filter().voided() ? VOIDED_COMMANDS : COMMANDS;
    }

    /** The area tree and the schemes are the office's settings: an admin's to change. */
    @Override
    public Role.Permission needs(Command c) {
        boolean reference = register == Register.AREAS || register == Register.SCHEMES;
        if (reference && (c == Command.ADD || c == Command.VOID)) {
            return Role.Permission.ADMINISTER;
        }
        return View.super.needs(c);
    }

    @Override
    public void command(Command c, App app) {
        RegisterPage pages = app.office.pages;
        switch (c) {
            case UP -> state = state.up(pages);
            case DOWN -> state = state.down(pages);
            case PAGE_UP -> state = state.pageUp(pages);
            case PAGE_DOWN -> state = state.pageDown(pages);
            case FIRST -> state = state.first(pages);
            case LAST -> state = state.last(pages);
            case BACK -> app.pop();
            case OPEN -> {
                Row row = state.current();
                if (row != null && !state.filter().voided()) {
                    app.push(FormView.edit(app, this, row));
                }
            }
            case HISTORY -> {
                Row row = state.current();
                if (row != null) {
                    app.push(new HistoryView(app, register, row.id()));
                }
            }
            case VOIDED -> state = state.filtered(state.filter().withVoided(!state.filter().voided()), pages);
            case RESTORE -> restoreCurrent(app);
            case ADD -> app.push(FormView.add(app, this, state.filter()));
            case VOID -> voidCurrent(app);
            case SEARCH -> app.push(new Prompt(app, app.text.get("prompt.search"),
                    state.filter().search() == null ? "" : state.filter().search(),
                    term -> state = state.filtered(state.filter().withSearch(term), app.office.pages)));
            case FILTER -> app.push(new Prompt(app, app.text.get("prompt.filter"), "", t -> filter(t, app)));
            case SORT -> state = state.sorted(nextSort(app), pages);
            case EXPORT -> app.push(new Prompt(app, app.text.get("prompt.export"), register.fileName() + ".xlsx",
                    name -> export(name, app)));
            default -> {
            }
        }
        if (state.scrolled() != 0) {
            app.scroll(TOP, TOP + state.size() - 1, state.scrolled());
        }
    }

    private void voidCurrent(App app) {
        Row row = state.current();
        if (row == null) {
            return;
        }
        app.push(new Prompt(app, app.text.get("prompt.void_reason"), "", reason -> {
            if (reason.isBlank()) {
                app.error(app.text.get("void.reason_required"));
                return;
            }
            voidRecord(app, row.id(), row.version(), row.entry(), reason.strip());
        }));
    }

    /**
     * Voids the record if it is still at {@code version}; if someone changed it since the table
     * showed it, the clerk sees their change first and decides again (SPEC 10).
     */
    private void voidRecord(App app, long id, long version, taizhang.domain.Entry seen, String reason) {
        try {
            app.office.records.voidRecord(register, id, version, reason);
        } catch (taizhang.storage.Records.Conflict conflict) {
            RegisterStore.Stored now = conflict.theirs();
            state = state.reload(app.office.pages);
            if (now.voided()) {
                app.error(app.text.get("void.already", id, now.changedBy(), HistoryView.when(now.updatedAt())));
                return;
            }
            app.push(ConflictView.voiding(app, now, seen, new ConflictView.Choices() {
                @Override
                public void voidAnyway(App app) {
                    voidRecord(app, id, now.version(), now.entry(), reason);
                }

                @Override
                public void leave(App app) {
                    app.message(app.text.get("void.not_done", id));
                }
            }));
            return;
        }
        if (register == Register.AREAS || register == Register.SCHEMES) {
            app.office.areasChanged();
        }
        state = state.reload(app.office.pages);
        app.changed();
        app.message(app.text.get("void.done", id));
    }

    private void restoreCurrent(App app) {
        Row row = state.current();
        if (row == null) {
            return;
        }
        app.push(new Prompt(app, app.text.get("prompt.restore_reason"), "", reason -> {
            if (reason.isBlank()) {
                app.error(app.text.get("restore.reason_required"));
                return;
            }
            try {
                app.office.records.restore(register, row.id(), reason.strip());
            } catch (taizhang.storage.Records.Refused refused) {
                app.error(ProblemText.of(app.text.language()).message(refused.problem()));
                return;
            }
            if (register == Register.AREAS || register == Register.SCHEMES) {
                app.office.areasChanged();
            }
            state = state.reload(app.office.pages);
            app.message(app.text.get("restore.done", row.id()));
        }));
    }

    /**
     * Writes the whole register (as `taizhang export` does) to a file named by the clerk, or on
     * the records behind a tally figure those records only (SPEC 9: the audit entry says how many):
     * XLSX with Chinese headers, or CSV when the name ends in .csv.
     */
    private void export(String name, App app) {
        if (name.isBlank()) {
            return;
        }
        Path target = Path.of(name.strip()).toAbsolutePath();
        boolean csv = name.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        RegisterStore store = app.office.store;
        List<Long> ids = state.filter().ids();
        long rows = ids == null ? store.count(register) : ids.size();
        java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("format", csv ? "csv" : "xlsx");
        detail.put("rows", rows);
        detail.put("masked", !app.office.account.may(Role.Permission.SEE_FULL_NUMBERS));
        if (ids != null) {
            detail.put("list", title);
        }
        taizhang.domain.Progress progress = app.exportProgress(target);
        app.export(target, os -> {
            if (ids != null && csv) {
                Export.csv(store, register, ids, os, false, progress);
            } else if (ids != null) {
                Export.xlsx(store, register, ids, os, true, progress);
            } else if (csv) {
                Export.csv(store, register, os, false, progress);
            } else {
                Export.xlsx(store, register, os, true, progress);
            }
        }, "export", register.fileName(), detail);
    }

    /** Saved from a form: show the place of the record. */
    void saved(App app, boolean added) {
        if (register == Register.AREAS || register == Register.SCHEMES) {
            app.office.areasChanged();
        }
        state = added && state.sort().fieldKey() == null && !state.sort().descending()
                ? state.last(app.office.pages) : state.reload(app.office.pages);
    }

    /** The filter line as typed: a period, a village (code, name or initials), or both; empty clears. */
    private void filter(String typed, App app) {
        Filter f = state.filter().cleared().withSearch(state.filter().search());
        for (String token : typed.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            DateRange period = PeriodText.parse(token, app.office.settings.getInt(Settings.STAT_YEAR_START));
            if (period != null) {
                f = f.withPeriod(period.start(), period.end());
                continue;
            }
            String area = areaFor(token, app);
            if (area == null) {
                app.error(app.text.get("filter.unknown", token));
                return;
            }
            f = f.withArea(area);
        }
        state = state.filtered(f, app.office.pages);
    }

    private static String areaFor(String token, App app) {
        Options areas = new Options(app.office.codes.areas().stream()
                .map(a -> Options.Option.of(a.code(), a.name(), "")).toList());
        Options.Option exact = areas.exact(token);
        if (exact != null) {
            return exact.code();
        }
        if (token.chars().allMatch(Character::isDigit)) {
            return token;
        }
        List<Options.Option> found = areas.matching(token);
        return found.isEmpty() ? null : found.get(0).code();
    }

    /** Entered order, then each visible column ascending and descending in turn. */
    private Sort nextSort(App app) {
        List<Columns.Column> cols = Columns.fit(register, app.columns(), app.text.language());
        Sort s = state.sort();
        if (s.fieldKey() == null) {
            return cols.isEmpty() ? Sort.ENTERED : new Sort(cols.get(0).field().key(), false);
        }
        if (!s.descending()) {
            return new Sort(s.fieldKey(), true);
        }
        for (int i = 0; i < cols.size() - 1; i++) {
            if (cols.get(i).field().key().equals(s.fieldKey())) {
                return new Sort(cols.get(i + 1).field().key(), false);
            }
        }
        return Sort.ENTERED;
    }

    /** Records changed in a form opened from a list above this one. */
    @Override
    public void refresh(App app) {
        state = state.reload(app.office.pages);
    }

    @Override
    public void resized(Canvas canvas, App app) {
        state = state.resize(pageSize(app), app.office.pages);
    }

    @Override
    public void draw(Canvas canvas, App app) {
        Language lang = app.text.language();
        int width = canvas.columns();
        columns = Columns.fit(register, width, lang);
        canvas.text(0, 1, describe(app, width), width, Canvas.Style.NORMAL);
        int col = 0;
        for (Columns.Column c : columns) {
            String label = Display.heading(c.field(), lang);
            String marked = label + (state.sort().descending() ? " v" : " ^");
            if (c.field().key().equals(state.sort().fieldKey()) && Width.of(marked) <= c.width()) {
                label = marked; // else the line above says how the table is sorted
            }
            String heading = Display.rightAligned(c.field()) ? Width.padLeft(label, c.width()) : label;
            canvas.text(col, 2, heading, c.width(), Canvas.Style.BOLD);
            col += c.width() + 1;
        }
        List<Row> rows = state.rows();
        for (int i = 0; i < rows.size(); i++) {
            drawRow(canvas, app, TOP + i, rows.get(i), i == state.cursor());
        }
        if (rows.isEmpty()) {
            canvas.text(0, TOP, app.text.get("table.empty"), width, Canvas.Style.DIM);
        }
    }

    private void drawRow(Canvas canvas, App app, int line, Row row, boolean current) {
        Canvas.Style style = current ? Canvas.Style.REVERSE : Canvas.Style.NORMAL;
        int col = 0;
        for (Columns.Column c : columns) {
            String value = Display.cell(row.entry(), c.index(), app.office, app.text.language());
            Field f = c.field();
            String shown = Display.rightAligned(f) ? Width.padLeft(value, c.width()) : value;
            canvas.clip(col, line, shown, c.width(), style);
            col += c.width();
            if (col < canvas.columns()) {
                canvas.text(col, line, " ", 1, style);
            }
            col++;
        }
    }

    /** The line under the title: what the table holds and how it is ordered, as many of its parts as fit. */
    private String describe(App app, int columns) {
        Filter f = state.filter();
        List<String> parts = new java.util.ArrayList<>();
        parts.add(title);
        if (f.voided()) {
            parts.add(app.text.get("table.voided"));
        }
        if (f.ids() != null) {
            parts.add(app.text.count("filter.records", f.ids().size()));
        } else if (f.areaPrefix() == null && f.from() == null && f.search() == null) {
            parts.add(app.text.get("filter.none"));
        }
        if (f.areaPrefix() != null) {
            String name = app.office.areaName(f.areaPrefix());
            parts.add(app.text.get("filter.area", name == null ? f.areaPrefix() : name));
        }
        if (f.from() != null) {
            parts.add(app.text.get("filter.period", f.from(), f.to()));
        }
        if (f.search() != null) {
            parts.add(app.text.get("filter.search", f.search()));
        }
        Sort sort = state.sort();
        if (sort.fieldKey() != null) {
            parts.add(app.text.get(sort.descending() ? "sort.descending" : "sort.ascending",
                    Display.heading(register.field(sort.fieldKey()), app.text.language())));
        }
        return Width.join(parts, columns);
    }
}
