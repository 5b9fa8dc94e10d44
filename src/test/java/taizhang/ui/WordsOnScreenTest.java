package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.io.Width;
import taizhang.storage.Accounts;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/**
 * What the screens say, in either language: a form a viewer cannot change is one to view, the
 * help of a form lists the keys that edit a field (and those keys do it), a value cut to its
 * column shows it was cut.
 */
class WordsOnScreenTest {
    /** 16 characters, 32 columns: more than the persons table gives a name at 80 columns. */
    private static final String LONG_NAME = "欧阳长长长长长长长长长长长长长长";

    @TempDir
    Path dir;

    private Database admin;
    private final List<Database> open = new ArrayList<>();

    @BeforeEach
    void office() throws Exception {
        admin = Fixture.create(dir, 0);
        new Accounts(admin).add(new Account("kan", "看", Role.VIEWER, new Scope(List.of("990101")), null, false), null);
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
        admin.close();
    }

    private Database as(String login) {
        Database db = Database.open(dir.resolve("office.db"));
        open.add(db);
        return db.actAs(new Accounts(db).find(login));
    }

    @Test
    void aViewerOpeningARecordSeesItToViewAndCannotChangeIt() throws Exception {
        Driver zh = new Driver(as("kan"), Language.ZH, 80, 24);
        zh.type("1").press(KeyType.Enter);
        assertTrue(zh.row(0).contains("查看人口记录 #1"), zh.row(0));
        assertFalse(zh.row(0).contains("修改") || zh.row(0).contains("编辑"), zh.row(0));
        assertTrue(zh.text().contains("只能查看"), zh.text());
        zh.press(KeyType.Tab).type("王").press(KeyType.Backspace, 2);
        assertTrue(zh.text().contains("[张晓明"), "nothing typed reaches the field: " + zh.text());
        zh.press(KeyType.F1);
        assertFalse(zh.text().contains("Backspace"), "no editing keys offered to a viewer: " + zh.text());
        assertFalse(zh.text().contains("F2"), zh.text());

        Driver en = new Driver(as("kan"), Language.EN, 80, 24);
        en.type("1").press(KeyType.Enter);
        assertTrue(en.row(0).contains("View person #1"), en.row(0));
        assertFalse(en.row(0).contains("Edit"), en.row(0));

        Driver clerk = new Driver(admin, Language.ZH, 80, 24);
        clerk.type("1").press(KeyType.Enter);
        assertTrue(clerk.row(0).contains("修改人口记录 #1"), "one who may save edits: " + clerk.row(0));
    }

    @Test
    void aFormsHelpListsTheKeysThatEditAFieldInEitherLanguage() throws Exception {
        Driver zh = new Driver(admin, Language.ZH, 80, 40);
        zh.type("1").press(KeyType.Enter).press(KeyType.F1);
        String help = zh.text();
        for (String line : List.of("Left      光标左移一个字", "Right     光标右移一个字", "Home      光标到本项开头",
                "End       光标到本项末尾", "Backspace 删除光标前的一个字", "Del       删除光标处的一个字",
                "Down      在选择列表中选下一个", "Up        在选择列表中选上一个")) {
            assertTrue(help.contains(line), line + " in\n" + help);
        }
        Driver en = new Driver(admin, Language.EN, 80, 40);
        en.type("1").press(KeyType.Enter).press(KeyType.F1);
        for (String line : List.of("Home      move the caret to the start of the field",
                "Backspace delete the character before the caret", "Del       delete the character at the caret")) {
            assertTrue(en.text().contains(line), line + " in\n" + en.text());
        }
    }

    @Test
    void theKeysTheHelpListsEditTheField() throws Exception {
        Driver d = new Driver(admin, Language.ZH, 80, 24);
        d.type("1").press(KeyType.Enter).press(KeyType.Tab);          // the name: 张晓明, caret at its end
        FormView form = (FormView) d.app.top();
        d.press(KeyType.Home).type("司马").press(KeyType.End).press(KeyType.Backspace);
        assertEquals("司马张晓", form.state().current().text());
        d.press(KeyType.ArrowLeft, 2).press(KeyType.Delete).press(KeyType.ArrowRight).type("明");
        assertEquals("司马晓明", form.state().current().text());
    }

    @Test
    void theSignInsHelpIsTitledAndListsTheKeysThatWorkThere() throws Exception {
        Database db = Database.open(dir.resolve("office.db"));
        open.add(db);
        Driver d = new Driver(db, Language.ZH, 80, 24);
        d.type("ka").press(KeyType.Home).type("i").press(KeyType.End).press(KeyType.Backspace).type("kan");
        assertTrue(d.text().contains("ikkan"), "Home, End and Backspace edit the login: " + d.text());
        d.press(KeyType.F1);
        assertTrue(d.row(0).contains("按键说明：登录"), d.row(0));
        assertTrue(d.text().contains("Home      光标到本项开头"), d.text());
        assertFalse(d.text().contains("选择列表"), "no pick list to speak of at the sign-in: " + d.text());
    }

    @Test
    void aTitleTooLongForTheTitleLineIsCutMarkedAndKeptApartFromTheAccount() throws Exception {
        Driver d = new Driver(admin, Language.ZH, 80, 24);
        d.type("1/").press(KeyType.F1);
        String title = d.row(0);
        String login = d.app.office.account.login();
        assertTrue(title.matches(".*" + Width.CUT + " {2,3}" + java.util.regex.Pattern.quote(login) + "  office\\.db.*"),
                title);
        assertEquals(80, Width.of(title), title);
    }

    @Test
    void aRecordsHistoryShowsAChangedChoiceByItsLabel() throws Exception {
        Driver d = new Driver(admin, Language.ZH, 80, 24);
        d.type("1").press(KeyType.Enter).press(KeyType.Tab, 7).press(KeyType.ArrowDown).ctrl('s');
        d.press(KeyType.F7);
        assertTrue(d.text().contains("婚姻状况: 已婚 → 离婚"), d.text());
        assertFalse(d.text().contains("married"), d.text());
    }

    @Test
    void aValueCutToItsColumnEndsInAnEllipsis() throws Exception {
        RegisterStore store = new RegisterStore(admin);
        admin.write(h -> {
            try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "test")) {
                persons.insert(Fixture.person(Fixture.id("1970-01-01", 9, true), LONG_NAME, "M", "1970-01-01",
                        Fixture.EAST));
            }
            return null;
        });
        Driver d = new Driver(admin, Language.ZH, 80, 24);
        d.type("1");
        String row = d.text().lines().filter(l -> l.contains("欧阳")).findFirst().orElseThrow();
        String name = row.substring(row.indexOf("欧阳")).split(" ")[0];
        assertTrue(name.endsWith(Width.CUT), "cut and marked: " + row);
        assertTrue(LONG_NAME.startsWith(name.substring(0, name.length() - 1)), row);
        assertTrue(Width.of(row) <= 80, row);
        assertFalse(d.text().contains("欧阳长长长长长长长长长长长长长长"), "not whole: " + d.text());
    }
}
