package taizhang.ui;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.io.Width;
import taizhang.storage.Records;
import taizhang.storage.RegisterPage;
import taizhang.storage.RegisterPage.Row;

/** The one form for every register: add or edit a record, each field checked as it is left. */
final class FormView implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.SAVE, Command.NEXT_FIELD,
            Command.PREVIOUS_FIELD, Command.NEXT_CHOICE, Command.PREVIOUS_CHOICE, Command.HISTORY, Command.BACK,
            Command.QUIT);
    private static final int LIST_ROWS = 8;

    private final TableView table;
    private final Adding adding;
    private final Register register;
    private final Row original;
    private final List<Options> options = new ArrayList<>();
    private final String title;
    private final boolean chinese;
    private FormState state;

    /** What saving a new record does, and what the status line then says. */
    interface Adding {
        String add(App app, Entry entry);
    }

    private FormView(App app, TableView table, Register register, Row original, List<String> values) {
        this(app, table, register, original, values, (a, entry) -> {
            a.office.records.add(entry);
            table.saved(a, true);
            return a.text.get("form.added");
        });
    }

    private FormView(App app, TableView table, Register register, Row original, List<String> values, Adding adding) {
        this.table = table;
        this.chinese = app.text.language() == Language.ZH;
        this.adding = adding;
        this.register = register;
        this.original = original;
        for (Field f : register.fields()) {
            options.add(Options.of(f, app.office, app.text.language()));
        }
        String name = app.text.get("record." + register.fileName());
        this.title = original == null ? app.text.get("form.add", name) : app.text.get("form.edit", name, original.id());
        this.state = FormState.of(register, values);
    }

    static FormView add(App app, TableView table, RegisterPage.Filter filter) {
        Register r = table.state().register();
        List<String> values = new ArrayList<>();
        for (Field f : r.fields()) {
            String v = "";
            if (f.key().equals("registered_on")) {
                v = app.office.today.toString();
            } else if (f.key().equals("area_code") && filter.areaPrefix() != null && filter.areaPrefix().length() == 12) {
                v = filter.areaPrefix();
            }
            values.add(v);
        }
        return new FormView(app, table, r, null, values);
    }

    /**
     * A new record with its fields filled in (a birth from a list's row): saving it does what
     * {@code adding} does, and the form closes.
     */
    static FormView filled(App app, Register register, java.util.Map<String, String> values, Adding adding) {
        List<String> typed = new ArrayList<>();
        for (Field f : register.fields()) {
            typed.add(values.getOrDefault(f.key(), ""));
        }
        return new FormView(app, null, register, null, typed, adding);
    }

    static FormView edit(App app, TableView table, Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.entry().register().fields().size(); i++) {
            values.add(row.entry().canonical(i));
        }
        return new FormView(app, table, row.entry().register(), row, values);
    }

    FormState state() {
        return state;
    }

    @Override
    public taizhang.domain.Role.Permission needs(Command c) {
        boolean reference = register == Register.AREAS || register == Register.SCHEMES;
        return reference && c == Command.SAVE ? taizhang.domain.Role.Permission.ADMINISTER : View.super.needs(c);
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
    public boolean typing() {
        return true;
    }

    @Override
    public boolean unsaved() {
        return state.dirty();
    }

    private taizhang.domain.Facts facts(App app) {
        return app.office.facts.besides(original == null ? null : original.entry());
    }

    @Override
    public void command(Command c, App app) {
        switch (c) {
            case NEXT_FIELD -> move(app, 1);
            case PREVIOUS_FIELD -> move(app, -1);
            case NEXT_CHOICE -> choose(1);
            case PREVIOUS_CHOICE -> choose(-1);
            case SAVE -> save(app, false);
            case HISTORY -> {
                if (original != null) {
                    app.push(new HistoryView(app, register, original.id()));
                }
            }
            case BACK -> {
                if (state.dirty()) {
                    app.push(new Confirm(app, app.text.get("confirm.drop"), app::pop));
                } else {
                    app.pop();
                }
            }
            default -> {
            }
        }
    }

    /**
     * Leaves the field (checking it) for the next or previous one. The status line gives the whole
     * message of the field left, else of the field arrived at: beside a field there is room for its start.
     */
    private void move(App app, int delta) {
        state = state.leave(options.get(state.focus()), facts(app), app.office.records::person);
        FieldState left = state.current();
        String label = state.field().label(app.text.language());
        state = state.focus(state.focus() + delta);
        FieldState arrived = state.current();
        if (left.message() != null) {
            app.error(label + ": " + ProblemText.of(left.message(), app.text.language()));
        } else if (arrived.message() != null) {
            String message = state.field().label(app.text.language()) + ": "
                    + ProblemText.of(arrived.message(), app.text.language());
            if (arrived.warning()) {
                app.message(message);
            } else {
                app.error(message);
            }
        }
    }

    /** The pick list on view: all of it while the field holds a value from it, else what matches the typing. */
    private List<Options.Option> matches() {
        Options o = options.get(state.focus());
        return o.exact(state.current().text()) != null ? o.all() : o.matching(state.current().text());
    }

    /** The entry highlighted in the pick list. */
    private int chosen(List<Options.Option> list) {
        Options.Option exact = options.get(state.focus()).exact(state.current().text());
        return exact != null ? list.indexOf(exact) : 0;
    }

    /** Up/Down in a pick field: the next entry becomes the field's value at once. */
    private void choose(int delta) {
        List<Options.Option> list = matches();
        if (list.isEmpty()) {
            return;
        }
        boolean holdsOne = options.get(state.focus()).exact(state.current().text()) != null;
        int next = holdsOne ? Math.floorMod(chosen(list) + delta, list.size()) : delta > 0 ? 0 : list.size() - 1;
        state = state.edit(in -> TextInput.of(list.get(next).code()));
    }

    @Override
    public void key(Input in, App app) {
        if (in.typed() || in.type() == KeyType.Backspace || in.type() == KeyType.Delete) {
            // Editing a pick field edits what it shows (its label), not the code behind it.
            TextInput shown = shown(state.focus(), state.current().input());
            if (!shown.text().equals(state.current().text())) {
                state = state.edit(before -> shown);
            }
        }
        if (in.typed()) {
            state = state.type(in.codePoint());
            return;
        }
        KeyType t = in.type();
        switch (t) {
            case Backspace -> state = state.edit(TextInput::backspace);
            case Delete -> state = state.edit(TextInput::delete);
            case ArrowLeft -> state = state.edit(TextInput::left);
            case ArrowRight -> state = state.edit(TextInput::right);
            case Home -> state = state.edit(TextInput::home);
            case End -> state = state.edit(TextInput::end);
            case ArrowDown, ArrowUp -> {
                int delta = t == KeyType.ArrowDown ? 1 : -1;
                if (options.get(state.focus()).any()) {
                    choose(delta);
                } else {
                    move(app, delta);
                }
            }
            default -> {
            }
        }
    }

    /** Saves when the whole record passes the rules; warnings are confirmed first. */
    void save(App app, boolean confirmed) {
        state = state.leave(options.get(state.focus()), facts(app), app.office.records::person);
        Validation.Result result = Validation.check(register, state.raw(), facts(app));
        if (!result.ok()) {
            state = state.problems(result.problems());
            List<Problem> errors = result.errors();
            Problem p = errors.get(0);
            app.error(app.text.count("form.errors", errors.size(), register.field(p.field()).label(app.text.language())
                    + ": " + ProblemText.of(p.message(), app.text.language())));
            return;
        }
        if (!result.warnings().isEmpty() && !confirmed) {
            state = state.problems(result.problems());
            Problem w = result.warnings().get(0);
            app.push(new Confirm(app, app.text.get("confirm.warning",
                    register.field(w.field()).label(app.text.language()) + ": "
                    + ProblemText.of(w.message(), app.text.language())), () -> save(app, true)));
            return;
        }
        try {
            if (original == null) {
                String done = adding.add(app, result.entry());
                app.pop();
                app.changed();
                app.message(done);
            } else {
                app.office.records.change(original.id(), original.version(), result.entry());
                app.pop();
                app.changed();
                table.saved(app, false);
                app.message(app.text.get("form.saved", original.id()));
            }
        } catch (Records.Refused refused) {
            refusedInside(app, refused.problems());
        }
    }

    /**
     * The save was refused inside its transaction (a colleague saved the same birth a moment ago,
     * or the record lies outside the clerk's scope): the form keeps what was typed and says why.
     */
    private void refusedInside(App app, List<Problem> problems) {
        state = state.problems(problems);
        Problem p = problems.get(0);
        String label = p.field().isEmpty() ? "" : register.field(p.field()).label(app.text.language()) + ": ";
        app.error(app.text.count("form.errors", problems.size(), label + ProblemText.of(p.message(), app.text.language())));
    }

    @Override
    public void draw(Canvas canvas, App app) {
        Language lang = app.text.language();
        List<Field> fields = register.fields();
        int labelWidth = 0;
        for (Field f : fields) {
            labelWidth = Math.max(labelWidth, Width.of(f.label(lang)) + 2);
        }
        labelWidth = Math.min(labelWidth, 24);
        int inputCol = labelWidth + 1;
        int inputWidth = Math.max(8, Math.min(22, canvas.columns() - inputCol - 12));
        int asideCol = inputCol + inputWidth + 2;
        int top = 1;
        for (String line : Width.wrap(app.text.get("form.hint"), canvas.columns())) {
            canvas.text(0, top++, line, canvas.columns(), Canvas.Style.DIM);
        }
        int visible = Math.max(1, canvas.statusRow() - top);
        int first = Math.max(0, state.focus() - visible + 1);
        for (int i = first; i < fields.size() && i - first < visible; i++) {
            int row = top + i - first;
            Field f = fields.get(i);
            FieldState fs = state.fields().get(i);
            boolean focused = i == state.focus();
            canvas.text(0, row, (f.required() ? "*" : " ") + f.label(lang), labelWidth,
                    focused ? Canvas.Style.BOLD : Canvas.Style.NORMAL);
            drawInput(canvas, inputCol, row, inputWidth, shown(i, fs.input()), focused);
            if (!(focused && options.get(i).any())) {
                drawAside(canvas, asideCol, row, i, app);
            }
        }
        if (options.get(state.focus()).any()) {
            drawPickList(canvas, asideCol, top + state.focus() - first, app);
        }
    }

    /**
     * What an input shows: in Chinese, a pick field holding a code shows the code's label (女,
     * 户籍常住, 育儿补贴 rather than F, resident, childcare); in English the code is the word itself
     * or its letter (F, its label beside it); villages keep their code.
     */
    private TextInput shown(int field, TextInput in) {
        if (!labelled(field)) {
            return in;
        }
        Options.Option o = options.get(field).exact(in.text());
        return o == null || !o.code().equals(in.text()) ? in : TextInput.of(o.label());
    }

    /** Whether a field shows its code's label rather than the code (pick fields, on Chinese screens). */
    private boolean labelled(int field) {
        return chinese && Options.labelled(register.fields().get(field));
    }

    /** Beside a field: its message (as much as fits between words; the status line has it whole), or a code's name. */
    private void drawAside(Canvas canvas, int col, int row, int field, App app) {
        FieldState fs = state.fields().get(field);
        int width = canvas.columns() - col;
        if (fs.message() != null) {
            String message = ProblemText.of(fs.message(), app.text.language());
            String fits = Width.fitWords(message, width);
            Canvas.Style style = fs.warning() ? Canvas.Style.WARNING : Canvas.Style.ERROR;
            canvas.clip(col, row, fits.isEmpty() ? message : fits, width, style);
            return;
        }
        Options.Option o = options.get(field).exact(fs.text());
        boolean named = o != null && !o.label().equals(fs.text()) && !labelled(field);
        canvas.clip(col, row, named ? o.label() : "", width, Canvas.Style.DIM);
    }

    private void drawInput(Canvas canvas, int col, int row, int width, TextInput in, boolean focused) {
        String text = in.text();
        int start = 0;
        while (Width.of(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, in.caret())))
                > width - 1) {
            start++;
        }
        String shown = text.substring(text.offsetByCodePoints(0, start));
        canvas.clip(col, row, shown, width, focused ? Canvas.Style.INPUT : Canvas.Style.NORMAL);
        canvas.text(col - 1, row, "[", 1, Canvas.Style.NORMAL);
        canvas.text(col + width, row, "]", 1, Canvas.Style.NORMAL);
        if (focused) {
            TextInput visible = new TextInput(shown, in.caret() - start);
            canvas.cursor(col + visible.caretColumns(), row);
        }
    }

    private void drawPickList(Canvas canvas, int col, int row, App app) {
        List<Options.Option> found = matches();
        int width = canvas.columns() - col;
        if (found.isEmpty()) {
            canvas.text(col, row, app.text.get("form.no_match"), width, Canvas.Style.ERROR);
            return;
        }
        boolean labelled = labelled(state.focus());
        int chosen = chosen(found);
        int start = Math.max(0, chosen - LIST_ROWS + 1);
        int last = Math.min(found.size(), start + LIST_ROWS);
        int firstRow = Math.min(row, Math.max(2, canvas.statusRow() - (last - start)));
        for (int i = start; i < last; i++) {
            Options.Option o = found.get(i);
            // A Chinese clerk picks by the label (or its initials); codes are English words there.
            String line = labelled || o.code().equals(o.label()) ? o.label() : o.code() + " " + o.label();
            canvas.clip(col, firstRow + i - start, line, width, i == chosen ? Canvas.Style.REVERSE : Canvas.Style.NORMAL);
        }
    }
}
