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

    /** The question on the status line, and the lines above it when it is longer (at most three). */
    @Override
    public void draw(Canvas canvas, App app) {
        java.util.List<String> lines = taizhang.io.Width.wrap(question + " " + app.text.get("confirm.keys"),
                canvas.columns());
        int shown = Math.min(3, lines.size());
        for (int i = 0; i < shown; i++) {
            canvas.text(0, canvas.statusRow() - shown + 1 + i, lines.get(lines.size() - shown + i), canvas.columns(),
                    Canvas.Style.WARNING);
        }
    }
}
