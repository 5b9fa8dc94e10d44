package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.reconcile.Reconciliation;
import taizhang.reconcile.Source;
import taizhang.storage.Accounts;
import taizhang.storage.Audit;
import taizhang.storage.Database;
import taizhang.storage.Records;
import taizhang.storage.RegisterStore;
import taizhang.testing.Admin;

/** The reconciliation screen on the virtual terminal: from home's `r` to a missing birth registered. */
class ReconcileScreenTest {
    @TempDir
    Path dir;
    Database db;
    Path list;
    static final String MOTHER = Fixture.id("1992-05-06", 2, false);

    @BeforeEach
    void office() throws Exception {
        db = Fixture.create(dir, 0);
        new Records(db, Fixture.TODAY).add(Entry.of(Register.BIRTHS, "child_name", "王小明", "child_sex", "M", "birth_date", LocalDate.parse("2026-03-01"), "birth_order", 1, "mother_name", "李丽", "area_code", Fixture.EAST, "place", "hospital", "certificate_no", "C001", "registered_on", LocalDate.parse("2026-03-02")));
        list = dir.resolve("hospital.csv");
        Files.writeString(list, "出生医学证明编号,婴儿姓名,婴儿性别,出生日期,母亲姓名,母亲身份证号,村居代码,住址,接生机构\n"
                + "C001,王小明,男,2026-03-01,李丽,,990101101201,,县医院\n"
                + "C002,李乐,女,2026-03-03,李红," + MOTHER + ",990101101202,西村2组,县医院\n", StandardCharsets.UTF_8);
    }

    private Driver compared(Language language) throws Exception {
        Driver d = new Driver(db, language, 80, 24);
        d.type("r");
        assertTrue(d.row(22).contains(language == Language.ZH ? "出生名单" : "List of births"), d.text());
        d.type(list.toString()).press(KeyType.Enter);
        d.type("h").press(KeyType.Enter);
        return d;
    }

    @Test
    void rWithNoReconciliationYetAsksForAFileAndShowsWhatIsMissing() throws Exception {
        Driver d = compared(Language.EN);
        String screen = d.text();
        assertTrue(d.row(0).contains("Reconciliation"), screen);
        assertEquals("hospital list hospital.csv 2026-03-01 .. 2026-03-03", d.row(1).strip());
        assertEquals("complete 50.00% (1/2)  missing 1  conflicts 0  unlisted 0", d.row(2).strip());
        assertEquals("status   line child    sex    birth date mother   mother's ID number village", d.row(3).strip());
        assertEquals("missing     3 李乐     female 2026-03-03 李红     990101********0229 西村", d.row(4).strip());
        assertFalse(screen.contains("王小明"), "a matched row is not on the to-do list");
        assertTrue(d.row(21).contains("line 3") && d.row(21).contains("西村2组") && d.row(21).contains("县医院"),
                d.row(21));
        assertTrue(d.row(22).contains("Compared 2 rows"), d.row(22));
    }

    @Test
    void enterOnAMissingBirthRegistersItFromTheListAndTurnsTheRowMatched() throws Exception {
        Driver d = compared(Language.EN);
        d.press(KeyType.Enter);
        assertTrue(d.row(0).contains("New birth"), d.text());
        assertTrue(d.text().contains("[李乐") && d.text().contains("[" + MOTHER) && d.text().contains("[C002"),
                d.text());
        assertTrue(d.text().contains("[2026-11-20"), "registered today");
        d.press(KeyType.Tab, 3).type("1").ctrl('s');
        assertTrue(d.row(22).contains("Registered birth #2; line 3 of the list is now matched"), d.text());
        assertTrue(d.text().contains("Nothing to do"), d.text());
        assertTrue(d.row(2).contains("complete 100.00% (2/2)  missing 0"), d.row(2));
        RegisterStore.Stored birth = new RegisterStore(db).find(Register.BIRTHS, 2);
        assertEquals("李乐", birth.entry().text("child_name"));
        assertEquals(1, birth.entry().count("birth_order"));
        assertEquals("hospital", birth.entry().text("place"));
        assertEquals(Fixture.WEST, birth.entry().text("area_code"));
        try (var s = db.connection().createStatement();
             var rs = s.executeQuery("SELECT status, tier, register_id FROM reconciliation_row WHERE seq = 1")) {
            rs.next();
            assertEquals("matched", rs.getString(1));
            assertEquals("certificate", rs.getString(2));
            assertEquals(2, rs.getLong(3));
        }
        // Through the one write path: the birth's audit entry, in the same trail as the run's.
        java.util.List<Audit.Entry> history = new Audit(db).history("births", 2);
        assertEquals(1, history.size());
        assertEquals("record.add", history.get(0).action());
        assertEquals(Admin.OWNER.login(), history.get(0).login());
        assertEquals("李乐", ((java.util.Map<?, ?>) history.get(0).details().get("values")).get("child_name"));
        assertEquals(java.util.List.of("record.add", "reconcile", "record.add"), actions(), "setup, run, register");
        // The kept result is what `r` opens next time, without asking.
        Driver again = new Driver(db, Language.EN, 80, 24);
        again.type("r");
        assertTrue(again.row(2).contains("complete 100.00%"), again.text());
    }

    /** The actions of the audit trail, in order. */
    private java.util.List<String> actions() {
        java.util.List<String> out = new java.util.ArrayList<>();
        new Audit(db).list(Audit.Filter.ALL, e -> out.add(e.action()));
        return out;
    }

    @Test
    void aBirthIsNotRegisteredWhenItsRowCannotBeTurnedMatchedInTheSameTransaction() throws Exception {
        Driver d = compared(Language.EN);
        d.press(KeyType.Enter).press(KeyType.Tab, 3).type("1");
        // Meanwhile the same account compares another list in another session: the row is gone.
        try (Database other = Database.open(dir.resolve("office.db")).actAs(Admin.OWNER)) {
            new Reconciliation(other, Fixture.TODAY).run(new Reconciliation.Request(Source.POLICE, "other.csv",
                    "00".repeat(32)), java.util.List.of(), null, null);
        }
        d.ctrl('s');
        assertTrue(status(d).contains("replaced by a newer one"), d.text());
        assertTrue(d.row(0).contains("New birth"), "the form stays with what was typed: " + d.row(0));
        assertEquals(1, new RegisterStore(db).count(Register.BIRTHS), "the birth was rolled back with the row");
        assertEquals(java.util.List.of("record.add", "reconcile", "reconcile"), actions(), "no record.add of the refused birth");
    }

    @Test
    void aVillageClerkComparesTheListWithTheirVillageAndSeesTheirOwnLastResult() throws Exception {
        new Accounts(db).add(new Account("li", "李", Role.CLERK, new Scope(java.util.List.of(Fixture.WEST)), null,
                false), null);
        compared(Language.EN);
        try (Database clerk = Database.open(dir.resolve("office.db"))) {
            clerk.actAs(new Accounts(clerk).find("li"));
            Driver d = new Driver(clerk, Language.EN, 80, 24);
            d.type("r");
            assertTrue(d.row(22).contains("List of births"), "the admin's result is not the clerk's: " + d.text());
            d.type(list.toString()).press(KeyType.Enter).type("h").press(KeyType.Enter);
            assertEquals("complete 0.00% (0/1)  missing 1  conflicts 0  unlisted 0  outside scope 1",
                    d.row(2).strip(), "王小明 of the other village is left out, not missing");
            assertTrue(d.row(4).startsWith("missing     3 李乐"), d.text());
            assertFalse(d.text().contains("王小明"), d.text());
        }
    }

    @Test
    void aViewerIsNotOfferedReconciliation() throws Exception {
        new Accounts(db).add(new Account("kan", "看", Role.VIEWER, new Scope(java.util.List.of("990101")), null,
                false), null);
        try (Database viewer = Database.open(dir.resolve("office.db"))) {
            viewer.actAs(new Accounts(viewer).find("kan"));
            String help = "the last comparison of a hospital's or the police's list";
            Driver admin = new Driver(db, Language.EN, 120, 40).type("?");
            assertTrue(admin.text().contains(help), "an admin has it: " + admin.text());
            Driver d = new Driver(viewer, Language.EN, 120, 40).type("?");
            assertFalse(d.text().contains(help), d.text());
            d.press(KeyType.Escape);
            assertFalse(d.legend().contains("reconcile"), d.legend());
            d.type("r");
            assertFalse(d.row(22).contains("List of births"), "r does nothing for a viewer: " + d.text());
            assertTrue(d.row(0).contains("Home"), d.row(0));
        }
    }

    /** The missing girl on the list registered as a boy from the form the list's row fills in. */
    private Driver registeredAsABoy(Language language) throws Exception {
        Driver d = compared(language);
        return d.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Backspace)
                .type(language == Language.ZH ? "男" : "M").press(KeyType.Tab, 2).type("1").ctrl('s');
    }

    @Test
    void aCorrectedSexMakesTheRegisteredRowAConflict() throws Exception {
        Driver d = registeredAsABoy(Language.EN);
        assertTrue(d.row(22).contains("line 3 of the list is now conflict"), d.text());
        assertTrue(d.row(4).startsWith("conflict"), d.text());
        assertTrue(d.row(21).contains("birth #2 differs: child sex: female≠male"), d.row(21));
    }

    /** The screen words what differs in the interface language; the output's column keeps SPEC 12's codes. */
    @Test
    void whatDiffersIsSaidInChineseOnAChineseScreen() throws Exception {
        Driver d = registeredAsABoy(Language.ZH);
        assertTrue(d.row(4).startsWith("有差异"), d.text());
        assertTrue(d.row(21).contains("与出生记录 #2 不同：婴儿性别：女≠男"), d.row(21));
        assertFalse(d.row(21).contains("child_sex"), d.row(21));
    }

    @Test
    void escapeFromTheFormLeavesTheRowMissing() throws Exception {
        Driver d = compared(Language.ZH);
        d.press(KeyType.Enter).press(KeyType.Escape);
        assertTrue(d.row(4).startsWith("漏报"), d.text());
        assertEquals(1, new RegisterStore(db).count(Register.BIRTHS));
    }

    @Test
    void exportWritesTheWholeResult() throws Exception {
        Driver d = compared(Language.EN);
        Path csv = dir.resolve("result.csv");
        d.press(KeyType.F5).press(KeyType.Backspace, 30).type(csv.toString()).press(KeyType.Enter);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("\uFEFFstatus,tier,source_line,register_id,"), written);
        assertTrue(written.contains("\nmatched,certificate,2,1,C001,王小明,M,2026-03-01,李丽,,990101101201,\n"), written);
        assertTrue(written.contains("\nmissing,,3,,C002,李乐,F,2026-03-03,李红," + MOTHER + ",990101101202,\n"), written);
        Path xlsx = dir.resolve("result.xlsx");
        d.ctrl('e').press(KeyType.Backspace, 30).type(xlsx.toString()).press(KeyType.Enter);
        assertTrue(Files.size(xlsx) > 0);
        assertTrue(d.row(22).contains("Exported to"), d.row(22));
        java.util.List<Audit.Entry> exports = new java.util.ArrayList<>();
        new Audit(db).list(Audit.Filter.ALL, e -> {
            if (e.action().equals("reconcile.export")) {
                exports.add(e);
            }
        });
        assertEquals(java.util.List.of(csv.toString(), xlsx.toString()),
                exports.stream().map(e -> e.details().get("file")).toList());
        assertEquals("csv", exports.get(0).details().get("format"));
        assertEquals(2.0, exports.get(0).details().get("rows"));
        assertEquals("births", exports.get(0).register());
    }

    @Test
    void aBrokenListIsRefusedWithItsFirstProblem() throws Exception {
        Files.writeString(list, "婴儿性别,出生日期,母亲姓名\nX,2026-03-01,甲\n", StandardCharsets.UTF_8);
        Driver d = new Driver(db, Language.EN, 80, 24);
        d.type("r").type(list.toString()).press(KeyType.Enter).type("p").press(KeyType.Enter);
        assertTrue(status(d).contains("1 problem in the list, nothing compared"), d.text());
        assertTrue(d.row(0).contains("Home"), "nothing to show: home stays");
    }

    /** The status line and, for a long message, the lines above it that it took. */
    private static String status(Driver d) {
        return String.join(" ", d.row(20).strip(), d.row(21).strip(), d.row(22).strip());
    }
}
