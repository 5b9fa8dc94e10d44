package taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.io.Width;
import taizhang.storage.Records;
import taizhang.storage.RegisterPage;
import taizhang.storage.RegisterStore;
import taizhang.storage.RegisterPage.Row;

/** The one form for every register: add or edit a record, each field checked as it is left. */
final class FormView implements View {
    private static final List<Command> COMMANDS = Command.typing(Command.HELP, Command.SAVE, Command.NEXT_FIELD,
            Command.PREVIOUS_FIELD, Command.FIELD_DOWN, Command.FIELD_UP, Command.NEXT_CHOICE,
            Command.PREVIOUS_CHOICE, Command.HISTORY, Command.BACK, Command.QUIT);
    private static final int LIST_ROWS = 8;

    private final TableView table;
    private final Adding adding;
    private final Register register;
    private final Row original;
    /** The record as stored when the form opened, or as the clerk last saw it in a conflict; null: adding. */
    private Entry base;
    /** The version the form rests on: a save over a later one is a conflict (SPEC 10). */
    private long version;
    /** After "keep editing": another clerk's value beside each field where both changed it differently. */
    private Map<Integer, Theirs> theirs = Map.of();

    /** Another clerk's value of a field, and whether the form took it (only they had changed it). */
    private record Theirs(String value, boolean taken) {
    }
    private final List<Options> options = new ArrayList<>();
    /** The values the form rests on (as opened, or another clerk's record taken): what is unsaved differs from them. */
    private List<String> resting;
    /** Whether the signed-in account may save this form at all (a viewer may not: nothing of theirs is unsaved). */
    private final boolean maySave;
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
        this.base = original == null ? null : original.entry();
        this.version = original == null ? 0 : original.version();
        for (Field f : register.fields()) {
            options.add(Options.of(f, app.office, app.text.language()));
        }
        this.maySave = app.office.account.may(needs(Command.SAVE));
        String name = app.text.get("record." + register.fileName());
        // One who may not save sees the record, not an editor of it (a viewer: SPEC 9).
        this.title = original == null ? app.text.get("form.add", name)
                : app.text.get(maySave ? "form.edit" : "form.view", name, original.id());
        this.state = FormState.of(register, values);
        this.resting = List.copyOf(values);
    }

    static FormView add(App app, TableView table, RegisterPage.Filter filter) {
        Register r = table.state().register();
        List<String> values = new ArrayList<>();
        for (Field f : r.fields()) {
            String v = "";
            if (f.key().equals("registered_on")) {
                v = app.office.today.toString();
            } else if (f.key().equals("area_code") && filter.areaPrefix() != null && taizhang.domain.AreaLevel.isVillage(filter.areaPrefix())) {
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
        if (c == Command.NEXT_CHOICE || c == Command.PREVIOUS_CHOICE || Command.EDITING.contains(c)) {
            return needs(Command.SAVE); // changing a value is for one who may save it
        }
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
        return maySave && state.dirty() && !state.texts().equals(resting);
    }

    private taizhang.domain.Facts facts(App app) {
        return app.office.facts.besides(base);
    }

    @Override
    public void command(Command c, App app) {
        switch (c) {
            case NEXT_FIELD -> move(app, 1);
            case PREVIOUS_FIELD -> move(app, -1);
            case NEXT_CHOICE -> choose(1);
            case PREVIOUS_CHOICE -> choose(-1);
            case FIELD_DOWN, FIELD_UP -> {
                int delta = c == Command.FIELD_DOWN ? 1 : -1;
                if (picking()) {
                    choose(delta);
                } else {
                    move(app, delta);
                }
            }
            case SAVE -> save(app, false);
            case HISTORY -> {
                if (original != null) {
                    app.push(new HistoryView(app, register, original.id()));
                }
            }
            case BACK -> {
                if (unsaved()) {
                    app.push(new Confirm(app, app.text.get("confirm.drop"), app::pop));
                } else {
                    app.pop();
                }
            }
            default -> edit(c);
        }
    }

    /** Whether the field the caret is in offers its pick list (not to one who may not change it). */
    private boolean picking() {
        return maySave && options.get(state.focus()).any();
    }

    /** One of {@link Command#EDITING} in the field the caret is in. */
    private void edit(Command c) {
        if (c == Command.ERASE_BACK || c == Command.ERASE_AHEAD) {
            showLabel();
        }
        state = state.edit(in -> in.edit(c));
    }

    /** Editing a pick field edits what it shows (its label), not the code behind it. */
    private void showLabel() {
        TextInput shown = shown(state.focus(), state.current().input());
        if (!shown.text().equals(state.current().text())) {
            state = state.edit(before -> shown);
        }
    }

    /**
     * Leaves the field (checking it) for the next or previous one. The status line gives the whole
     * message of the field left, else of the field arrived at: beside a field there is room for its start.
     */
    private void move(App app, int delta) {
        leave(app);
        FieldState left = state.current();
        String label = state.field().label(app.text.language());
        state = state.focus(state.focus() + delta);
        FieldState arrived = state.current();
        if (left.problem() != null) {
            app.error(label + ": " + ProblemText.of(app.text.language()).message(left.problem()));
        } else if (arrived.problem() != null) {
            String message = state.field().label(app.text.language()) + ": "
                    + ProblemText.of(app.text.language()).message(arrived.problem());
            if (arrived.warning()) {
                app.message(message);
            } else {
                app.error(message);
            }
        }
    }

    /**
     * Checks the field left; a village outside the account's scope is told then, as a value that
     * saving would refuse (section 9: refused like an invalid value).
     */
    private void leave(App app) {
        state = state.leave(options.get(state.focus()), facts(app), app.office.records::person);
        state = state.scoped(app.office.account);
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
        if (in.typed() && maySave) {
            showLabel();
            state = state.type(in.codePoint());
        }
    }

    /** Saves when the whole record passes the rules; warnings are confirmed first. */
    void save(App app, boolean confirmed) {
        leave(app);
        Validation.Result result = Validation.check(register, state.raw(), facts(app));
        if (!result.ok()) {
            state = state.problems(result.problems());
            List<Problem> errors = result.errors();
            Problem p = errors.get(0);
            app.error(app.text.count("form.errors", errors.size(), register.field(p.field()).label(app.text.language())
                    + ": " + ProblemText.of(app.text.language()).message(p)));
            return;
        }
        if (!result.warnings().isEmpty() && !confirmed) {
            state = state.problems(result.problems());
            Problem w = result.warnings().get(0);
            app.push(new Confirm(app, app.text.get("confirm.warning",
                    register.field(w.field()).label(app.text.language()) + ": "
                    + ProblemText.of(app.text.language()).message(w)), () -> save(app, true)));
            return;
        }
        try {
            if (original == null) {
                String done = adding.add(app, result.entry());
                app.pop();
                app.changed();
                app.message(done);
            } else {
                app.office.records.change(original.id(), version, result.entry());
                app.pop();
                app.changed();
                table.saved(app, false);
                app.message(app.text.get("form.saved", original.id()));
            }
        } catch (Records.Refused refused) {
            refusedInside(app, refused.problems());
        } catch (Records.Conflict conflict) {
            app.push(ConflictView.saving(app, conflict.theirs(), result.entry(), new Choices(conflict.theirs(),
                    result.entry())));
        }
    }

    /** What the clerk chose when the record had been saved by someone else meanwhile. */
    private final class Choices implements ConflictView.Choices {
        private final RegisterStore.Stored stored;
        private final Entry mine;

        Choices(RegisterStore.Stored stored, Entry mine) {
            this.stored = stored;
            this.mine = mine;
        }

        /** Their record in the form, as if just opened; a voided one closes the form. */
        @Override
        public void takeTheirs(App app) {
            if (stored.voided()) {
                app.pop();
                table.saved(app, false);
                app.message(app.text.get("form.voided_meanwhile", stored.id(), stored.changedBy()));
                return;
            }
            restOn(stored);
            theirs = Map.of();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < register.fields().size(); i++) {
                values.add(stored.entry().canonical(i));
            }
            state = FormState.of(register, values);
            app.message(app.text.get("form.took_theirs", stored.id()));
        }

        /**
         * Back to the clerk's form, now resting on their version: a field only they changed takes
         * their value; one only the clerk changed keeps the clerk's; where both changed it
         * differently, theirs is shown beside it. Nothing is saved until F2.
         */
        @Override
        public void keepEditing(App app) {
            if (stored.voided()) {
                return; // a save again says the same: nothing is saved over a voided record
            }
            Entry opened = base;
            restOn(stored);
            Map<Integer, Theirs> aside = new java.util.HashMap<>();
            for (int i = 0; i < register.fields().size(); i++) {
                String was = opened.canonical(i);
                String their = stored.entry().canonical(i);
                String my = mine.canonical(i);
                if (my.equals(was) && !their.equals(was)) {
                    state = state.set(i, their);
                    aside.put(i, new Theirs(their, true));
                } else if (!their.equals(my)) {
                    aside.put(i, new Theirs(their, false));
                }
            }
            theirs = Map.copyOf(aside);
            app.message(app.text.get("form.keep_editing"));
        }

        /** The clerk's record over theirs, now, recorded as an overwrite. */
        @Override
        public void overwrite(App app) {
            try {
                app.office.records.overwrite(original.id(), mine);
            } catch (Records.Refused refused) {
                refusedInside(app, refused.problems());
                return;
            }
            app.pop();
            table.saved(app, false);
            app.message(app.text.get("form.overwritten", original.id(), stored.changedBy()));
        }
    }

    private void restOn(RegisterStore.Stored stored) {
        base = stored.entry();
        version = stored.version();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < register.fields().size(); i++) {
            values.add(stored.entry().canonical(i));
        }
        resting = List.copyOf(values);
    }

    /**
     * The save was refused inside its transaction (a colleague saved the same birth a moment ago,
     * or the record lies outside the clerk's scope): the form keeps what was typed and says why.
     */
    private void refusedInside(App app, List<Problem> problems) {
        state = state.problems(problems);
        Problem p = problems.get(0);
        String label = p.field() == null || p.field().isEmpty() ? ""
                : register.field(p.field()).label(app.text.language()) + ": ";
        app.error(app.text.count("form.errors", problems.size(), label + ProblemText.of(app.text.language()).message(p)));
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
        for (String line : Width.wrap(app.text.get(maySave ? "form.hint" : "form.view_hint"), canvas.columns())) {
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
            if (!(focused && picking()) || fs.problem() != null) {
                drawAside(canvas, asideCol, row, i, app);
            }
        }
        if (picking()) {
            // A problem found in the pick field stays beside it (section 4); the list goes below.
            int below = state.current().problem() != null ? 1 : 0;
            drawPickList(canvas, asideCol, top + state.focus() - first + below, app);
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
        if (fs.problem() != null) {
            String message = ProblemText.of(app.text.language()).message(fs.problem());
            String fits = Width.fitWords(message, width);
            Canvas.Style style = fs.warning() ? Canvas.Style.WARNING : Canvas.Style.ERROR;
            canvas.clip(col, row, fits.isEmpty() ? message : fits, width, style);
            return;
        }
        Theirs their = theirs.get(field);
        if (their != null && their.taken()) {
            canvas.clip(col, row, app.text.get("form.theirs_taken"), width, Canvas.Style.DIM);
            return;
        }
        if (their != null && !their.value().equals(fs.text())) {
            String value = their.value().isEmpty() ? app.text.get("form.theirs_empty")
                    : shown(field, TextInput.of(their.value())).text();
            canvas.clip(col, row, app.text.get("form.theirs", value), width, Canvas.Style.WARNING);
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
        canvas.typed(col, row, shown, width, focused ? Canvas.Style.INPUT : Canvas.Style.NORMAL);
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
