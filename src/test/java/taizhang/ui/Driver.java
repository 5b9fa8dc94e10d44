package taizhang.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import taizhang.domain.Language;
import taizhang.io.Width;
import taizhang.storage.Database;

/**
 * Drives the screens on Lanterna's virtual terminal: keys go into its input, the screen is read back.
 * What is read back is a whole frame: while the screens run on a thread of their own, Lanterna writes
 * a frame cell by cell and puts the caret back last, all inside the screen's lock, which reading takes too.
 */
final class Driver {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final App app;

    Driver(Database db, Language language, int columns, int rows) throws IOException {
        this(db, language, new DefaultVirtualTerminal(new TerminalSize(columns, rows)));
    }

    Driver(Database db, Language language, DefaultVirtualTerminal terminal) throws IOException {
        this.terminal = terminal;
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        app = App.open(screen, db, Fixture.TODAY, Messages.of(language), null);
        app.draw();
    }

    /** Types text as a terminal delivers it: a character outside the BMP as two key strokes. */
    Driver type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        app.pump();
        return this;
    }

    Driver press(KeyType type) throws IOException {
        terminal.addInput(new KeyStroke(type));
        app.pump();
        return this;
    }

    Driver press(KeyType type, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            terminal.addInput(new KeyStroke(type));
        }
        app.pump();
        return this;
    }

    Driver ctrl(char c) throws IOException {
        terminal.addInput(new KeyStroke(c, true, false));
        app.pump();
        return this;
    }

    Driver resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        app.draw();
        return this;
    }

    /** One line of the terminal as text, the second half of each wide character skipped. */
    String row(int r) {
        synchronized (screen) {
            return line(r);
        }
    }

    private String line(int r) {
        StringBuilder b = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int c = 0; c < columns; c++) {
            TextCharacter ch = terminal.getCharacter(c, r);
            b.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                c++;
            }
        }
        return b.toString();
    }

    String text() {
        synchronized (screen) {
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
                b.append(line(r)).append('\n');
            }
            return b.toString();
        }
    }

    /** Where the terminal's caret stands once the last frame is written. */
    TerminalPosition caret() {
        synchronized (screen) {
            return terminal.getCursorPosition();
        }
    }

    /** The character at a place on the terminal, with its look, as the last frame left it. */
    TextCharacter at(int column, int row) {
        synchronized (screen) {
            return terminal.getCharacter(column, row);
        }
    }

    String legend() {
        return row(terminal.getTerminalSize().getRows() - 1);
    }

    /** The column where {@code s} starts on row r, counted in terminal columns, or -1. */
    int columnOf(int r, String s) {
        String line = row(r);
        int at = line.indexOf(s);
        return at < 0 ? -1 : Width.of(line.substring(0, at));
    }
}
