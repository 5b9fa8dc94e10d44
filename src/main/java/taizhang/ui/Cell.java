package taizhang.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * A character of the screens that remembers what Lanterna asks of it on every redraw. Lanterna
 * asks every cell whether it is double width several times a redraw and works it out anew each
 * time (Unicode block look-ups), copies its modifiers for each look it compares, and makes a new
 * blank after every wide character: with twenty clerks paging on one server, that was most of
 * its time and of its garbage. The answers are Lanterna's own, worked out once.
 */
final class Cell extends TextCharacter {
    private final boolean doubleWidth;
    private final EnumSet<SGR> modifiers;
    private Cell blank;

    Cell(char c, TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        super(c, foreground, background, modifiers);
        this.doubleWidth = super.isDoubleWidth();
        this.modifiers = super.getModifiers();
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }

    /**
     * The modifiers, one copy for every caller instead of a copy a call: Lanterna's screen only
     * reads them (contains, iterates), and nothing here changes them.
     */
    @Override
    public EnumSet<SGR> getModifiers() {
        return modifiers;
    }

    /** The blank Lanterna puts after a wide character: the same cell each time, of the same look. */
    @Override
    public TextCharacter withCharacter(char c) {
        if (c == getCharacter()) {
            return this;
        }
        if (c != ' ') {
            return new Cell(c, getForegroundColor(), getBackgroundColor(), modifiers);
        }
        if (blank == null) {
            blank = new Cell(' ', getForegroundColor(), getBackgroundColor(), modifiers);
        }
        return blank;
    }
}
