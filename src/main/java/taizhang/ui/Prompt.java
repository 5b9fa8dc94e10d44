package taizhang.ui;

import java.util.List;
import java.util.function.Consumer;

/** One line of text asked on the status line (search, filter, a reason); Enter gives it, Esc drops it. */
final class Prompt implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.ACCEPT, Command.CANCEL);
    private final String label;
    private final Consumer<String> onAccept;
    private TextInput input;

    Prompt(App app, String label, String initial, Consumer<String> onAccept) {
        this.label = label;
        this.onAccept = onAccept;
        this.input = TextInput.of(initial);
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
        app.pop();
        if (c == Command.ACCEPT) {
            app.message("");
            onAccept.accept(input.text());
        }
    }

    @Override
    public void key(Input in, App app) {
        if (in.typed()) {
            input = input.insert(in.codePoint());
            return;
        }
        switch (in.type()) {
            case Backspace -> input = input.backspace();
            case Delete -> input = input.delete();
            case ArrowLeft -> input = input.left();
            case ArrowRight -> input = input.right();
            case Home -> input = input.home();
            case End -> input = input.end();
            default -> {
            }
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int row = canvas.statusRow();
        int col = canvas.text(0, row, label + " ", Canvas.Style.BOLD);
        canvas.text(col, row, input.text(), canvas.columns() - col, Canvas.Style.INPUT);
        canvas.cursor(col + input.caretColumns(), row);
    }
}
