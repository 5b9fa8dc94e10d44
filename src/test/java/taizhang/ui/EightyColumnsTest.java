package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import taizhang.domain.Language;
import taizhang.storage.Database;
import taizhang.tally.Closing;
import taizhang.tally.Tally;
import taizhang.testing.Cli;

/**
 * Every screen at 80x24, in both languages, on the demo county: the bottom line holds the
 * essential keys of the screen in view (help, quit, back, open, save, a prompt's answers) and
 * fits, and no label or message on the screen is cut inside a word.
 */
class EightyColumnsTest {
    @TempDir
    Path dir;
    Database db;
    private final List<String> visited = new ArrayList<>();

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Driver open(Language language) throws Exception {
        Path file = dir.resolve("demo.db");
        Cli.Result made = new Cli(file).today(Fixture.TODAY.toString()).run("init", "--demo", "--persons", "400");
        assertEquals(0, made.code(), made.err());
        db = taizhang.testing.Admin.signIn(Database.open(file));
        // A closed month, so that the tally's frozen and current figures are walked too.
        new Closing(new Tally(db)).close(YearMonth.of(2026, 10), Fixture.TODAY, Clock.systemUTC());
        return new Driver(db, language, 80, 24);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyScreenFitsAndNamesItsEssentialKeys(Language language) throws Exception {
        Driver d = open(language);
        check(d, "home");
        d.type("?");
        check(d, "home's help");
        d.press(KeyType.Escape).type("r");
        check(d, "reconciliation: which list");
        d.press(KeyType.Escape);
        for (char digit : "1234567890".toCharArray()) {
            walkRegister(d, digit);
        }
        walkTally(d);
        walkVoided(d);
        walkSignIn(language);
        assertTrue(visited.size() > 150, "screens visited: " + visited.size());
    }

    /** A record voided, the voided records listed, one about to be restored. */
    private void walkVoided(Driver d) throws Exception {
        d.type("1").type("v").type("录入重复").press(KeyType.Enter);
        check(d, "voided, said on the status line");
        d.type("x");
        check(d, "the voided records");
        d.type("u");
        check(d, "restore: the reason");
        d.press(KeyType.Escape).type("x").press(KeyType.Escape);
    }

    /** The sign-in, for an OS user without an account, and a wrong password. */
    private void walkSignIn(Language language) throws Exception {
        Driver d = new Driver(Database.open(dir.resolve("demo.db")), language, 80, 24);
        check(d, "sign-in");
        d.type("nobody").press(KeyType.Tab).type("wrong password").press(KeyType.Enter);
        check(d, "sign-in refused");
    }

    /** A register: its table, help, prompts, a new record's form field by field, an existing one's, a question. */
    private void walkRegister(Driver d, char digit) throws Exception {
        d.type(String.valueOf(digit));
        String table = "table " + digit;
        check(d, table);
        d.type("?");
        check(d, table + " help");
        d.press(KeyType.PageDown);
        check(d, table + " help, scrolled");
        d.press(KeyType.Escape).type("/");
        check(d, table + " search");
        d.press(KeyType.Escape).type("f");
        check(d, table + " filter");
        d.press(KeyType.Escape).ctrl('e');
        check(d, table + " export");
        d.press(KeyType.Escape).type("s");
        check(d, table + " sorted");
        if (((TableView) d.app.top()).state().current() != null) {
            d.type("h");
            check(d, table + " history of a record");
            d.press(KeyType.Escape);
        }
        d.type("a");
        walkForm(d, table + " new record");
        d.press(KeyType.F1);
        check(d, table + " form help");
        d.press(KeyType.Escape).ctrl('s');
        check(d, table + " form saved empty (errors)");
        d.press(KeyType.Escape);
        check(d, table + " dropping changes?");
        d.type("y");
        if (((TableView) d.app.top()).state().current() != null) {
            d.press(KeyType.Enter);
            walkForm(d, table + " record");
            d.press(KeyType.F7);
            check(d, table + " record's history");
            if (!(d.app.top() instanceof FormView)) {
                d.press(KeyType.Escape);
            }
            d.press(KeyType.Escape);
            if (d.app.top() instanceof Confirm) {
                d.type("y");
            }
            d.type("v");
            check(d, table + " void reason");
            d.press(KeyType.Escape);
        }
        d.press(KeyType.Escape);
        assertTrue(d.app.top() instanceof HomeView, d.text());
    }

    /** Every field of the form in view, each with its pick list open. */
    private void walkForm(Driver d, String where) throws Exception {
        FormView form = (FormView) d.app.top();
        int fields = form.state().fields().size();
        for (int i = 0; i < fields; i++) {
            check(d, where + " field " + i);
            d.press(KeyType.Tab);
        }
    }

    private void walkTally(Driver d) throws Exception {
        d.type("t");
        check(d, "tally");
        d.type("?");
        check(d, "tally help");
        d.press(KeyType.End);
        check(d, "tally help, end");
        d.press(KeyType.Escape);
        for (int i = 0; i < 40; i++) {
            d.press(KeyType.ArrowRight);
            check(d, "tally column " + (i + 1));
        }
        d.press(KeyType.Home).press(KeyType.Enter);
        check(d, "tally drill-down");
        d.press(KeyType.Escape).type("p");
        for (int i = 0; i < 10; i++) {
            d.press(KeyType.ArrowLeft);
            check(d, "tally with last year, column " + i);
        }
        d.type("p");
        for (int i = 0; i < 5; i++) {
            d.type("m");
            check(d, "tally period kind " + i);
        }
        d.type("s");
        check(d, "tally sorted");
        d.type("s");
        check(d, "tally sorted down");
        d.type("t").type("[");
        check(d, "tally closed month");
        d.type("c");
        check(d, "tally closed month, current figures");
        d.press(KeyType.Home).press(KeyType.Enter);
        check(d, "tally entered since closing");
        d.press(KeyType.Escape).ctrl('e');
        check(d, "tally export");
        d.press(KeyType.Escape).press(KeyType.Escape);
    }

    /** The frame on view: its legend holds the essential keys of the view and fits; nothing is cut inside a word. */
    private void check(Driver d, String where) {
        visited.add(where);
        View top = d.app.top();
        Legend legend = d.app.legend();
        for (Command c : top.commands()) {
            if (c.place() == Command.Place.ESSENTIAL) {
                assertTrue(legend.has(c), where + ": the legend lacks " + c + ": " + d.legend());
            }
        }
        assertTrue(legend.width() <= 80, where + ": the legend is too long: " + d.legend());
        for (Legend.Item item : legend.items()) {
            assertTrue(d.legend().contains(item.keys() + item.name()), where + ": " + item + " not on the bottom line: "
                    + d.legend());
        }
        assertEquals(List.of(), d.app.cutWords(), where + ": cut inside a word on\n" + d.text());
    }
}
