package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Language;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Accounts;
import taizhang.storage.Database;

class ScreensTest {
    @TempDir
    Path dir;
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Driver open(Language language, int extraPersons) throws Exception {
        db = Fixture.create(dir, extraPersons);
        return new Driver(db, language, 80, 24);
    }

    @Test
    void addsABirthByKeysAlone() throws Exception {
        Driver d = open(Language.ZH, 0);
        d.type("2");
        assertTrue(d.row(0).contains("出生"), d.text());
        d.type("a");
        assertTrue(d.text().contains("新增出生记录"), d.text());
        String mother = Fixture.id("1995-02-03", 7, false);
        d.type("张𠮷").press(KeyType.Tab)       // child_name
                .type("女").press(KeyType.Tab)  // child_sex, by its Chinese label
                .type("2026-10-05").press(KeyType.Tab)
                .type("1").press(KeyType.Tab)   // birth order
                .type(mother).press(KeyType.Tab)
                .type("李红").press(KeyType.Tab)
                .press(KeyType.Tab)              // no father
                .type("dc").press(KeyType.Tab)  // 东村 by its pinyin initials
                .type("医").press(KeyType.Tab)   // place by type-ahead on 医院
                .press(KeyType.Tab)              // no certificate; registered_on defaults to today
                .ctrl('s');
        assertTrue(d.text().contains("已保存新记录"), d.text());
        Map<String, Object> row = db.handle().createQuery("SELECT * FROM birth").mapToMap().one();
        assertEquals("张𠮷", row.get("child_name"));
        assertEquals("F", row.get("child_sex"));
        assertEquals("2026-10-05", row.get("birth_date"));
        assertEquals(mother, row.get("mother_id_number"));
        assertEquals(Fixture.EAST, row.get("area_code"));
        assertEquals("hospital", row.get("place"));
        assertEquals(Fixture.TODAY.toString(), row.get("registered_on"));
        assertTrue(d.text().contains("张𠮷"), "the new birth is on view: " + d.text());
    }

    @Test
    void arrowsInAPickListSetTheValue() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a").press(KeyType.Tab).press(KeyType.Tab);   // to sex
        d.press(KeyType.ArrowDown);
        FormView form = (FormView) d.app.top();
        assertEquals("M", form.state().current().text());
        d.press(KeyType.ArrowDown);
        assertEquals("F", form.state().current().text());
        assertTrue(d.text().contains("F female"), "the whole list is shown with the value in it: " + d.text());
        d.ctrl('p');
        assertEquals("M", form.state().current().text());
    }

    @Test
    void aWarningAsksForConfirmationBeforeSaving() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("2").type("a").press(KeyType.Tab).type("m").press(KeyType.Tab).type("2026-10-05").press(KeyType.Tab)
                .type("1").press(KeyType.Tab).type(Fixture.id("2013-06-01", 5, false)).press(KeyType.Tab)
                .type("Li").press(KeyType.Tab).press(KeyType.Tab).type(Fixture.WEST).ctrl('s');
        assertTrue(d.app.top() instanceof Confirm, d.text());
        assertTrue(d.text().contains("makes the mother 13"), d.text());
        d.type("n");
        assertEquals(0, (int) db.handle().createQuery("SELECT count(*) FROM birth").mapTo(Integer.class).one());
        d.ctrl('s').type("y");
        assertEquals(1, (int) db.handle().createQuery("SELECT count(*) FROM birth").mapTo(Integer.class).one());
        d.press(KeyType.Escape);
        assertTrue(d.text().contains("makes the mother 13"), "home lists the record with a warning: " + d.text());
    }

    @Test
    void homeShowsTheTallysHeadlineFiguresWithSparklines() throws Exception {
        db = Fixture.create(dir, 0);
        births("2026-11-02", "M", "2026-11-03", "M", "2026-10-09", "M");
        Driver d = new Driver(db, Language.EN, 80, 24);
        String births = d.row(rowOf(d, "Births"));
        assertTrue(births.matches(".*Births +2 +_{10}=#.*"), "2 this month, 1 last month: " + births);
        assertTrue(d.legend().contains("F1/?help"));
    }

    @Test
    void invalidIdNumberShowsItsMessageAndKeepsWhatWasTyped() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a");
        d.type("990101199003041234").press(KeyType.Tab);
        String screen = d.text();
        assertTrue(screen.contains("990101199003041234"), screen);
        assertTrue(screen.contains("not a valid ID number"), screen);
        int row = rowOf(d, "990101199003041234");
        assertTrue(d.row(row).contains("not a valid ID number"), "message beside the field: " + d.row(row));
        assertTrue(d.row(22).contains("check character"), "the whole message on the status line: " + d.row(22));
    }

    @Test
    void idNumberFillsSexAndBirthDate() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a").type(Fixture.id("2001-07-08", 4, true)).press(KeyType.Tab);
        FormView form = (FormView) d.app.top();
        assertEquals("M", form.state().fields().get(2).text());
        assertEquals("2001-07-08", form.state().fields().get(3).text());
    }

    @Test
    void aDeathOfSomeoneInTheRegisterFillsInNameAndVillageAndMarksThePerson() throws Exception {
        Driver d = open(Language.EN, 0);
        String id = Fixture.id("1992-05-06", 2, false);
        d.type("3").type("a").type(id).press(KeyType.Tab);
        FormView form = (FormView) d.app.top();
        assertEquals("李红", form.state().fields().get(1).text());
        assertEquals("F", form.state().fields().get(2).text());
        assertEquals(Fixture.WEST, form.state().fields().get(4).text());
        d.press(KeyType.Tab).press(KeyType.Tab).type("2026-11-01").ctrl('s');
        assertTrue(d.app.top() instanceof TableView, d.text());
        assertEquals("2026-11-01", db.handle().createQuery("SELECT died_on FROM person WHERE id_number = ?")
                .bind(0, id).mapTo(String.class).one());
    }

    @Test
    void aBirthsMotherFromTheRegisterFillsInHerNameAndVillage() throws Exception {
        Driver d = open(Language.ZH, 0);
        String mother = Fixture.id("1992-05-06", 2, false);   // 李红 of 西村, in the fixture's register
        d.type("2").type("a").type("小雨").press(KeyType.Tab)
                .type("女").press(KeyType.Tab).type("2026-11-02").press(KeyType.Tab)
                .type("1").press(KeyType.Tab).type(mother).press(KeyType.Tab);
        FormView form = (FormView) d.app.top();
        assertEquals("李红", form.state().fields().get(5).text(), d.text());
        assertEquals(Fixture.WEST, form.state().fields().get(7).text(), d.text());
        assertEquals("F", form.state().fields().get(1).text(), "the child's sex is not the mother's to fill");
        assertEquals("2026-11-02", form.state().fields().get(2).text(), "nor the child's birth date");
        d.ctrl('s');
        assertTrue(d.text().contains("已保存新记录"), d.text());
        assertEquals("李红", db.handle().createQuery("SELECT mother_name FROM birth").mapTo(String.class).one());
    }

    @Test
    void aMarriagesPartnersFromTheRegisterFillInTheirNames() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("4").type("a").type(Fixture.id("1992-05-06", 2, false)).press(KeyType.Tab);
        FormView form = (FormView) d.app.top();
        assertEquals("李红", form.state().fields().get(1).text(), d.text());
        assertEquals("", form.state().fields().get(6).text(), "a marriage's village is not the woman's to fill");
    }

    @Test
    void escapeWithUnsavedChangesAsksFirst() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a").type("王五").press(KeyType.Escape);
        assertTrue(d.text().contains("Drop the unsaved changes?"), d.text());
        assertTrue(d.app.top() instanceof Confirm);
        d.type("n");
        assertTrue(d.app.top() instanceof FormView, "n keeps the form");
        assertTrue(d.text().contains("王五"));
        d.press(KeyType.Escape).type("y");
        assertTrue(d.app.top() instanceof TableView, "y drops the changes");
        assertEquals(3, (int) db.handle().createQuery("SELECT count(*) FROM person").mapTo(Integer.class).one());
    }

    @Test
    void pinyinInitialsFindThePerson() throws Exception {
        Driver d = open(Language.ZH, 50);
        searched(d, "1", "zxm");
        String screen = d.text();
        assertTrue(screen.contains("张晓明"), screen);
        assertFalse(screen.contains("李红"), screen);
        assertFalse(screen.contains("王1 "), screen);
    }

    @Test
    void filterByVillageAndPeriod() throws Exception {
        Driver d = open(Language.ZH, 400);   // born 1950-01-01 and on, a day apart: into 1951
        d.type("1").type("f").type("西村 1950").press(KeyType.Enter);
        TableView t = (TableView) d.app.top();
        assertEquals(Fixture.WEST, t.state().filter().areaPrefix());
        assertFalse(t.state().rows().isEmpty());
        assertTrue(t.state().rows().stream().allMatch(r -> r.entry().text("area_code").equals(Fixture.WEST)
                && r.entry().date("birth_date").getYear() == 1950), d.text());
        assertTrue(d.row(1).contains("村居：西村"), d.row(1));
        d.type("f").type("sy:1951").press(KeyType.Enter);
        assertFalse(t.state().rows().isEmpty(), d.text());
        assertTrue(t.state().rows().stream().allMatch(r -> r.entry().date("birth_date").getYear() == 1951));
        d.type("f").press(KeyType.Enter);
        assertEquals(null, t.state().filter().from(), "an empty filter clears it");
    }

    @Test
    void idNumbersAreMaskedInTablesAndFullInForms() throws Exception {
        Driver d = open(Language.ZH, 0);
        String id = Fixture.id("1990-03-04", 1, true);
        d.type("1");
        assertTrue(d.text().contains("990101********" + id.substring(14)), d.text());
        assertFalse(d.text().contains(id));
        d.press(KeyType.Enter);
        assertTrue(d.text().contains(id), d.text());
    }

    @Test
    void wideCharactersLineUp() throws Exception {
        Driver d = open(Language.ZH, 0);
        d.type("1");
        int a = d.columnOf(rowOf(d, "张晓明"), "1990-03-04");
        int b = d.columnOf(rowOf(d, "吉𠮷"), "1985-01-02");
        assertTrue(a > 0, d.text());
        assertEquals(a, b, d.text());
    }

    @Test
    void resizeRedrawsAndBack() throws Exception {
        Driver d = open(Language.EN, 100);
        d.type("1");
        String small = d.text();
        d.resize(120, 40);
        String large = d.text();
        assertEquals(40, large.split("\n").length);
        assertTrue(large.split("\n")[0].length() >= 110, "title spans the wider line");
        assertTrue(d.row(2).contains("phone") || d.row(2).contains("marital"), "more columns: " + d.row(2));
        assertFalse(d.row(2).contains("phone") && small.contains("phone"));
        assertTrue(d.legend().contains("help"));
        assertTrue(d.row(38 - 2).contains("王"), "more rows fetched: " + large);
        d.resize(80, 24);
        assertEquals(small, d.text());
    }

    @Test
    void legendIsVisibleAt80x24OnEveryScreen() throws Exception {
        Driver d = open(Language.ZH, 0);
        assertLegend(d, "F1/?帮助", "F10/q退出", "Enter打开");
        for (char digit : "1234567890".toCharArray()) {
            d.type(String.valueOf(digit));
            // Too long for 80 columns with the function keys: the letters alone, every command still there.
            assertLegend(d, "?帮助", "Esc返回", "a新增", "/查找", "q退出", "Enter打开", "s排序", "^E导出");
            d.type("a");
            assertLegend(d, "F1/^G帮助", "F2/^S保存", "Esc返回");
            d.press(KeyType.Escape);
            d.press(KeyType.Escape);
        }
        d.type("?");
        assertLegend(d, "Esc返回");
        d.press(KeyType.Escape).type("1").type("/");
        assertLegend(d, "Enter确定", "Esc取消", "^U清空");
        d.press(KeyType.Escape).press(KeyType.Delete);
        assertLegend(d, "Enter确定");
        d.press(KeyType.Escape).type("a张").press(KeyType.Escape);
        assertLegend(d, "y是", "n否");
    }

    private static void assertLegend(Driver d, String... parts) {
        String legend = d.legend();
        for (String p : parts) {
            assertTrue(legend.contains(p), "legend of " + d.app.topTitle() + " lacks " + p + ": " + legend);
        }
    }

    @Test
    void helpListsEveryKeyOfTheScreen() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").press(KeyType.F1);
        String help = d.text();
        for (String key : List.of("F2", "F3 / ^F", "PgDn", "F10 q ^X", "Del v ^K")) {
            if (!key.equals("F2")) {
                assertTrue(help.contains(key), key + " in " + help);
            }
        }
        assertFalse(help.contains("F2"), "a table has no save");
    }

    @Test
    void pagingWalksTheWholeRegisterAPageAtATime() throws Exception {
        Driver d = open(Language.EN, 200);
        d.type("1");
        TableView t = (TableView) d.app.top();
        int size = t.state().size();
        assertEquals(size, t.state().rows().size());
        d.press(KeyType.PageDown);
        assertEquals(size + 1, t.state().rows().get(0).id());
        d.press(KeyType.End);
        assertEquals(203, t.state().current().id());
        d.press(KeyType.ArrowDown);
        assertEquals(203, t.state().current().id());
        d.press(KeyType.Home).press(KeyType.ArrowUp);
        assertEquals(1, t.state().current().id());
        d.press(KeyType.ArrowDown, size + 2);
        assertEquals(size + 3, t.state().current().id());
        assertEquals(4, t.state().rows().get(0).id(), "scrolled by single rows");
    }

    @Test
    void voidingAsksForAReasonAndKeepsTheRecord() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("v").press(KeyType.Enter);
        assertTrue(d.text().contains("needs a reason"), d.text());
        d.type("v").type("录入重复").press(KeyType.Enter);
        Map<String, Object> row = db.handle().createQuery("SELECT voided, void_reason FROM person WHERE id = 1")
                .mapToMap().one();
        assertEquals(1, ((Number) row.get("voided")).intValue());
        assertEquals("录入重复", row.get("void_reason"));
        assertFalse(d.text().contains("张晓明"));
    }

    @Test
    void exportWritesTheRegisterToTheFileNamed() throws Exception {
        Driver d = open(Language.EN, 0);
        java.nio.file.Path out = dir.resolve("persons-out.csv");
        d.type("1").ctrl('e');
        assertTrue(d.app.top() instanceof Prompt, d.text());
        d.press(KeyType.Home);
        for (int i = 0; i < 20; i++) {
            d.press(KeyType.Delete);
        }
        d.type(out.toString()).press(KeyType.Enter);
        assertTrue(d.text().contains("Exported to"), d.text());
        String csv = java.nio.file.Files.readString(out, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("张晓明") && csv.contains("吉𠮷"), csv);
    }

    /** A county's export takes a while (470,000 benefits: 20 s): the screen says so before it starts. */
    @Test
    void anExportSaysItIsWritingBeforeItWrites() throws Exception {
        Driver d = open(Language.EN, 0);
        java.nio.file.Path out = dir.resolve("persons-said.csv");
        List<String> frames = new java.util.ArrayList<>();
        d.terminal.addVirtualTerminalListener(new com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener() {
            @Override
            public void onFlush() {
                frames.add(d.text());
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, com.googlecode.lanterna.TerminalSize s) {
            }
        });
        d.type("1").ctrl('e').ctrl('u').type(out.toString()).press(KeyType.Enter);
        assertTrue(d.text().contains("Exported to"), d.text());
        assertTrue(frames.stream().anyMatch(f -> f.contains("Exporting to " + out) && !f.contains("Export to file")),
                String.join("\n----\n", frames));
    }

    @Test
    void ctrlCInAFormWithChangesAsksBeforeQuitting() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a").type("x").ctrl('c');
        assertTrue(d.app.top() instanceof Confirm);
        assertFalse(d.app.done());
        d.type("y");
        assertTrue(d.app.done());
    }

    @Test
    void theRecordsBehindAFigureShowAsATable() throws Exception {
        Driver d = open(Language.ZH, 0);
        d.app.push(TableView.records(d.app, taizhang.domain.Register.PERSONS, List.of(1L, 3L), "出生数 2026-11"));
        d.app.draw();
        String screen = d.text();
        assertTrue(screen.contains("张晓明") && screen.contains("吉𠮷") && !screen.contains("李红"), screen);
        assertTrue(d.row(1).contains("2 条记录"), d.row(1));
        d.press(KeyType.Escape);
        assertTrue(d.app.top() instanceof HomeView);
    }

    @Test
    void quitIsAtOnceWhenNothingIsUnsaved() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("q");
        assertTrue(d.app.done());
    }

    @Test
    void loneSurrogateNeverReachesTheField() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a").type("\uD842a");
        FormView form = (FormView) d.app.top();
        assertEquals("a", form.state().fields().get(0).text());
        d.type("𠮷").press(KeyType.Backspace);
        assertEquals("a", form.state().fields().get(0).text(), "backspace removes the whole character");
    }

    @Test
    void sortingByNameIsInPinyinOrder() throws Exception {
        Driver d = open(Language.ZH, 0);
        d.type("1").type("sss");                    // ID number up, down, then name
        assertTrue(d.row(1).contains("按姓名升序"), d.row(1));
        String text = d.text();
        // ji li zhang; by code point it would be 吉 张 李.
        assertTrue(text.indexOf("吉𠮷") < text.indexOf("李红") && text.indexOf("李红") < text.indexOf("张晓明"), text);
    }

    @Test
    void aStatusMessageLastsUntilTheClerkActs() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("v").type("重复").press(KeyType.Enter);
        assertTrue(d.row(22).contains("Record #1 voided"), d.text());
        d.type("j");
        assertFalse(d.text().contains("voided"), "gone at the next key: " + d.text());
        // A dropped form's message does not follow the clerk to the tally.
        d.type("a").press(KeyType.Tab).type("王").press(KeyType.Backspace).press(KeyType.Tab);
        String message = d.row(22).strip();
        assertTrue(message.startsWith("name: "), d.text());
        d.press(KeyType.Escape).type("y").press(KeyType.Escape).type("t");
        assertFalse(d.text().contains(message), d.text());
    }

    @Test
    void theSearchOffersTheLastOneToReplaceAndCtrlUClearsTheLine() throws Exception {
        Driver d = open(Language.ZH, 50);
        searched(d, "1", "zxm");
        d.type("/");
        assertEquals("zxm", ((Prompt) d.app.top()).text(), "the last search is offered");
        d.type("lh");
        assertEquals("lh", ((Prompt) d.app.top()).text(), "typing replaces it");
        d.ctrl('u');
        assertEquals("", ((Prompt) d.app.top()).text(), "Ctrl-U clears the line");
        d.type("李红").press(KeyType.Enter);
        assertTrue(d.text().contains("李红") && !d.text().contains("张晓明"), d.text());
        d.type("/").press(KeyType.End).type("x");
        assertEquals("李红x", ((Prompt) d.app.top()).text(), "an arrow key first: the offered line is edited");
    }

    @Test
    void pickFieldsShowTheirLabelInTheLanguageOfTheScreens() throws Exception {
        Driver d = open(Language.ZH, 0);
        d.type("1").press(KeyType.Enter);   // 张晓明: sex M, residence resident
        String form = d.text();
        assertTrue(rowText(d, "性别").contains("[男"), form);
        assertTrue(rowText(d, "户籍类型").contains("[户籍常住"), form);
        assertFalse(form.contains("resident") || form.matches("(?s).*\\[M\\s.*"), form);
        FormView view = (FormView) d.app.top();
        assertEquals("M", view.state().fields().get(2).text(), "the code is what is kept");
        d.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Backspace).type("女").press(KeyType.Tab);
        assertEquals("F", view.state().fields().get(2).text(), "the label typed is taken as its code");
    }

    @Test
    void englishPickListsFindChineseNamesByPinyinInitials() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("2").type("a");
        for (int i = 0; i < 8; i++) {
            d.press(KeyType.Tab);                // to the place of birth
        }
        d.type("yy");
        assertTrue(d.text().contains("hospital"), "yy finds 医院: " + d.text());
        d.press(KeyType.Tab);
        assertEquals("hospital", ((FormView) d.app.top()).state().fields().get(8).text());
    }

    @Test
    void aVillageColumnIsHeadedVillageNotAreaCode() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1");
        assertTrue(d.row(2).contains("village") && !d.row(2).contains("area code"), d.row(2));
        assertTrue(d.columnOf(rowOf(d, "张晓明"), "东村") == d.columnOf(2, "village"), d.text());
        d.press(KeyType.Escape).type("1").press(KeyType.Escape);
        Driver zh = new Driver(db, Language.ZH, 80, 24);
        zh.type("1");
        assertTrue(zh.row(2).contains("村居") && !zh.row(2).contains("村居代码"), zh.row(2));
    }

    @Test
    void spareColumnsGoToNamesNotToFigures() throws Exception {
        Driver d = open(Language.ZH, 0);
        d.type("0");                                         // schemes: init's three, the fixture's one
        new taizhang.storage.Records(db, Fixture.TODAY).add(taizhang.domain.Entry.of(taizhang.domain.Register.SCHEMES,
                "code", "rural_reward", "name", "农村部分计划生育家庭奖励扶助", "yearly_amount", 96000L));
        d.press(KeyType.Escape).type("0");
        assertTrue(d.text().contains("农村部分计划生育家庭奖励扶助"), "the whole name: " + d.text());
        int amount = d.columnOf(2, "年标准");
        assertTrue(amount < 60, "the amount beside the name, not at the edge: " + d.row(2));
        d.press(KeyType.Escape).type("8");
        assertTrue(d.columnOf(2, "人口数") < 40, "population's figure near its village: " + d.row(2));
    }

    @Test
    void homeMarksASexRatioRestingOnFewBirths() throws Exception {
        db = Fixture.create(dir, 0);
        births("2026-11-02", "M", "2026-11-03", "M", "2026-11-04", "F");
        Driver d = new Driver(db, Language.EN, 80, 24);
        int row = rowOf(d, "Sex ratio at birth");
        assertTrue(d.row(row).contains("200.0?"), "3 births are fewer than srb_min_births: " + d.row(row));
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.YELLOW,
                d.terminal.getCharacter(d.columnOf(row, "200.0?"), row).getForegroundColor());
    }

    @Test
    void aBrokenDatabaseIsSaidOnTheStatusLineNotShownAsNoFigures() throws Exception {
        db = Fixture.create(dir, 0);
        // A setting the tally's flags need, spoilt: the counts of the first frame still read, the figures do not.
        db.handle().execute("INSERT INTO setting(key, value) VALUES ('srb_min_births', 'many')"
                + " ON CONFLICT(key) DO UPDATE SET value = 'many'");
        Driver d = new Driver(db, Language.EN, 80, 24);
        assertTrue(d.row(22).contains("figures could not be read") && d.row(22).contains("many"), d.text());
        assertTrue(d.text().contains("(no figures: the database could not be read)"), d.text());
        assertFalse(d.text().contains("import the areas first"), d.text());
    }

    @Test
    void aFailureInAViewNeitherEndsTheSessionNorLosesTheForm() throws Exception {
        Driver d = open(Language.EN, 0);
        d.type("1").type("a").type("王五");
        d.app.push(new View() {
            @Override
            public String title() {
                return "broken";
            }

            @Override
            public List<Command> commands() {
                return List.of(Command.BACK);
            }

            @Override
            public void command(Command c, App app) {
                app.pop();
            }

            @Override
            public void key(Input in, App app) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void draw(Canvas canvas, App app) {
            }
        });
        d.type("x");
        assertFalse(d.app.done());
        assertTrue(d.row(22).contains("IllegalStateException: boom"), d.text());
        d.press(KeyType.Escape);
        FormView form = (FormView) d.app.top();
        assertEquals("王五", form.state().fields().get(0).text(), "the unsaved form is as it was");
        assertTrue(form.unsaved());
    }

    /** Births in the east village, each given by its day and the child's sex, registered that day. */
    private void births(String... daysAndSexes) throws Exception {
        taizhang.storage.RegisterStore store = new taizhang.storage.RegisterStore(db);
        db.write(h -> {
            try (taizhang.storage.RegisterStore.Inserter births = store.inserter(taizhang.domain.Register.BIRTHS, "t")) {
                for (int i = 0; i < daysAndSexes.length; i += 2) {
                    java.time.LocalDate day = java.time.LocalDate.parse(daysAndSexes[i]);
                    births.insert(taizhang.domain.Entry.of(taizhang.domain.Register.BIRTHS, "child_name",
                            "宝" + daysAndSexes[i], "child_sex", daysAndSexes[i + 1], "birth_date", day, "birth_order", 1,
                            "mother_name", "母" + daysAndSexes[i], "area_code", Fixture.EAST, "place", "hospital",
                            "registered_on", day));
                }
            }
            return null;
        });
    }

    /** The line of the screen that holds {@code s}. */
    private static String rowText(Driver d, String s) {
        return d.row(rowOf(d, s));
    }

    private static int rowOf(Driver d, String s) {
        String[] lines = d.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(s)) {
                return i;
            }
        }
        throw new AssertionError(s + " not on screen:\n" + d.text());
    }

    /** Opens the register under {@code digit} from home and searches it for {@code term}. */
    private static void searched(Driver d, String digit, String term) throws Exception {
        d.type(digit).type("/").type(term).press(KeyType.Enter);
    }

    // The registers besides persons and births, as a clerk uses their lists and forms by keys alone.

    @Test
    void pinyinInitialsFindAVillageInTheAreas() throws Exception {
        Driver d = open(Language.ZH, 0);
        searched(d, "9", "dc");
        String screen = d.text();
        assertTrue(screen.contains("东村"), screen);
        assertFalse(screen.contains("西村"), screen);
    }

    @Test
    void pinyinInitialsFindAScheme() throws Exception {
        Driver d = open(Language.ZH, 0);
        searched(d, "0", "yebt");
        assertTrue(d.text().contains("育儿补贴"), d.text());
    }

    @Test
    void aVillageNameOrItsInitialsFindItsPopulationFigures() throws Exception {
        Driver d = open(Language.ZH, 0);
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
        Driver d = open(Language.EN, 0);
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
        Driver d = open(Language.EN, 0);
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
