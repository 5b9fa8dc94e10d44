package taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import taizhang.io.Width;

/**
 * Every key of the screen beneath, with what it does: derived from the same command table as the
 * legend. Each line wraps rather than being cut; a list longer than the screen scrolls.
 */
final class HelpView implements View {
    private static final List<Command> COMMANDS = List.of(Command.BACK, Command.QUIT, Command.OPEN, Command.UP,
            Command.DOWN, Command.PAGE_UP, Command.PAGE_DOWN, Command.FIRST, Command.LAST);
    private final View of;
    private final String title;
    /** The first line on view. */
    private int top;

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
        int page = Math.max(1, app.bodyRows() - 1);
        switch (c) {
            case BACK, OPEN -> app.pop();
            case UP -> top--;
            case DOWN -> top++;
            case PAGE_UP -> top -= page;
            case PAGE_DOWN -> top += page;
            case FIRST -> top = 0;
            case LAST -> top = Integer.MAX_VALUE;
            default -> {
            }
        }
    }

    /** A line of the help: keys (on a command's first line only) and text. */
    private record Line(String keys, String text, Canvas.Style style) {
    }

    /** The lines of the help at this width: the typing note, then each command, its text wrapped. */
    private List<Line> lines(int columns, App app) {
        List<Command> commands = new ArrayList<>(app.usable(of));
        if (!commands.contains(Command.HELP)) {
            commands.add(0, Command.HELP);
        }
        if (!commands.contains(Command.QUIT)) {
            commands.add(Command.QUIT);
        }
        List<Line> out = new ArrayList<>();
        if (of.typing()) {
            for (String s : Width.wrap(app.text.get("help.typing"), columns)) {
                out.add(new Line("", s, Canvas.Style.DIM));
            }
        }
        int keys = keysWidth(commands);
        for (Command c : commands) {
            List<String> text = Width.wrap(app.text.get(c.helpKey()), Math.max(10, columns - keys - 2));
            for (int i = 0; i < text.size(); i++) {
                out.add(new Line(i == 0 ? c.allKeys(of.typing()) : "", text.get(i), Canvas.Style.NORMAL));
            }
        }
        return out;
    }

    private int keysWidth(List<Command> commands) {
        int w = 0;
        for (Command c : commands) {
            w = Math.max(w, Width.of(c.allKeys(of.typing())));
        }
        return w;
    }

    @Override
    public void draw(Canvas canvas, App app) {
        List<Line> lines = lines(canvas.columns(), app);
        int rows = canvas.statusRow() - 1;
        top = Math.max(0, Math.min(top, lines.size() - rows));
        boolean more = top + rows < lines.size();
        if (more) {
            rows--; // the last row says there is more
        }
        int keys = 0;
        for (Line l : lines) {
            keys = Math.max(keys, Width.of(l.keys()));
        }
        for (int i = 0; i < rows && top + i < lines.size(); i++) {
            Line l = lines.get(top + i);
            int col = l.style() == Canvas.Style.DIM ? 0 : 1;
            if (col == 1) {
                col = canvas.text(1, 1 + i, l.keys(), keys, Canvas.Style.BOLD) + 1;
            }
            canvas.text(col, 1 + i, l.text(), canvas.columns() - col, l.style());
        }
        if (more) {
            canvas.text(0, 1 + rows, app.text.get("help.more"), canvas.columns(), Canvas.Style.DIM);
        }
    }
}
