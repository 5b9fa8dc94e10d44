package taizhang.ui;

import taizhang.io.Width;

/**
 * A line of text being typed, with the caret counted in code points, so that moving and
 * deleting never split 𠮷 into halves. Immutable: each edit returns a new input.
 */
public record TextInput(String text, int caret) {

    public static final TextInput EMPTY = new TextInput("", 0);

    /** A line holding {@code text} with the caret at its end. */
    public static TextInput of(String text) {
        return new TextInput(text, text.codePointCount(0, text.length()));
    }

    public int length() {
        return text.codePointCount(0, text.length());
    }

    private int offset(int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    /** Types one character; a lone surrogate half is refused here, so none can reach the database. */
    public TextInput insert(int codePoint) {
        if (Character.getType(codePoint) == Character.SURROGATE || Character.isISOControl(codePoint)) {
            return this;
        }
        int at = offset(caret);
        return new TextInput(text.substring(0, at) + new String(Character.toChars(codePoint)) + text.substring(at),
                caret + 1);
    }

    public TextInput backspace() {
        if (caret == 0) {
            return this;
        }
        return new TextInput(text.substring(0, offset(caret - 1)) + text.substring(offset(caret)), caret - 1);
    }

    public TextInput delete() {
        if (caret >= length()) {
            return this;
        }
        return new TextInput(text.substring(0, offset(caret)) + text.substring(offset(caret + 1)), caret);
    }

    public TextInput left() {
        return caret == 0 ? this : new TextInput(text, caret - 1);
    }

    public TextInput right() {
        return caret >= length() ? this : new TextInput(text, caret + 1);
    }

    public TextInput home() {
        return new TextInput(text, 0);
    }

    public TextInput end() {
        return new TextInput(text, length());
    }

    /** The line after one of {@link Command#EDITING}; unchanged by any other command. */
    public TextInput edit(Command c) {
        return switch (c) {
            case CARET_LEFT -> left();
            case CARET_RIGHT -> right();
            case LINE_START -> home();
            case LINE_END -> end();
            case ERASE_BACK -> backspace();
            case ERASE_AHEAD -> delete();
            default -> this;
        };
    }

    /** Terminal columns before the caret, where the cursor is drawn. */
    public int caretColumns() {
        return Width.of(text.substring(0, offset(caret)));
    }
}
