package taizhang.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A key as the screens see it: a whole typed code point (𠮷 arrives from the terminal as two
 * key strokes, one per UTF-16 half, and is joined here), or another key.
 */
record Input(KeyStroke stroke, int codePoint) {

    boolean typed() {
        return codePoint > 0;
    }

    KeyType type() {
        return stroke.getKeyType();
    }

    /** Joins surrogate halves; a half without its partner is dropped, never passed on. */
    static final class Joiner {
        private char high;

        /** The input for this stroke, or null while waiting for the second half. */
        Input next(KeyStroke k) {
            if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) {
                high = 0;
                return new Input(k, 0);
            }
            char c = k.getCharacter();
            if (Character.isHighSurrogate(c)) {
                high = c;
                return null;
            }
            if (Character.isLowSurrogate(c)) {
                char h = high;
                high = 0;
                return h == 0 ? null : new Input(k, Character.toCodePoint(h, c));
            }
            high = 0;
            return new Input(k, c);
        }
    }
}
