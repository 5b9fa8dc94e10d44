package taizhang.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * A character of the screens that knows whether it takes two columns. Lanterna asks every cell
 * of the screen that on every redraw, several times, and works it out anew each time (Unicode
 * block look-ups); with twenty clerks paging on one server that was most of its time. The
 * answer is Lanterna's own, worked out once.
 */
final class Cell extends TextCharacter {
    private final boolean doubleWidth;

    Cell(char c, TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        super(c, foreground, background, modifiers);
        this.doubleWidth = super.isDoubleWidth();
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }

    /** The blank Lanterna puts after a wide character stays a cell that knows its width. */
    @Override
    public TextCharacter withCharacter(char c) {
        return c == getCharacter() ? this : new Cell(c, getForegroundColor(), getBackgroundColor(), getModifiers());
    }
}
