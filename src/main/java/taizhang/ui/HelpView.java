package taizhang.ui;

import java.util.List;

/** Every key of the screen beneath, with what it does: derived from the same command table as the legend. */
final class HelpView implements View {
    private static final List<Command> COMMANDS = List.of(Command.BACK, Command.QUIT, Command.OPEN);
    private final View of;
    private final String title;

    HelpView(App app, View of) {
        this.of = of;
        this.title = app.text.get("help.title", of.title());
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
        if (c == Command.BACK || c == Command.OPEN) {
            app.pop();
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int row = 1;
        List<Command> commands = new java.util.ArrayList<>(app.usable(of));
        if (!commands.contains(Command.HELP)) {
            commands.add(0, Command.HELP);
        }
        if (!commands.contains(Command.QUIT)) {
            commands.add(Command.QUIT);
        }
        if (of.typing()) {
            canvas.text(0, row++, app.text.get("help.typing"), canvas.columns(), Canvas.Style.DIM);
        }
        for (Command c : commands) {
            if (row >= canvas.statusRow()) {
                break;
            }
            int col = canvas.text(1, row, c.allKeys(of.typing()), 24, Canvas.Style.BOLD);
            canvas.text(col + 1, row, app.text.get(c.helpKey()), canvas.columns() - col - 1, Canvas.Style.NORMAL);
            row++;
        }
    }
}
