package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Language;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Database;

/**
 * SPEC 10 on the screens: two clerks, each with their own screens (an App) on their own
 * connection to one file, driven on Lanterna's virtual terminal.
 */
class SeveralClerksScreenTest {
    @TempDir
    Path dir;
    Database mine;
    Database theirs;
    Driver me;
    Driver li;

    @BeforeEach
    void open() throws Exception {
        mine = Fixture.create(dir, 0);
        theirs = Database.open(mine.file()).actAs(new Account("li", "李", Role.CLERK, Scope.EVERYTHING, null, false));
        me = new Driver(mine, Language.EN, 80, 24);
        li = new Driver(theirs, Language.EN, 80, 24);
    }

    @AfterEach
    void close() {
        mine.close();
        theirs.close();
    }

    private Map<String, Object> person1() {
        return mine.handle().createQuery("SELECT * FROM person WHERE id = 1").mapToMap().one();
    }

    /** Both open 张晓明's form; li adds a phone number and saves; I change the household number and save. */
    private void bothEditTheSamePerson() throws Exception {
        me.type("1").press(KeyType.Enter);
        li.type("1").press(KeyType.Enter);
        li.press(KeyType.Tab, 8).type("13800000000").ctrl('s');
        assertTrue(li.text().contains("Saved record #1"), li.text());
        me.press(KeyType.Tab, 5).press(KeyType.End).type("X").ctrl('s');
    }

    private String lastAction() {
        return mine.handle().createQuery("SELECT action || ' ' || login FROM audit ORDER BY seq DESC LIMIT 1")
                .mapTo(String.class).one();
    }

    @Test
    void aSaveOverAColleaguesChangeShowsWhoAndWhenAndEachFieldTheirsBesideMine() throws Exception {
        bothEditTheSamePerson();
        String screen = me.text();
        assertTrue(me.row(0).contains("Record #1 changed meanwhile"), screen);
        assertTrue(me.row(1).matches("li saved record #1 at 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC, after you opened"
                + " it\\. *"), me.row(1));
        assertTrue(me.row(2).startsWith("Yours is not saved yet."), screen);
        assertTrue(me.row(3).matches(" +Field +Theirs \\(li\\) +Yours *"), me.row(3));
        assertTrue(screen.contains("* household no   H3                             H3X"), screen);
        assertTrue(screen.contains("* phone          13800000000"), screen);
        assertTrue(screen.contains("  name           张晓明                         张晓明"), screen);
        assertTrue(me.legend().contains("ttake theirs ekeep editing ooverwrite"), me.legend());
        assertEquals("H3", person1().get("household_no"), "nothing of mine is saved until I choose");
        assertEquals("13800000000", person1().get("phone"));
        assertEquals("record.change li", lastAction());
    }

    @Test
    void overwriteSavesMineOverTheirsAndRecordsItAsAnOverwrite() throws Exception {
        bothEditTheSamePerson();
        me.type("o");
        assertTrue(me.text().contains("Saved record #1 over the change by li (recorded as an overwrite)"), me.text());
        assertEquals("H3X", person1().get("household_no"));
        assertEquals(null, person1().get("phone"), "the clerk chose to overwrite it");
        assertEquals("record.overwrite os:tester", lastAction());
        assertEquals(3L, ((Number) person1().get("version")).longValue());
    }

    @Test
    void takeTheirsPutsTheirRecordInTheFormAndSavesNothingOfMine() throws Exception {
        bothEditTheSamePerson();
        long entries = mine.handle().createQuery("SELECT count(*) FROM audit").mapTo(Long.class).one();
        me.type("t");
        assertTrue(me.text().contains("Their version of record #1 is in the form; nothing of yours was saved"),
                me.text());
        assertTrue(me.text().contains("[13800000000"), "their phone number is in the form: " + me.text());
        assertFalse(me.text().contains("H3X"), me.text());
        me.press(KeyType.Escape);
        assertTrue(me.row(0).contains("Persons"), "nothing unsaved: Esc leaves at once: " + me.text());
        assertEquals("H3", person1().get("household_no"));
        assertEquals(entries, mine.handle().createQuery("SELECT count(*) FROM audit").mapTo(Long.class).one());
    }

    @Test
    void keepEditingShowsTheirValuesBesideMineAndTheNextSaveGoesOverTheirVersion() throws Exception {
        bothEditTheSamePerson();
        me.type("e");
        assertTrue(me.text().contains("Their values are shown beside the fields that differ"), me.text());
        assertTrue(me.text().contains("theirs: 13800000000"), me.text());
        assertTrue(me.text().contains("theirs: H3"), me.text());
        assertTrue(me.text().contains("[H3X"), "my typing is kept: " + me.text());
        me.press(KeyType.Tab, 3).type("13800000000"); // take their phone number into mine
        assertFalse(me.text().contains("theirs: 13800000000"), "agreeing fields lose the note: " + me.text());
        me.ctrl('s');
        assertTrue(me.text().contains("Saved record #1"), me.text());
        assertEquals("H3X", person1().get("household_no"));
        assertEquals("13800000000", person1().get("phone"), "both changes kept");
        assertEquals("record.change os:tester", lastAction());
    }

    @Test
    void aSaveOverARecordVoidedMeanwhileSavesNothing() throws Exception {
        me.type("1").press(KeyType.Enter).press(KeyType.Tab, 5).press(KeyType.End).type("X");
        li.type("1").type("v").type("录入重复").press(KeyType.Enter);
        me.ctrl('s');
        assertTrue(me.row(1).startsWith("li voided record #1 at "), me.text());
        assertFalse(me.legend().contains("overwrite"), me.legend());
        me.press(KeyType.Escape);
        assertTrue(me.text().contains("[H3X"), "back in my form, my typing kept: " + me.text());
        me.ctrl('s').type("t");
        assertTrue(me.text().contains("Record #1 was voided by li; nothing of yours was saved"), me.text());
        assertEquals("H3", person1().get("household_no"));
    }

    @Test
    void voidingARecordChangedSinceItWasShownAsksAgainShowingTheChange() throws Exception {
        me.type("1");
        li.type("1").press(KeyType.Enter).press(KeyType.Tab, 8).type("13800000000").ctrl('s');
        me.type("v").type("录入重复").press(KeyType.Enter);
        assertTrue(me.row(1).startsWith("li changed record #1 at "), me.text());
        assertTrue(me.row(3).matches(" +Field +Now \\(li\\) +As you saw it *"), me.row(3));
        assertTrue(me.text().contains("* phone          13800000000"), me.text());
        me.press(KeyType.Escape);
        assertTrue(me.text().contains("Not voided: record #1 is shown as it now is"), me.text());
        assertEquals(0, ((Number) person1().get("voided")).intValue());

        me.type("v").type("录入重复").press(KeyType.Enter);
        assertTrue(me.text().contains("Record #1 voided"), "shown as it is now, it voids at once: " + me.text());
        assertEquals(1, ((Number) person1().get("voided")).intValue());
    }

    @Test
    void voidAnywayVoidsTheRecordAsItNowIs() throws Exception {
        me.type("1");
        li.type("1").press(KeyType.Enter).press(KeyType.Tab, 8).type("13800000000").ctrl('s');
        me.type("v").type("录入重复").press(KeyType.Enter).type("v");
        assertTrue(me.text().contains("Record #1 voided"), me.text());
        assertEquals(1, ((Number) person1().get("voided")).intValue());
        assertEquals("13800000000", person1().get("phone"));
    }

    @Test
    void voidingARecordVoidedMeanwhileSaysWhoDidIt() throws Exception {
        me.type("1");
        li.type("1").type("v").type("录入重复").press(KeyType.Enter);
        me.type("v").type("重复").press(KeyType.Enter);
        assertTrue(me.text().contains("Record #1 was already voided by li at 20"), me.text());
        assertEquals(1L, mine.handle().createQuery("SELECT count(*) FROM audit WHERE action = 'record.void'")
                .mapTo(Long.class).one());
    }
}
