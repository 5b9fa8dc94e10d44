package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Language;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Accounts;
import taizhang.storage.Database;

/** SPEC 9 on the screens: signing in, keys by role, a record's history, restoring a voided record. */
class AccountsScreenTest {
    @TempDir
    Path dir;

    private Connections others;
    private Database admin;

    @BeforeEach
    void office() throws Exception {
        others = Connections.office(dir);
        admin = others.admin();
        Accounts accounts = new Accounts(admin);
        accounts.add(new Account("li", "李", Role.CLERK, new Scope(List.of(Fixture.EAST)), null, false), "east village");
        accounts.add(new Account("kan", "看", Role.VIEWER, new Scope(List.of("990101")), null, false), null);
    }

    @AfterEach
    void close() {
        others.close();
    }

    private Database fresh() {
        return others.fresh();
    }

    private Database as(String login) {
        return others.as(login);
    }

    @Test
    void withoutAnAccountForTheOsUserTheScreensAskLoginAndPasswordFirst() throws Exception {
        Driver d = new Driver(fresh(), Language.EN, 80, 24);
        assertTrue(d.text().contains("Login") && d.text().contains("Password"), d.text());
        d.type("li").press(KeyType.Enter).type("wrong password").press(KeyType.Enter);
        assertTrue(d.text().contains("Wrong login or password. 2 tries left."), d.text());
        assertFalse(d.text().contains("wrong password"), "the password is never shown");
        d.type("east village").press(KeyType.Enter);
        assertTrue(d.row(0).contains("li"), d.row(0));
        assertTrue(d.text().contains("Persons"), "home, as li: " + d.text());
    }

    @Test
    void aSignInDuringAnotherProcesssLongWriteSaysItWaitsAndSignsInWhenItEnds() throws Exception {
        Path file = admin.file();
        Map<Language, String> waits = Map.of(
                Language.EN, "Waiting for another clerk's write to end (an import?), up to 10 min…",
                Language.ZH, "正在等别人写完（也许在导入），最多 10 分钟……");
        for (Language lang : List.of(Language.EN, Language.ZH)) {
            Driver d = new Driver(fresh(), lang, 80, 24);
            d.type("li").press(KeyType.Enter).type("east village");
            java.util.concurrent.atomic.AtomicBoolean said = new java.util.concurrent.atomic.AtomicBoolean();
            taizhang.testing.Clerks.LockHolder lock = new taizhang.testing.Clerks.LockHolder(file);
            // The long write ends once the screen says the sign-in waits, or after 30 s (past the
            // 15 s busy timeout, at which the sign-in used to fail) when it never says so.
            Thread longWrite = lock.closeWhen(() -> d.text().contains(waits.get(lang)), said,
                    java.time.Duration.ofSeconds(30));
            d.press(KeyType.Enter);
            longWrite.join(60_000);
            assertTrue(said.get(), lang + ": the screen said it waits: " + d.text());
            assertTrue(d.row(0).contains("li"), "signed in as li: " + d.row(0));
            assertTrue(d.text().contains(lang == Language.EN ? "Persons" : "人口"), "home: " + d.text());
        }
        assertEquals(2, taizhang.testing.Snapshot.count(file,
                "SELECT count(*) FROM audit WHERE login = 'li' AND action = 'login'"), "each sign-in recorded");
        assertEquals(0, taizhang.testing.Snapshot.count(file, "SELECT count(*) FROM audit WHERE action = 'login.failed'"),
                "the right password was never taken for a wrong one");
    }

    @Test
    void escStopsASignInWaitingForAnotherProcesssLongWriteWithNothingRecordedAndNoTryUsed() throws Exception {
        Path file = admin.file();
        Map<Language, String> stopped = Map.of(Language.EN, "Sign-in stopped: nothing was checked or recorded.",
                Language.ZH, "已停止登录：没有核对，也没有记录。");
        for (Language lang : List.of(Language.EN, Language.ZH)) {
            Driver d = new Driver(fresh(), lang, 80, 24);
            d.type("li").press(KeyType.Enter).type("east village");
            long took;
            try (taizhang.testing.Clerks.LockHolder lock = new taizhang.testing.Clerks.LockHolder(file)) {
                Thread esc = new Thread(() -> {
                    long end = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
                    while (!d.text().contains("Esc") || !d.text().contains("10")) {   // the wait is said, Esc with it
                        if (System.nanoTime() > end) {
                            return;
                        }
                        taizhang.testing.Clerks.pause();
                    }
                    d.terminal.addInput(new com.googlecode.lanterna.input.KeyStroke(KeyType.Escape));
                });
                esc.start();
                long start = System.nanoTime();
                d.press(KeyType.Enter);    // it used to wait for the write, up to 10 minutes, whatever was pressed
                took = System.nanoTime() - start;
                esc.join();
            }
            assertTrue(took < java.time.Duration.ofSeconds(20).toNanos(), "stopped at Esc, not at the write's end");
            assertTrue(d.text().contains(stopped.get(lang)), d.text());
            assertFalse(d.row(0).contains("li "), "not signed in: " + d.row(0));
            // No try used, nothing kept: the next Enter signs in.
            d.type("east village").press(KeyType.Enter);
            assertTrue(d.row(0).contains("li"), "signed in once the write is over: " + d.row(0));
        }
        assertEquals(2, taizhang.testing.Snapshot.count(file,
                "SELECT count(*) FROM audit WHERE login = 'li' AND action LIKE 'login%'"), "only the two sign-ins made");
    }

    @Test
    void threeFailedSignInsEndTheScreens() throws Exception {
        Driver d = new Driver(fresh(), Language.ZH, 80, 24);
        for (int i = 0; i < 3; i++) {
            d.type(i == 0 ? "li" : "").press(KeyType.Enter).type("nope nope").press(KeyType.Enter);
        }
        assertTrue(d.app.done());
        assertEquals("登录失败 3 次，程序退出。", d.app.failure());
    }

    @Test
    void aLockedAccountIsToldUntilWhenAndTheLastTryIsOneTry() throws Exception {
        Accounts accounts = new Accounts(admin);
        for (int i = 0; i < 5; i++) {
            accounts.signIn("li", "wrong " + i, "test");
        }
        Driver d = new Driver(fresh(), Language.EN, 80, 24);
        d.type("li").press(KeyType.Enter).type("east village").press(KeyType.Enter);
        String said = d.text().replaceAll("\\s+", " ");
        assertTrue(said.matches(".*The account is locked until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC after"
                + " repeated failed logins\\. 2 tries left\\..*"), said);
        d.type("east village").press(KeyType.Enter);
        assertTrue(d.text().replaceAll("\\s+", " ").contains("failed logins. 1 try left."), d.text());
        assertFalse(d.text().contains("1 tries"), d.text());
    }

    @Test
    void aViewerIsNotOfferedTheKeysThatChangeRecordsAndTheyDoNothing() throws Exception {
        Driver viewer = new Driver(as("kan"), Language.EN, 80, 24);
        viewer.type("1");
        assertFalse(viewer.legend().contains("add"), viewer.legend());
        assertFalse(viewer.legend().contains("vvoid"), viewer.legend());
        viewer.type("a");
        assertFalse(viewer.row(0).contains("New"), "a does nothing for a viewer: " + viewer.row(0));
        assertTrue(viewer.text().contains("990101********"), "ID numbers masked: " + viewer.text());
        viewer.type("?");
        assertFalse(viewer.text().contains("Ins a ^N"), viewer.text());
        Driver clerk = new Driver(as("li"), Language.EN, 80, 24);
        clerk.type("1");
        assertTrue(clerk.legend().contains("add"), clerk.legend());
        clerk.press(KeyType.Escape).type("9");
        assertFalse(clerk.legend().contains("add"), "the area tree is the admin's: " + clerk.legend());
    }

    @Test
    void homesHeadlineIsOfTheAccountsOwnAreasNamedAsSuch() throws Exception {
        taizhang.storage.RegisterStore store = new taizhang.storage.RegisterStore(admin);
        store.insertAll(List.of(birth("2026-11-02", Fixture.EAST), birth("2026-11-03", Fixture.WEST),
                birth("2026-11-04", Fixture.WEST)));
        Driver clerk = new Driver(as("li"), Language.EN, 80, 24);
        assertTrue(clerk.text().contains("Headline figures of 东村:"), clerk.text());
        assertTrue(clerk.text().matches("(?s).*Births +1 .*"), "the east village's one birth: " + clerk.text());
        Driver whole = new Driver(admin, Language.ZH, 80, 24);
        assertTrue(whole.text().contains("主要指标（演示县）"), whole.text());
        assertTrue(whole.text().matches("(?s).*出生数? +3 .*"), "the county's three: " + whole.text());
    }

    private static taizhang.domain.Entry birth(String day, String village) {
        java.time.LocalDate d = java.time.LocalDate.parse(day);
        return taizhang.domain.Entry.of(taizhang.domain.Register.BIRTHS, "child_name", "宝" + day, "child_sex", "M",
                "birth_date", d, "birth_order", 1, "mother_name", "母" + day, "area_code", village,
                "place", "hospital", "registered_on", d);
    }

    @Test
    void aClerkSeesOnlyTheirVillageAndTheHistoryOfARecordShowsEachChange() throws Exception {
        Driver d = new Driver(as("li"), Language.EN, 100, 24);
        d.type("1");
        assertTrue(d.text().contains("张晓明") && !d.text().contains("李红"), d.text());
        d.press(KeyType.Enter).press(KeyType.Tab);
        d.ctrl('u');
        for (int i = 0; i < 3; i++) {
            d.press(KeyType.Backspace);
        }
        d.type("张小明").ctrl('s');
        assertTrue(d.text().contains("张小明"), d.text());
        d.type("h");
        assertTrue(d.row(0).contains("History of record #1"), d.row(0));
        String history = d.text();
        assertTrue(history.contains("li  changed"), history);
        assertTrue(history.contains("name: 张晓明 → 张小明"), history);
    }

    @Test
    void aStatisticianRestoresAVoidedRecordWithAReasonAndAClerkCannot() throws Exception {
        Driver clerk = new Driver(as("li"), Language.EN, 100, 24);
        clerk.type("1").type("v").type("dup").press(KeyType.Enter);
        assertTrue(clerk.text().contains("voided"), clerk.text());
        clerk.type("x");
        assertTrue(clerk.text().contains("(voided)") && clerk.text().contains("张晓明"), clerk.text());
        assertFalse(clerk.legend().contains("restore"), clerk.legend());
        new Accounts(admin).add(new Account("tj", "统", Role.STATISTICIAN, new Scope(List.of("990101")), null, false),
                null);
        Driver stat = new Driver(as("tj"), Language.EN, 100, 24);
        stat.type("1").type("x");
        assertTrue(stat.legend().contains("restore"), stat.legend());
        stat.type("u").press(KeyType.Enter);
        assertTrue(stat.text().contains("A reason is needed"), stat.text());
        stat.type("u").type("not a duplicate").press(KeyType.Enter);
        assertTrue(stat.text().contains("restored"), stat.text());
        assertEquals(0, (int) admin.handle().createQuery("SELECT voided FROM person WHERE id = 1").mapTo(Integer.class)
                .one());
        assertNull(stat.app.failure());
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
    void theSignInsHelpIsTitledAndListsTheKeysThatWorkThere() throws Exception {
        Driver d = new Driver(fresh(), Language.ZH, 80, 24);
        d.type("ka").press(KeyType.Home).type("i").press(KeyType.End).press(KeyType.Backspace).type("kan");
        assertTrue(d.text().contains("ikkan"), "Home, End and Backspace edit the login: " + d.text());
        d.press(KeyType.F1);
        assertTrue(d.row(0).contains("按键说明：登录"), d.row(0));
        assertTrue(d.text().contains("Home      光标到本项开头"), d.text());
        assertFalse(d.text().contains("选择列表"), "no pick list to speak of at the sign-in: " + d.text());
    }
}
