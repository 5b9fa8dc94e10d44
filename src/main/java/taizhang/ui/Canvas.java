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
import taizhang.io.Width;

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
    private static final int ASCII = 128;
    private final TextCharacter[][] ascii = new TextCharacter[Style.values().length][ASCII];
    private final Map<Long, TextCharacter> cells = new HashMap<>();
    private TerminalSize size;
    private TerminalPosition cursor;
    /** Labels and messages of this frame that did not fit and were cut inside a word (tests read it). */
    private final java.util.List<String> cutWords = new java.util.ArrayList<>();

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
        cutWords.clear();
        TextCharacter space = cell(' ', Style.NORMAL);
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                screen.setCharacter(c, r, space);
            }
        }
    }

    /**
     * Draws a label or a message at (col, row), padded to {@code width} columns. It should fit:
     * one that is cut inside a word is noted ({@link #cutWords}), so that a test finds it.
     */
    public int text(int col, int row, String text, int width, Style style) {
        int shown = draw(col, row, text, width, style);
        if (shown < text.length() && shown > 0 && !Width.cutBetweenWords(text, shown)) {
            cutWords.add(text);
        }
        return col + width;
    }

    /**
     * Draws a value (a name, a figure) at (col, row), cut or padded to {@code width} columns: a
     * value longer than its column ends in {@link Width#CUT} at the column's edge.
     */
    public int clip(int col, int row, String text, int width, Style style) {
        draw(col, row, text, width, style);
        return col + width;
    }

    /**
     * Draws what is being typed into an input of {@code width} columns: clipped at its edge with
     * no mark, since the mark would cover the character under the caret (the input scrolls instead).
     */
    public int typed(int col, int row, String text, int width, Style style) {
        draw(col, row, text, width, style, false);
        return col + width;
    }

    /** Draws what fits, a cut marked, and pads the rest; returns how many chars of {@code text} were drawn. */
    private int draw(int col, int row, String text, int width, Style style) {
        return draw(col, row, text, width, style, true);
    }

    private int draw(int col, int row, String text, int width, Style style, boolean markCut) {
        if (row < 0 || row >= rows() || col >= columns()) {
            return text.length();
        }
        int limit = Math.min(col + width, columns());
        boolean cut = markCut && limit > col && Width.of(text.stripTrailing()) > limit - col;
        if (cut) {
            limit--; // the last column is the mark's
        }
        int c = col;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
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
            i += Character.charCount(cp);
        }
        if (cut) {
            screen.setCharacter(c++, row, cell(Width.CUT.charAt(0), style)); // right after the text, as Width.cut puts it
            limit++;
        }
        TextCharacter space = cell(' ', style);
        while (c < limit) {
            screen.setCharacter(c++, row, space);
        }
        return i;
    }

    /** The labels and messages of the frame drawn last that were cut inside a word. */
    java.util.List<String> cutWords() {
        return java.util.List.copyOf(cutWords);
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
        if (cp < ASCII) {
            // Most of a screen: looked up without a boxed key (garbage each cell, each redraw).
            TextCharacter c = ascii[style.ordinal()][cp];
            if (c == null) {
                c = new Cell((char) cp, style.foreground, TextColor.ANSI.DEFAULT, style.modifiers);
                ascii[style.ordinal()][cp] = c;
            }
            return c;
        }
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
