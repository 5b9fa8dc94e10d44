package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CellTest {
    private static final TextColor RED = TextColor.ANSI.RED;
    private static final TextColor PLAIN = TextColor.ANSI.DEFAULT;
    private final com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal terminal =
            new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new com.googlecode.lanterna.TerminalSize(20, 3));

    /** The screens' Lanterna screen on a small virtual terminal. */
    private com.googlecode.lanterna.screen.TerminalScreen startedScreen() throws java.io.IOException {
        com.googlecode.lanterna.screen.TerminalScreen screen = new com.googlecode.lanterna.screen.TerminalScreen(terminal);
        screen.startScreen();
        return screen;
    }

    @Test
    void aCellIsAsWideAsLanternaSaysAndKeepsItsLook() {
        for (char c : "a 中ｱア한，☺".toCharArray()) {
            Cell cell = new Cell(c, RED, PLAIN, EnumSet.of(SGR.BOLD));
            TextCharacter lanterna = new TextCharacter(c, RED, PLAIN, EnumSet.of(SGR.BOLD));
            assertEquals(lanterna.isDoubleWidth(), cell.isDoubleWidth(), "width of " + c);
            assertEquals(c, cell.getCharacter());
            assertEquals(RED, cell.getForegroundColor());
            assertTrue(cell.isBold());
        }
        assertTrue(new Cell('中', RED, PLAIN, EnumSet.noneOf(SGR.class)).isDoubleWidth());
        assertFalse(new Cell('a', RED, PLAIN, EnumSet.noneOf(SGR.class)).isDoubleWidth());
    }

    @Test
    void theBlankAfterAWideCellIsANarrowCellOfTheSameLook() {
        Cell wide = new Cell('中', RED, PLAIN, EnumSet.of(SGR.UNDERLINE));
        TextCharacter blank = wide.withCharacter(' ');
        assertInstanceOf(Cell.class, blank);
        assertFalse(blank.isDoubleWidth());
        assertEquals(RED, blank.getForegroundColor());
        assertTrue(blank.isUnderlined());
        assertSame(wide, wide.withCharacter('中'));
        assertSame(blank, wide.withCharacter(' '), "one blank, not a new one each redraw");
        assertEquals('x', wide.withCharacter('x').getCharacter());
    }

    @Test
    void itsModifiersAreItsLookAndChangingTheCopyGivenOutLeavesItsLookAsItWas() {
        Cell bold = new Cell('a', RED, PLAIN, EnumSet.of(SGR.BOLD, SGR.UNDERLINE));
        assertEquals(new TextCharacter('a', RED, PLAIN, EnumSet.of(SGR.BOLD, SGR.UNDERLINE)).getModifiers(),
                bold.getModifiers());
        bold.getModifiers().add(SGR.REVERSE);   // Lanterna's screen does so with the first cell it redraws
        bold.getModifiers().remove(SGR.BOLD);
        assertEquals(EnumSet.of(SGR.BOLD, SGR.UNDERLINE), bold.getModifiers());
    }

    /**
     * A cell drawn plain after a reversed one is plain on the terminal, though it is the cell
     * Lanterna began the redraw with: Lanterna keeps the terminal's current look in that cell's
     * copy of its modifiers (it used to be the cell's own set, so later plain cells came out reversed).
     */
    @Test
    void aPlainCellAfterAReversedOneIsPlainOnTheTerminal() throws Exception {
        com.googlecode.lanterna.screen.TerminalScreen screen = startedScreen();
        Canvas canvas = new Canvas(screen);
        canvas.blank(screen.getTerminalSize());
        screen.refresh();
        for (int frame = 0; frame < 2; frame++) {
            canvas.blank(screen.getTerminalSize());
            canvas.text(frame, 0, "a", Canvas.Style.NORMAL);
            canvas.text(5, 0, "X", Canvas.Style.REVERSE);
            canvas.text(10 + frame, 0, "a", Canvas.Style.NORMAL);
            screen.refresh();
            assertTrue(terminal.getCharacter(5, 0).getModifiers().contains(SGR.REVERSE));
            assertEquals(EnumSet.noneOf(SGR.class), terminal.getCharacter(10 + frame, 0).getModifiers(), "frame " + frame);
            assertEquals(EnumSet.noneOf(SGR.class), terminal.getCharacter(frame, 0).getModifiers(), "frame " + frame);
        }
        screen.stopScreen();
    }

    @Test
    void theScreensDrawCellsThatKnowTheirWidth() throws Exception {
        com.googlecode.lanterna.screen.TerminalScreen screen = startedScreen();
        Canvas canvas = new Canvas(screen);
        canvas.text(0, 0, "王a", Canvas.Style.NORMAL);
        assertInstanceOf(Cell.class, screen.getBackCharacter(0, 0));
        assertTrue(screen.getBackCharacter(0, 0).isDoubleWidth());
        assertEquals('a', screen.getBackCharacter(2, 0).getCharacter());
        screen.refresh();
        assertEquals('a', terminal.getCharacter(2, 0).getCharacter());
        screen.stopScreen();
    }
}
