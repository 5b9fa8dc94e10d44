package taizhang.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import taizhang.domain.Text;

/**
 * Where a view draws: text placed by terminal columns on Lanterna's back buffer. Only
 * ASCII frames are drawn (box-drawing characters are ambiguous width in East Asian terminals).
 */
public final class Canvas {

    /** The few looks the screens use. */
    public enum Style {
        NORMAL(TextColor.ANSI.DEFAULT),
        BOLD(TextColor.ANSI.DEFAULT, SGR.BOLD),
        REVERSE(TextColor.ANSI.DEFAULT, SGR.REVERSE),
        ERROR(TextColor.ANSI.RED, SGR.BOLD),
        WARNING(TextColor.ANSI.YELLOW, SGR.BOLD),
        DIM(TextColor.ANSI.BLUE),
        MARK(TextColor.ANSI.MAGENTA, SGR.BOLD),
        INPUT(TextColor.ANSI.DEFAULT, SGR.UNDERLINE);

        final TextColor foreground;
        final EnumSet<SGR> modifiers;

        Style(TextColor foreground, SGR... modifiers) {
            this.foreground = foreground;
            this.modifiers = modifiers.length == 0 ? EnumSet.noneOf(SGR.class) : EnumSet.of(modifiers[0], modifiers);
        }
    }

    private final Screen screen;
    private final Map<Long, TextCharacter> cells = new HashMap<>();
    private TerminalSize size;
    private TerminalPosition cursor;

    public Canvas(Screen screen) {
        this.screen = screen;
        this.size = screen.getTerminalSize();
    }

    public int columns() {
        return size.getColumns();
    }

    public int rows() {
        return size.getRows();
    }

    /** The status line, just above the key legend: messages, and the questions and prompts asked there. */
    public int statusRow() {
        return rows() - 2;
    }

    /** Blanks the back buffer without forcing a full repaint of the terminal. */
    void blank(TerminalSize now) {
        size = now;
        cursor = null;
        TextCharacter space = cell(' ', Style.NORMAL);
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                screen.setCharacter(c, r, space);
            }
        }
    }

    /** Draws {@code text} at (col, row), cut or padded to {@code width} columns; returns the column after it. */
    public int text(int col, int row, String text, int width, Style style) {
        if (row < 0 || row >= rows() || col >= columns()) {
            return col + Math.max(width, 0);
        }
        int limit = Math.min(col + width, columns());
        int c = col;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int w = Width.of(cp);
            if (c + w > limit) {
                break;
            }
            String escape = Text.escape(cp);
            if (escape == null) {
                screen.setCharacter(c, row, cell(cp, style));
            } else {
                // Whatever a value holds, the terminal is never sent a control character (Text.visible).
                for (int k = 0; k < escape.length(); k++) {
                    screen.setCharacter(c + k, row, cell(escape.charAt(k), style));
                }
            }
            c += w;
        }
        TextCharacter space = cell(' ', style);
        while (c < limit) {
            screen.setCharacter(c++, row, space);
        }
        return col + width;
    }

    /** Draws {@code text} at (col, row) in its own width; returns the column after it. */
    public int text(int col, int row, String text, Style style) {
        return text(col, row, text, Width.of(text), style);
    }

    /** Where the terminal cursor stands after drawing (an input's caret); null hides it. */
    public void cursor(int col, int row) {
        cursor = new TerminalPosition(Math.min(col, columns() - 1), row);
    }

    TerminalPosition cursor() {
        return cursor;
    }

    private TextCharacter cell(int cp, Style style) {
        long k = ((long) cp << 4) | style.ordinal();
        TextCharacter c = cells.get(k);
        if (c == null) {
            c = Character.isBmpCodePoint(cp) ? new Cell((char) cp, style.foreground, TextColor.ANSI.DEFAULT, style.modifiers)
                    : TextCharacter.fromString(new String(Character.toChars(cp)), style.foreground,
                    TextColor.ANSI.DEFAULT, style.modifiers)[0];
            cells.put(k, c);
        }
        return c;
    }
}
