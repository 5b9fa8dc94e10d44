package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.io.Width;
import taizhang.domain.Entry;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/**
 * Values the rules would refuse can still sit in a database (written by an older program, or by
 * hand): the screens show their control characters as visible escapes and never send them to the
 * terminal, in a table, a form and the tally alike.
 */
class HostileValuesTest {
    /** Set the window title, ring the bell, clear the screen, move the cursor home, turn text red. */
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u001b[H\u001b[31m";

    @TempDir
    Path dir;
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Driver open() throws Exception {
        db = Fixture.create(dir, 0);
        RegisterStore store = new RegisterStore(db);
        db.write(h -> {
            try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "test")) {
                persons.insert(Fixture.person(null, HOSTILE + "张三", "M", "1990-01-01", Fixture.EAST));
            }
            return null;
        });
        db.handle().execute("UPDATE area SET name = ? WHERE code = ?", HOSTILE + "东村", Fixture.EAST);
        return new Driver(db, Language.ZH, 100, 24);
    }

    private static void assertNothingActedOn(Driver d) {
        for (int r = 0; r < d.terminal.getTerminalSize().getRows(); r++) {
            for (int c = 0; c < d.terminal.getTerminalSize().getColumns(); c++) {
                TextCharacter ch = d.terminal.getCharacter(c, r);
                for (char x : ch.getCharacterString().toCharArray()) {
                    assertTrue(x >= 0x20 && !(x >= 0x7F && x < 0xA0), String.format("U+%04X at %d,%d:%n%s", (int) x,
                            c, r, d.text()));
                }
            }
        }
    }

    @Test
    void aTableAndAFormShowControlCharactersAsEscapes() throws Exception {
        Driver d = open();
        d.type("1").press(KeyType.End);
        assertTrue(d.row(6).contains(" \\x1b]0;pwn… "), "cut to the column, the cut marked: " + d.text());
        assertNothingActedOn(d);
        d.press(KeyType.Enter);
        assertTrue(d.app.top() instanceof FormView, d.text());
        assertTrue(d.text().contains("\\x1b[H\\x1b[31m张三 ]"), "the name field, its end in view: " + d.text());
        assertTrue(d.text().contains("] \\x1b]0;pwned\\x07\\x1b[2J"), "the village's name beside its code: " + d.text());
        assertNothingActedOn(d);
    }

    @Test
    void theTallyShowsAnAreaNameSafely() throws Exception {
        Driver d = open();
        d.type("t");
        assertTrue(d.text().contains("\\x1b]0;pwned"), d.text());
        assertNothingActedOn(d);
    }

    @Test
    void anEscapeTakesTheColumnsItIsDrawnIn() {
        assertEquals(4, Width.of(0x1b));
        assertEquals(6, Width.of(0x202e), "a right-to-left override is shown as \\u202e");
        assertEquals(2, Width.of("张".codePointAt(0)));
    }
}
