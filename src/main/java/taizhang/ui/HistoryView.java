package taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import taizhang.domain.Field;
import taizhang.domain.Register;
import taizhang.storage.Audit;

/**
 * A record's history from the audit trail (SPEC 9): who, when (UTC), what they did, and for
 * a change each field before → after. Read-only; Esc goes back.
 */
final class HistoryView implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.BACK, Command.QUIT, Command.UP,
            Command.DOWN, Command.PAGE_UP, Command.PAGE_DOWN);

    private final String title;
    private final List<String> lines;
    private int top;

    HistoryView(App app, Register register, long id) {
        this.title = app.text.get("history.title", id);
        this.lines = lines(app, register, app.office.audit.history(register.fileName(), id));
    }

    /** One heading line per entry, then one indented line per changed field. */
    private static List<String> lines(App app, Register register, List<Audit.Entry> entries) {
        List<String> out = new ArrayList<>();
        if (entries.isEmpty()) {
            out.add(app.text.get("history.none"));
        }
        var language = app.text.language();
        for (Audit.Entry e : entries) {
            String action = app.text.has("history.action." + e.action()) ? app.text.get("history.action." + e.action())
                    : e.action();
            Map<String, Object> detail = e.details();
            String reason = detail.get("reason") instanceof String r ? "  " + r
                    : detail.get("file") instanceof String file ? "  " + file : "";
            out.add(when(e.at()) + "  " + e.login() + "  " + action + reason);
            if (detail.get("changes") instanceof Map<?, ?> changes) {
                for (Map.Entry<?, ?> c : changes.entrySet()) {
                    Map<?, ?> ba = (Map<?, ?>) c.getValue();
                    Field f = field(register, String.valueOf(c.getKey()));
                    out.add("    " + (f == null ? c.getKey() : f.label(language)) + ": "
                            + shown(f, ba.get("before"), language) + " → " + shown(f, ba.get("after"), language));
                }
            }
        }
        return out;
    }

    /** A stored instant (UTC, as the real clock gave it) to the second: {@code 2026-11-20 06:03:12 UTC}. */
    static String when(String at) {
        String s = at.replace('T', ' ');
        return (s.length() > 19 ? s.substring(0, 19) : s.replace("Z", "")) + " UTC";
    }

    private static Field field(Register register, String key) {
        return register.indexOf(key) < 0 ? null : register.field(key);
    }

    /** A value as the audit trail keeps it; a choice by its label in the interface language (已婚, not married). */
    private static String shown(Field f, Object v, taizhang.domain.Language language) {
        if (v == null) {
            return "∅";
        }
        return f != null && f.type() == taizhang.domain.FieldType.CHOICE ? Display.label(f, String.valueOf(v), language)
                : String.valueOf(v);
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
        int page = Math.max(1, app.bodyRows());
        int last = Math.max(0, lines.size() - page);
        switch (c) {
            case BACK -> app.pop();
            case UP -> top = Math.max(0, top - 1);
            case DOWN -> top = Math.min(last, top + 1);
            case PAGE_UP -> top = Math.max(0, top - page);
            case PAGE_DOWN -> top = Math.min(last, top + page);
            default -> {
            }
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        for (int row = 1; row < canvas.statusRow() && top + row - 1 < lines.size(); row++) {
            canvas.text(0, row, lines.get(top + row - 1), canvas.columns(), Canvas.Style.NORMAL);
        }
    }
}
