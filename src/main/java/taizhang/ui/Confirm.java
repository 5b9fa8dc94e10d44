package taizhang.ui;

import java.util.List;

/** A yes/no question on the status line; y does it, n or Esc does not. */
final class Confirm implements View {
    private static final List<Command> COMMANDS = List.of(Command.YES, Command.NO);
    private final String question;
    private final Runnable onYes;

    Confirm(App app, String question, Runnable onYes) {
        this.question = question;
        this.onYes = onYes;
    }

    @Override
    public String title() {
        return "";
    }

    @Override
    public List<Command> commands() {
        return COMMANDS;
    }

    @Override
    public boolean overlay() {
        return true;
    }

    @Override
    public void command(Command c, App app) {
        app.pop();
        if (c == Command.YES) {
            onYes.run();
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        canvas.text(0, canvas.statusRow(), question + " " + app.text.get("confirm.keys"), canvas.columns(),
                Canvas.Style.WARNING);
    }
}
