package taizhang.ui;

import java.util.List;
import java.util.function.Consumer;

/**
 * One line of text asked on the status line (search, filter, a reason, a file name); Enter gives
 * it, Esc drops it. A line offered to start with (the last search, a file name) is shown marked:
 * typing replaces it, an arrow key or Backspace edits it, Ctrl-U clears the line.
 */
final class Prompt implements View {
    private static final List<Command> COMMANDS = Command.typing(Command.HELP, Command.ACCEPT, Command.CANCEL,
            Command.CLEAR);
    private final String label;
    private final Consumer<String> onAccept;
    private TextInput input;
    /** The text offered has not been touched yet: the first character typed replaces it. */
    private boolean offered;

    Prompt(App app, String label, String initial, Consumer<String> onAccept) {
        this.label = label;
        this.onAccept = onAccept;
        this.input = TextInput.of(initial);
        this.offered = !initial.isEmpty();
    }

    String text() {
        return input.text();
    }

    @Override
    public String title() {
        return label;
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
    public boolean overlay() {
        return true;
    }

    @Override
    public void command(Command c, App app) {
        if (c == Command.CLEAR) {
            input = TextInput.EMPTY;
            offered = false;
            return;
        }
        if (Command.EDITING.contains(c)) {
            input = input.edit(c);
            offered = false;
            return;
        }
        app.pop();
        if (c == Command.ACCEPT) {
            onAccept.accept(input.text());
        }
    }

    @Override
    public void key(Input in, App app) {
        if (in.typed()) {
            input = (offered ? TextInput.EMPTY : input).insert(in.codePoint());
            offered = false;
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int row = canvas.statusRow();
        int col = canvas.text(0, row, label + " ", Canvas.Style.BOLD);
        canvas.typed(col, row, input.text(), canvas.columns() - col, offered ? Canvas.Style.REVERSE : Canvas.Style.INPUT);
        canvas.cursor(col + input.caretColumns(), row);
    }
}
