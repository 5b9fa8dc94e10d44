package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.io.Width;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/**
 * What the screens say, in either language: the help of a form lists the keys that edit a field
 * (and those keys do it), a history shows choices by their labels, a value or title cut to its
 * room shows it was cut.
 */
class WordsOnScreenTest {
    /** 16 characters, 32 columns: more than the persons table gives a name at 80 columns. */
    private static final String LONG_NAME = "欧阳长长长长长长长长长长长长长长";

    @TempDir
    Path dir;
    @AutoClose
    Connections office;

    /** The office, made at first use: its admin's connection. */
    private Database admin() throws java.sql.SQLException {
        if (office == null) {
            office = Connections.office(dir);
        }
        return office.admin();
    }


    @Test
    void aFormsHelpListsTheKeysThatEditAFieldInEitherLanguage() throws Exception {
        Driver zh = new Driver(admin(), Language.ZH, 80, 40);
        zh.type("1").press(KeyType.Enter).press(KeyType.F1);
        String help = zh.text();
        for (String line : List.of("Left      光标左移一个字", "Right     光标右移一个字", "Home      光标到本项开头",
                "End       光标到本项末尾", "Backspace 删除光标前的一个字", "Del       删除光标处的一个字",
                "Down      在选择列表中选下一个", "Up        在选择列表中选上一个")) {
            assertTrue(help.contains(line), line + " in\n" + help);
        }
        Driver en = new Driver(admin(), Language.EN, 80, 40);
        en.type("1").press(KeyType.Enter).press(KeyType.F1);
        for (String line : List.of("Home      move the caret to the start of the field",
                "Backspace delete the character before the caret", "Del       delete the character at the caret")) {
            assertTrue(en.text().contains(line), line + " in\n" + en.text());
        }
    }

    @Test
    void theKeysTheHelpListsEditTheField() throws Exception {
        Driver d = new Driver(admin(), Language.ZH, 80, 24);
        d.type("1").press(KeyType.Enter).press(KeyType.Tab);          // the name: 张晓明, caret at its end
        FormView form = (FormView) d.app.top();
        d.press(KeyType.Home).type("司马").press(KeyType.End).press(KeyType.Backspace);
        assertEquals("司马张晓", form.state().current().text());
        d.press(KeyType.ArrowLeft, 2).press(KeyType.Delete).press(KeyType.ArrowRight).type("明");
        assertEquals("司马晓明", form.state().current().text());
    }


    @Test
    void aTitleTooLongForTheTitleLineIsCutMarkedAndKeptApartFromTheAccount() throws Exception {
        Driver d = new Driver(admin(), Language.ZH, 80, 24);
        d.type("1/").press(KeyType.F1);
        String title = d.row(0);
        String login = d.app.office.account.login();
        assertTrue(title.matches(".*" + Width.CUT + " {2,3}" + java.util.regex.Pattern.quote(login) + "  office\\.db.*"),
                title);
        assertEquals(80, Width.of(title), title);
    }

    @Test
    void aRecordsHistoryShowsAChangedChoiceByItsLabel() throws Exception {
        Driver d = new Driver(admin(), Language.ZH, 80, 24);
        d.type("1").press(KeyType.Enter).press(KeyType.Tab, 7).press(KeyType.ArrowDown).ctrl('s');
        d.press(KeyType.F7);
        assertTrue(d.text().contains("婚姻状况: 已婚 → 离婚"), d.text());
        assertFalse(d.text().contains("married"), d.text());
    }

    @Test
    void aValueCutToItsColumnEndsInAnEllipsis() throws Exception {
        RegisterStore store = new RegisterStore(admin());
        admin().write(h -> {
            try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "test")) {
                persons.insert(Fixture.person(Fixture.id("1970-01-01", 9, true), LONG_NAME, "M", "1970-01-01",
                        Fixture.EAST));
            }
            return null;
        });
        Driver d = new Driver(admin(), Language.ZH, 80, 24);
        d.type("1");
        String row = d.text().lines().filter(l -> l.contains("欧阳")).findFirst().orElseThrow();
        String name = row.substring(row.indexOf("欧阳")).split(" ")[0];
        assertTrue(name.endsWith(Width.CUT), "cut and marked: " + row);
        assertTrue(LONG_NAME.startsWith(name.substring(0, name.length() - 1)), row);
        assertTrue(Width.of(row) <= 80, row);
        assertFalse(d.text().contains("欧阳长长长长长长长长长长长长长长"), "not whole: " + d.text());
    }
}
