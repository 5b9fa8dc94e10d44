package taizhang.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * A character of the screens that remembers what Lanterna asks of it on every redraw. Lanterna
 * asks every cell whether it is double width several times a redraw and works it out anew each
 * time (Unicode block look-ups), and makes a new blank after every wide character: with twenty
 * clerks paging on one server, that was most of its time and of its garbage. The answers are
 * Lanterna's own, worked out once. Its modifiers are given out as Lanterna's own are, a copy each
 * time: Lanterna's screen keeps the terminal's current look in the set of the first cell it
 * redraws, and a cell that gave out its own set came out in that look wherever it stood after.
 */
final class Cell extends TextCharacter {
    private final boolean doubleWidth;
    private Cell blank;

    Cell(char c, TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        super(c, foreground, background, modifiers);
        this.doubleWidth = super.isDoubleWidth();
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }

    /** The blank Lanterna puts after a wide character: the same cell each time, of the same look. */
    @Override
    public TextCharacter withCharacter(char c) {
        if (c == getCharacter()) {
            return this;
        }
        if (c != ' ') {
            return new Cell(c, getForegroundColor(), getBackgroundColor(), getModifiers());
        }
        if (blank == null) {
            blank = new Cell(' ', getForegroundColor(), getBackgroundColor(), getModifiers());
        }
        return blank;
    }
}
