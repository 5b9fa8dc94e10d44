package taizhang.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** One key a command answers to: a special key, a plain character, or Ctrl with a letter. */
public record Key(KeyType type, char ch, boolean ctrl) {

    public static Key of(KeyType type) {
        return new Key(type, '\0', false);
    }

    public static Key ch(char c) {
        return new Key(KeyType.Character, c, false);
    }

    public static Key ctrl(char c) {
        return new Key(KeyType.Character, c, true);
    }

    /** A plain character: while the clerk is typing text it is text, not a command. */
    public boolean printable() {
        return type == KeyType.Character && !ctrl;
    }

    public boolean functionKey() {
        return type.name().startsWith("F") && type.name().length() <= 3;
    }

    public boolean matches(KeyStroke k) {
        if (k.getKeyType() != type) {
            return false;
        }
        if (type != KeyType.Character) {
            return true;
        }
        return k.getCharacter() == ch && k.isCtrlDown() == ctrl && !k.isAltDown();
    }

    /** How the legend and the help write the key. */
    public String label() {
        if (type == KeyType.Character) {
            if (ctrl) {
                return "^" + Character.toUpperCase(ch);
            }
            return ch == ' ' ? "Space" : String.valueOf(ch);
        }
        return switch (type) {
            case Escape -> "Esc";
            case PageUp -> "PgUp";
            case PageDown -> "PgDn";
            case ArrowUp -> "Up";
            case ArrowDown -> "Down";
            case ArrowLeft -> "Left";
            case ArrowRight -> "Right";
            case ReverseTab -> "Shift-Tab";
            case Insert -> "Ins";
            case Delete -> "Del";
            default -> type.name();
        };
    }
}
