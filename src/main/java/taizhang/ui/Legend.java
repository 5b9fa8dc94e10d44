package taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import taizhang.io.Width;

/**
 * The bottom line: the keys that work here, each key then its name, in the view's order. When
 * they do not all fit, the keys are written short (the letter or Ctrl twin alone: {@code ?help}
 * rather than {@code F1/?help}); when that is still too long, the commands that are not
 * essential are left out from the end. Help, quit, back, open, save and a prompt's answers are
 * always there; the help screen lists every key.
 */
record Legend(List<Item> items) {

    /** One command on the line: its keys, its name. */
    record Item(Command command, String keys, String name) {
        int width() {
            return Width.of(keys) + Width.of(name);
        }
    }

    static Legend of(List<Command> commands, boolean typing, int columns, Messages text) {
        // Plain loops here and in Command: the first frame is drawn before streams have been set up.
        List<Command> shown = new ArrayList<>();
        for (Command c : commands) {
            if (c.place() != Command.Place.HELP) {
                shown.add(c);
            }
        }
        Legend full = new Legend(items(shown, typing, text, false));
        if (full.width() <= columns) {
            return full;
        }
        List<Item> items = new ArrayList<>(items(shown, typing, text, true));
        for (int i = items.size() - 1; i >= 0 && new Legend(items).width() > columns; i--) {
            if (items.get(i).command().place() != Command.Place.ESSENTIAL) {
                items.remove(i);
            }
        }
        return new Legend(List.copyOf(items));
    }

    private static List<Item> items(List<Command> commands, boolean typing, Messages text, boolean brief) {
        List<Item> items = new ArrayList<>(commands.size());
        for (Command c : commands) {
            items.add(new Item(c, brief ? c.shortKeys(typing) : c.legendKeys(typing), text.get(c.nameKey())));
        }
        return List.copyOf(items);
    }

    /** Columns the line takes, one space between items. */
    int width() {
        int w = Math.max(0, items.size() - 1);
        for (Item i : items) {
            w += i.width();
        }
        return w;
    }

    boolean has(Command c) {
        for (Item i : items) {
            if (i.command() == c) {
                return true;
            }
        }
        return false;
    }
}
