package taizhang.ui;

import java.util.List;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.io.Width;
import taizhang.storage.RegisterStore;

/**
 * Someone else saved (or voided) the record since the clerk opened it (SPEC 10): who, when, and
 * each field as they saved it beside the clerk's own, the fields that differ marked. Nothing is
 * overwritten unless the clerk says so: from a form, take theirs, keep editing, or overwrite;
 * from a void, void it as it now is, or leave it.
 */
final class ConflictView implements View {
    private static final List<Command> SAVING = List.of(Command.HELP, Command.TAKE_THEIRS, Command.KEEP_EDITING,
            Command.OVERWRITE);
    private static final List<Command> SAVING_OVER_VOID = List.of(Command.HELP, Command.TAKE_THEIRS,
            Command.KEEP_EDITING);
    private static final List<Command> VOIDING = List.of(Command.HELP, Command.VOID, Command.BACK);

    /** What the clerk may do about it; each choice closes this view first. */
    interface Choices {
        default void takeTheirs(App app) {
        }

        default void keepEditing(App app) {
        }

        default void overwrite(App app) {
        }

        default void voidAnyway(App app) {
        }

        default void leave(App app) {
        }
    }

    private final String title;
    private final String headline;
    private final String note;
    private final String theirsHeading;
    private final String mineHeading;
    private final RegisterStore.Stored theirs;
    private final Entry mine;
    private final List<Command> commands;
    private final Choices choices;

    private ConflictView(App app, RegisterStore.Stored theirs, Entry mine, boolean voiding, Choices choices) {
        this.theirs = theirs;
        this.mine = mine;
        this.choices = choices;
        String when = HistoryView.when(theirs.updatedAt());
        this.title = app.text.get("conflict.title", theirs.id());
        if (voiding) {
            headline = app.text.get("conflict.void_changed", theirs.changedBy(), theirs.id(), when);
            note = app.text.get("conflict.void_note");
            theirsHeading = app.text.get("conflict.now", theirs.changedBy());
            mineHeading = app.text.get("conflict.seen");
            commands = VOIDING;
        } else {
            String kind = theirs.voided() ? "conflict.voided" : "conflict.changed";
            headline = app.text.get(kind, theirs.changedBy(), theirs.id(), when);
            note = app.text.get(kind + "_note");
            theirsHeading = app.text.get("conflict.theirs", theirs.changedBy());
            mineHeading = app.text.get("conflict.mine");
            commands = theirs.voided() ? SAVING_OVER_VOID : SAVING;
        }
    }

    /** A form's save met {@code theirs}; {@code mine} is what the clerk was saving. */
    static ConflictView saving(App app, RegisterStore.Stored theirs, Entry mine, Choices choices) {
        return new ConflictView(app, theirs, mine, false, choices);
    }

    /** A void met {@code theirs}; {@code seen} is the record as the table showed it. */
    static ConflictView voiding(App app, RegisterStore.Stored theirs, Entry seen, Choices choices) {
        return new ConflictView(app, theirs, seen, true, choices);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Command> commands() {
        return commands;
    }

    @Override
    public void command(Command c, App app) {
        app.pop();
        switch (c) {
            case TAKE_THEIRS -> choices.takeTheirs(app);
            case KEEP_EDITING -> choices.keepEditing(app);
            case OVERWRITE -> choices.overwrite(app);
            case VOID -> choices.voidAnyway(app);
            case BACK -> choices.leave(app);
            default -> {
            }
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int cols = canvas.columns();
        Language lang = app.text.language();
        Register register = mine.register();
        canvas.text(0, 1, headline, cols, Canvas.Style.WARNING);
        canvas.text(0, 2, note, cols, Canvas.Style.NORMAL);
        List<Field> fields = register.fields();
        int labelWidth = Width.of(app.text.get("conflict.field"));
        for (Field f : fields) {
            labelWidth = Math.max(labelWidth, Width.of(f.label(lang)));
        }
        labelWidth = Math.min(labelWidth, 16) + 2;
        int valueWidth = Math.max(8, (cols - labelWidth - 1) / 2);
        int theirsCol = labelWidth + 1;
        int mineCol = theirsCol + valueWidth;
        canvas.text(0, 3, "  " + app.text.get("conflict.field"), labelWidth, Canvas.Style.BOLD);
        canvas.text(theirsCol, 3, theirsHeading, valueWidth - 1, Canvas.Style.BOLD);
        canvas.text(mineCol, 3, mineHeading, cols - mineCol, Canvas.Style.BOLD);
        for (int i = 0; i < fields.size() && 4 + i < canvas.statusRow(); i++) {
            String their = shown(theirs.entry(), i, app);
            String yours = shown(mine, i, app);
            boolean differs = !their.equals(yours);
            Canvas.Style style = differs ? Canvas.Style.WARNING : Canvas.Style.NORMAL;
            int row = 4 + i;
            canvas.text(0, row, (differs ? "* " : "  ") + fields.get(i).label(lang), labelWidth, style);
            canvas.text(theirsCol, row, their, valueWidth - 1, style);
            canvas.text(mineCol, row, yours, cols - mineCol, style);
        }
    }

    /** A value as the form shows it: ID numbers in full, codes with their names. */
    private static String shown(Entry e, int i, App app) {
        Field f = e.register().fields().get(i);
        String code = e.canonical(i);
        if (code.isEmpty() || f.type() == FieldType.ID_NUMBER) {
            return code;
        }
        String label = Display.cell(e, i, app.office, app.text.language());
        return label.equals(code) ? code : code + " " + label;
    }
}
