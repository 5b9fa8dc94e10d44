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
    HELP(Key.of(KeyType.F1), Key.ch('?'), Key.ctrl('g')),
    SAVE(Key.of(KeyType.F2), Key.ctrl('s')),
    SEARCH(Key.of(KeyType.F3), Key.ch('/'), Key.ctrl('f')),
    FILTER(Key.of(KeyType.F4), Key.ch('f'), Key.ctrl('r')),
    SORT(Key.of(KeyType.F6), Key.ch('s'), Key.ctrl('t')),
    EXPORT(Key.of(KeyType.F5), Key.ctrl('e')),
    OPEN(Key.of(KeyType.Enter)),
    ADD(Key.of(KeyType.Insert), Key.ch('a'), Key.ctrl('n')),
    VOID(Key.of(KeyType.Delete), Key.ch('v'), Key.ctrl('k')),
    BACK(Key.of(KeyType.Escape)),
    QUIT(Key.of(KeyType.F10), Key.ch('q'), Key.ctrl('x'), Key.ctrl('c')),
    UP(Key.of(KeyType.ArrowUp), Key.ch('k'), Key.ctrl('p')),
    DOWN(Key.of(KeyType.ArrowDown), Key.ch('j')),
    PAGE_UP(Key.of(KeyType.PageUp), Key.ctrl('u')),
    PAGE_DOWN(Key.of(KeyType.PageDown), Key.ch(' '), Key.ctrl('d')),
    FIRST(Key.of(KeyType.Home), Key.ch('g')),
    LAST(Key.of(KeyType.End), Key.ch('G')),
    NEXT_FIELD(Key.of(KeyType.Tab), Key.of(KeyType.Enter)),
    PREVIOUS_FIELD(Key.of(KeyType.ReverseTab)),
    NEXT_CHOICE(Key.ctrl('n')),
    PREVIOUS_CHOICE(Key.ctrl('p')),
    YES(Key.ch('y'), Key.ch('Y')),
    NO(Key.ch('n'), Key.ch('N'), Key.of(KeyType.Escape)),
    ACCEPT(Key.of(KeyType.Enter)),
    CANCEL(Key.of(KeyType.Escape)),
    TALLY(Key.ch('t')),
    RECONCILE(Key.ch('r')),
    LEFT(Key.of(KeyType.ArrowLeft), Key.of(KeyType.ReverseTab), Key.ch('h')),
    RIGHT(Key.of(KeyType.ArrowRight), Key.of(KeyType.Tab), Key.ch('l')),
    PREVIOUS_PERIOD(Key.ch('['), Key.ch(',')),
    NEXT_PERIOD(Key.ch(']'), Key.ch('.')),
    CURRENT_PERIOD(Key.ch('t')),
    PERIOD_KIND(Key.ch('m')),
    LAST_YEAR(Key.ch('p')),
    CHANGES(Key.ch('c')),
    HISTORY(Key.of(KeyType.F7), Key.ch('h'), Key.ctrl('o')),
    VOIDED(Key.of(KeyType.F8), Key.ch('x'), Key.ctrl('b')),
    RESTORE(Key.ch('u'), Key.ctrl('y')),
    TAKE_THEIRS(Key.ch('t')),
    KEEP_EDITING(Key.ch('e'), Key.of(KeyType.Escape)),
    OVERWRITE(Key.ch('o')),
    REGISTER(Key.ch('1'), Key.ch('2'), Key.ch('3'), Key.ch('4'), Key.ch('5'), Key.ch('6'), Key.ch('7'),
            Key.ch('8'), Key.ch('9'), Key.ch('0'));

    private final List<Key> keys;

    Command(Key... keys) {
        this.keys = List.of(keys);
    }

    public List<Key> keys() {
        return keys;
    }

    /** The keys that work while the clerk types text (no plain characters). */
    public List<Key> keys(boolean typing) {
        return typing ? keys.stream().filter(k -> !k.printable()).toList() : keys;
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
        List<Key> usable = keys(typing);
        Key twin = usable.stream().filter(k -> !k.functionKey() && k.type() == KeyType.Character).findFirst()
                .orElse(null);
        Key first = usable.get(0);
        if (first.functionKey()) {
            return twin == null ? first.label() : first.label() + "/" + twin.label();
        }
        return twin != null ? twin.label() : first.label();
    }

    /** Every key, for the help screen. */
    public String allKeys(boolean typing) {
        return String.join(" ", keys(typing).stream().map(Key::label).toList());
    }
}
