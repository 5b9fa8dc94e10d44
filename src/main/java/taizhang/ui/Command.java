package taizhang.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Every action of the screens with the keys that do it, declared once: the legend, the help
 * screen and the dispatch are all derived from this table. Each function key has a letter or
 * Ctrl twin (some SSH clients swallow F-keys), and no action needs Alt. Letter keys are inactive
 * while the clerk types into a field, so every command also has a key that is not a letter.
 */
public enum Command {
    HELP(Place.ESSENTIAL, Key.of(KeyType.F1), Key.ch('?'), Key.ctrl('g')),
    SAVE(Place.ESSENTIAL, Key.of(KeyType.F2), Key.ctrl('s')),
    SEARCH(Place.LEGEND, Key.of(KeyType.F3), Key.ch('/'), Key.ctrl('f')),
    FILTER(Place.LEGEND, Key.of(KeyType.F4), Key.ch('f'), Key.ctrl('r')),
    SORT(Place.LEGEND, Key.of(KeyType.F6), Key.ch('s'), Key.ctrl('t')),
    EXPORT(Place.LEGEND, Key.of(KeyType.F5), Key.ctrl('e')),
    OPEN(Place.ESSENTIAL, Key.of(KeyType.Enter)),
    ADD(Place.LEGEND, Key.of(KeyType.Insert), Key.ch('a'), Key.ctrl('n')),
    VOID(Place.LEGEND, Key.of(KeyType.Delete), Key.ch('v'), Key.ctrl('k')),
    BACK(Place.ESSENTIAL, Key.of(KeyType.Escape)),
    QUIT(Place.ESSENTIAL, Key.of(KeyType.F10), Key.ch('q'), Key.ctrl('x'), Key.ctrl('c')),
    UP(Place.HELP, Key.of(KeyType.ArrowUp), Key.ch('k'), Key.ctrl('p')),
    DOWN(Place.HELP, Key.of(KeyType.ArrowDown), Key.ch('j')),
    PAGE_UP(Place.HELP, Key.of(KeyType.PageUp), Key.ctrl('u')),
    PAGE_DOWN(Place.HELP, Key.of(KeyType.PageDown), Key.ch(' '), Key.ctrl('d')),
    FIRST(Place.HELP, Key.of(KeyType.Home), Key.ch('g')),
    LAST(Place.HELP, Key.of(KeyType.End), Key.ch('G')),
    NEXT_FIELD(Place.HELP, Key.of(KeyType.Tab), Key.of(KeyType.Enter)),
    PREVIOUS_FIELD(Place.HELP, Key.of(KeyType.ReverseTab)),
    NEXT_CHOICE(Place.HELP, Key.ctrl('n')),
    PREVIOUS_CHOICE(Place.HELP, Key.ctrl('p')),
    YES(Place.ESSENTIAL, Key.ch('y'), Key.ch('Y')),
    NO(Place.ESSENTIAL, Key.ch('n'), Key.ch('N'), Key.of(KeyType.Escape)),
    ACCEPT(Place.ESSENTIAL, Key.of(KeyType.Enter)),
    CANCEL(Place.ESSENTIAL, Key.of(KeyType.Escape)),
    CLEAR(Place.LEGEND, Key.ctrl('u')),
    TALLY(Place.LEGEND, Key.ch('t')),
    RECONCILE(Place.LEGEND, Key.ch('r')),
    LEFT(Place.HELP, Key.of(KeyType.ArrowLeft), Key.of(KeyType.ReverseTab), Key.ch('h')),
    RIGHT(Place.HELP, Key.of(KeyType.ArrowRight), Key.of(KeyType.Tab), Key.ch('l')),
    PREVIOUS_PERIOD(Place.LEGEND, Key.ch('['), Key.ch(',')),
    NEXT_PERIOD(Place.LEGEND, Key.ch(']'), Key.ch('.')),
    CURRENT_PERIOD(Place.LEGEND, Key.ch('t')),
    PERIOD_KIND(Place.LEGEND, Key.ch('m')),
    LAST_YEAR(Place.LEGEND, Key.ch('p')),
    CHANGES(Place.LEGEND, Key.ch('c')),
    HISTORY(Place.LEGEND, Key.of(KeyType.F7), Key.ch('h'), Key.ctrl('o')),
    VOIDED(Place.LEGEND, Key.of(KeyType.F8), Key.ch('x'), Key.ctrl('b')),
    RESTORE(Place.LEGEND, Key.ch('u'), Key.ctrl('y')),
    TAKE_THEIRS(Place.ESSENTIAL, Key.ch('t')),
    KEEP_EDITING(Place.ESSENTIAL, Key.ch('e'), Key.of(KeyType.Escape)),
    OVERWRITE(Place.ESSENTIAL, Key.ch('o')),
    REGISTER(Place.LEGEND, Key.ch('1'), Key.ch('2'), Key.ch('3'), Key.ch('4'), Key.ch('5'), Key.ch('6'),
            Key.ch('7'), Key.ch('8'), Key.ch('9'), Key.ch('0')),
    // Inside a field being typed into (forms, prompts, the sign-in).
    CARET_LEFT(Place.HELP, Key.of(KeyType.ArrowLeft)),
    CARET_RIGHT(Place.HELP, Key.of(KeyType.ArrowRight)),
    LINE_START(Place.HELP, Key.of(KeyType.Home)),
    LINE_END(Place.HELP, Key.of(KeyType.End)),
    ERASE_BACK(Place.HELP, Key.of(KeyType.Backspace)),
    ERASE_AHEAD(Place.HELP, Key.of(KeyType.Delete)),
    FIELD_UP(Place.HELP, Key.of(KeyType.ArrowUp)),
    FIELD_DOWN(Place.HELP, Key.of(KeyType.ArrowDown));

    /** The keys that edit the text of a field ({@link TextInput#edit}). */
    public static final List<Command> EDITING = List.of(CARET_LEFT, CARET_RIGHT, LINE_START, LINE_END, ERASE_BACK,
            ERASE_AHEAD);

    /** A typing view's commands: its own, then the keys that edit a field. */
    static List<Command> typing(Command... own) {
        List<Command> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(EDITING);
        return List.copyOf(all);
    }

    /**
     * Where a command is named: ESSENTIAL on the bottom line of every screen that has it (help,
     * quit, back, open, save, and a prompt's or question's answers), LEGEND there as room allows
     * (the help screen lists it anyway), HELP only on the help screen (moving about).
     */
    public enum Place { ESSENTIAL, LEGEND, HELP }

    private final Place place;
    private final List<Key> keys;

    Command(Place place, Key... keys) {
        this.place = place;
        this.keys = List.of(keys);
    }

    public Place place() {
        return place;
    }

    public List<Key> keys() {
        return keys;
    }

    /** The keys that work while the clerk types text (no plain characters). */
    public List<Key> keys(boolean typing) {
        if (!typing) {
            return keys;
        }
        List<Key> out = new java.util.ArrayList<>(keys.size());
        for (Key k : keys) {
            if (!k.printable()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The message key of the command's short name (legend) and help line. */
    public String nameKey() {
        return "cmd." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String helpKey() {
        return nameKey() + ".help";
    }

    /** The first of {@code offered} that {@code k} means, or null: a key not in the table does nothing. */
    public static Command of(KeyStroke k, List<Command> offered, boolean typing) {
        for (Command c : offered) {
            for (Key key : c.keys(typing)) {
                if (key.matches(k)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The keys as the legend writes them: a function key with its twin ({@code F2/^S}, {@code F3//}),
     * else the letter ({@code a}), else the one key there is ({@code Esc}).
     */
    public String legendKeys(boolean typing) {
        if (this == REGISTER) {
            return "1-0";
        }
        Key twin = twin(typing);
        Key first = keys(typing).get(0);
        if (first.functionKey()) {
            return twin == null ? first.label() : first.label() + "/" + twin.label();
        }
        return twin != null ? twin.label() : first.label();
    }

    /** The keys in the legend's short form, when the long one does not fit: the twin alone ({@code ?}, {@code ^S}). */
    public String shortKeys(boolean typing) {
        Key twin = twin(typing);
        return twin == null || this == REGISTER ? legendKeys(typing) : twin.label();
    }

    /** The first key that is neither a function key nor a special key: a letter or a Ctrl key. */
    private Key twin(boolean typing) {
        for (Key k : keys(typing)) {
            if (!k.functionKey() && k.type() == KeyType.Character) {
                return k;
            }
        }
        return null;
    }

    /** Every key, for the help screen. */
    public String allKeys(boolean typing) {
        if (this == REGISTER) {
            return "1-9 0";
        }
        return String.join(" ", keys(typing).stream().map(Key::label).toList());
    }
}
