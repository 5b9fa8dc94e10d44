package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import taizhang.domain.Account;
import taizhang.domain.Language;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Accounts;
import taizhang.storage.Database;

/** The registers besides persons and births, as a clerk uses their lists and forms by keys alone. */
class RegisterFormsTest {
    @TempDir
    Path dir;
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Driver open(Language language) throws Exception {
        db = Fixture.create(dir, 0);
        return new Driver(db, language, 80, 24);
    }

    @Test
    void pinyinInitialsFindAVillageInTheAreas() throws Exception {
        Driver d = open(Language.ZH);
        d.type("9").type("/").type("dc").press(KeyType.Enter);
        String screen = d.text();
        assertTrue(screen.contains("东村"), screen);
        assertFalse(screen.contains("西村"), screen);
    }

    @Test
    void pinyinInitialsFindAScheme() throws Exception {
        Driver d = open(Language.ZH);
        d.type("0").type("/").type("yebt").press(KeyType.Enter);
        assertTrue(d.text().contains("育儿补贴"), d.text());
    }

    @Test
    void aVillageNameOrItsInitialsFindItsPopulationFigures() throws Exception {
        Driver d = open(Language.ZH);
        d.type("8").type("a").type(Fixture.EAST).press(KeyType.Tab).type("2026-01-01").press(KeyType.Tab)
                .type("1234").ctrl('s');
        d.type("a").type(Fixture.WEST).press(KeyType.Tab).type("2026-01-01").press(KeyType.Tab)
                .type("5678").ctrl('s');
        d.type("/").type("xc").press(KeyType.Enter);
        assertTrue(d.text().contains("5678"), d.text());
        assertFalse(d.text().contains("1234"), d.text());
        d.type("/").ctrl('u').type("东村").press(KeyType.Enter);
        assertTrue(d.text().contains("1234"), d.text());
        assertFalse(d.text().contains("5678"), d.text());
    }

    /** A pick field with a problem found on saving shows the problem beside it, its list below. */
    @Test
    void aSexThatDisagreesWithTheIdNumberIsToldBesideTheField() throws Exception {
        Driver d = open(Language.EN);
        d.type("5").type("a").type(Fixture.id("1990-03-04", 1, true)).press(KeyType.Tab) // fills name, sex, birth date
                .press(KeyType.Tab).press(KeyType.Backspace).type("F").press(KeyType.Tab)
                .press(KeyType.Tab).type("in").press(KeyType.Tab).type("2026-11-01").ctrl('s');
        assertTrue(d.app.top() instanceof FormView, d.text());
        String sexRow = d.row(5);
        assertTrue(sexRow.contains("sex") && sexRow.contains("disagrees with ID number"), d.text());
    }

    /** A write outside scope is refused like an invalid value (section 9): told as the village is left. */
    @Test
    void aVillageOutsideTheClerksScopeIsToldAsTheFieldIsLeft() throws Exception {
        db = Fixture.create(dir, 0);
        Account li = new Account("li", "李", Role.CLERK, new Scope(List.of(Fixture.EAST)), null, false);
        new Accounts(db).add(li, null);
        try (Database clerk = Database.open(dir.resolve("office.db"))) {
            clerk.actAs(new Accounts(clerk).find("li"));
            Driver d = new Driver(clerk, Language.EN, 80, 24);
            d.type("3").type("a").press(KeyType.Tab).type("王五").press(KeyType.Tab).type("M").press(KeyType.Tab)
                    .type("2026-11-01").press(KeyType.Tab).type(Fixture.WEST).press(KeyType.Tab);
            String areaRow = d.row(7);
            assertTrue(areaRow.contains("area code") && areaRow.contains("is outside the scope of li"), d.text());
            d.press(KeyType.ReverseTab).press(KeyType.Backspace, 12).type(Fixture.EAST)
                    .press(KeyType.Tab);
            assertFalse(d.row(7).contains("outside"), d.text());
        }
    }

    /** Esc asks before dropping changes only when there are some: typing undone leaves none. */
    @Test
    void aChangeTypedAndUndoneIsNothingToDrop() throws Exception {
        Driver d = open(Language.EN);
        d.type("9").press(KeyType.ArrowDown, 2).press(KeyType.Enter).press(KeyType.Tab).type("x")
                .press(KeyType.Backspace).press(KeyType.Escape);
        assertTrue(d.app.top() instanceof TableView, "nothing was changed: " + d.text());
        d.press(KeyType.Enter).press(KeyType.Tab).type("x").press(KeyType.Escape);
        assertTrue(d.app.top() instanceof Confirm, "a change is asked about: " + d.text());
    }

    /** A viewer may not save: what they type in a record's form is nothing to ask about. */
    @Test
    void aViewerLeavesAFormAtOnce() throws Exception {
        db = Fixture.create(dir, 0);
        new Accounts(db).add(new Account("kan", "看", Role.VIEWER, new Scope(List.of(Fixture.EAST)), null, false), null);
        try (Database viewer = Database.open(dir.resolve("office.db"))) {
            viewer.actAs(new Accounts(viewer).find("kan"));
            Driver d = new Driver(viewer, Language.EN, 80, 24);
            d.type("1").press(KeyType.Enter).press(KeyType.Tab).type("x").press(KeyType.Escape);
            assertTrue(d.app.top() instanceof TableView, d.text());
        }
    }
}
