package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.IdNumber;
import taizhang.domain.Period;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.io.Export;
import taizhang.storage.RegisterPage.Filter;
import taizhang.storage.RegisterPage.Sort;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.Tally;
import taizhang.testing.Cli;
import taizhang.testing.Ids;
import taizhang.testing.Office;

/**
 * SPEC 9: a role and a scope hold for every face, because every read and write goes through
 * storage with the signed-in account. One office, records in three villages, and one account of
 * each kind reading and writing through each way in.
 */
class ScopeTest {
    @TempDir
    Path dir;

    private Path file;
    private final List<Database> open = new ArrayList<>();
    private static final LocalDate TODAY = LocalDate.parse(Cli.TODAY);
    private static final Account CLERK = account("li", Role.CLERK, Office.V1);
    private static final Account TOWNSHIP = account("east", Role.STATISTICIAN, Office.EAST);
    private static final Account VIEWER = account("kan", Role.VIEWER, Office.V1);

    private static Account account(String login, Role role, String scope) {
        return new Account(login, login, role, new Scope(List.of(scope)), null, false);
    }

    @BeforeEach
    void office() throws Exception {
        Office.create(dir);
        file = dir.resolve("office.db");
        Database admin = as(null);
        Records records = new Records(admin, TODAY);
        int n = 0;
        for (String village : List.of(Office.V1, Office.V2, Office.V3)) {
            n++;
            records.add(person(Ids.id("1990030" + n, 11 + 2 * n), "张" + n, village, "1380000000" + n));
            records.add(Entry.of(Register.BIRTHS, "child_name", "宝" + n, "child_sex", "M", "birth_date", LocalDate.of(2026, 10, n), "birth_order", 1, "mother_name", "母" + n, "area_code", village, "place", "hospital", "registered_on", LocalDate.of(2026, 10, 20)));
        }
        Accounts accounts = new Accounts(admin);
        for (Account a : List.of(CLERK, TOWNSHIP, VIEWER)) {
            accounts.add(a, null);
        }
    }

    private static Entry person(String id, String name, String village, String phone) {
        return Entry.of(Register.PERSONS, "id_number", id, "name", name, "sex", "M", "birth_date", LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14)), "area_code", village, "residence", "resident", "phone", phone);
    }

    /** A connection signed in as the account (null: the admin init made). */
    private Database as(Account a) {
        Database db = Database.open(file);
        open.add(db);
        return db.actAs(a != null ? a : new Accounts(db).forOsUser(Cli.OS_USER));
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private static Set<String> villages(List<Entry> entries) {
        Set<String> out = new TreeSet<>();
        entries.forEach(e -> out.add(e.text("area_code")));
        return out;
    }

    private List<Entry> table(Database db, Register r, Filter f) {
        return new RegisterPage(db).first(r, f, Sort.ENTERED, 100).stream().map(RegisterPage.Row::entry).toList();
    }

    @Test
    void aVillageClerksTablesAndSearchHoldOnlyTheirVillage() {
        Database db = as(CLERK);
        assertEquals(Set.of(Office.V1), villages(table(db, Register.PERSONS, Filter.NONE)));
        assertEquals(Set.of(Office.V1), villages(table(db, Register.BIRTHS, Filter.NONE)));
        assertEquals(List.of(), table(db, Register.PERSONS, Filter.NONE.withSearch("张2")), "search stays inside");
        assertEquals(1, table(db, Register.PERSONS, Filter.NONE.withSearch("张1")).size());
        assertEquals(Set.of(Office.V1, Office.V2), villages(table(as(TOWNSHIP), Register.PERSONS, Filter.NONE)));
        assertEquals(3, table(as(null), Register.PERSONS, Filter.NONE).size());
    }

    @Test
    void aVillageClerksExportHoldsOnlyTheirVillage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.csv(new RegisterStore(as(CLERK)), Register.PERSONS, out, false);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, csv.strip().split("\n").length, csv);
        assertTrue(csv.contains(Office.V1) && !csv.contains(Office.V2) && !csv.contains(Office.V3), csv);
    }

    @Test
    void aReportShowsATownshipOrCountyRowOnlyWhenTheWholeAreaIsInScope() {
        Report village = new Tally(as(CLERK)).report(Period.parse("2026-10"), null);
        assertEquals(List.of(Office.V1), village.rows().stream().map(r -> r.area().code()).toList());
        assertEquals("1", village.rows().get(0).text(taizhang.tally.Column.byId("births")));
        Report township = new Tally(as(TOWNSHIP)).report(Period.parse("2026-10"), null);
        assertEquals(List.of(Office.V1, Office.V2, Office.EAST),
                township.rows().stream().map(r -> r.area().code()).toList());
        assertEquals("2", township.row(Office.EAST).text(taizhang.tally.Column.byId("births")));
        taizhang.domain.Refusal other = assertThrows(taizhang.domain.Refusal.class,
                () -> new Tally(as(CLERK)).report(Period.parse("2026-10"), Office.V2), "another village's report");
        assertEquals(taizhang.domain.Problem.Code.OUT_OF_SCOPE, other.problem().code());
        assertEquals(Office.V2, other.problem().value(), "the area asked for is named");
    }

    /** --area naming the county is what the report without --area shows (its default is the root). */
    @Test
    void aReportOverAnAreaAboveTheScopeShowsWhatTheScopeHoldsUnderIt() {
        Tally clerk = new Tally(as(CLERK));
        for (String above : List.of(Office.COUNTY, Office.EAST)) {
            Report r = clerk.report(Period.parse("2026-10"), above);
            assertEquals(List.of(Office.V1), r.rows().stream().map(row -> row.area().code()).toList(), above);
            assertEquals("1", r.rows().get(0).text(taizhang.tally.Column.byId("births")));
        }
        taizhang.domain.Refusal west = assertThrows(taizhang.domain.Refusal.class,
                () -> clerk.report(Period.parse("2026-10"), Office.WEST), "a township holding none of the scope");
        assertEquals(taizhang.domain.Problem.Code.OUT_OF_SCOPE, west.problem().code());
    }

    @Test
    void aDrillDownListsOnlyRecordsInScope() {
        Tally county = new Tally(as(CLERK));
        Tally.DrillDown d = county.drillDown(Indicator.BIRTHS, Office.COUNTY, Period.parse("2026-10"), false);
        assertEquals(1, d.ids().size(), "the county's births as this clerk may see them");
        assertEquals(3, new Tally(as(null)).drillDown(Indicator.BIRTHS, Office.COUNTY, Period.parse("2026-10"), false)
                .ids().size());
    }

    @Test
    void homesCountsAreTheScopes() {
        assertEquals(1L, new Summary(as(CLERK)).counts().get(Register.PERSONS));
        assertEquals(2L, new Summary(as(TOWNSHIP)).counts().get(Register.PERSONS));
        assertEquals(3L, new Summary(as(null)).counts().get(Register.PERSONS));
    }

    /**
     * A viewer's home lists the records of their scope that the rules warn about, as their clerk's
     * does: judged on the numbers as stored (a viewer's are masked, and the mother's age is in hers),
     * with the number masked in what the viewer is given.
     */
    @Test
    void aViewerIsWarnedOfTheRecordsTheirClerkIsWarnedOf() {
        String mother = Ids.id("20130915", 2);   // 13 at the birth: a warning, not an error
        new Records(as(null), TODAY).add(Entry.of(Register.BIRTHS, "child_name", "小明", "child_sex", "M",
                "birth_date", LocalDate.of(2026, 10, 9), "birth_order", 1, "mother_id_number", mother,
                "mother_name", "小花", "area_code", Office.V1, "registered_on", LocalDate.of(2026, 10, 20)));
        List<Summary.Flagged> clerks = new Summary(as(CLERK)).warnings(TODAY.minusMonths(3), TODAY, 10);
        assertEquals(1, clerks.size(), "the clerk is warned: " + clerks);
        List<Summary.Flagged> viewers = new Summary(as(VIEWER)).warnings(TODAY.minusMonths(3), TODAY, 10);
        assertEquals(clerks.stream().map(Summary.Flagged::id).toList(), viewers.stream().map(Summary.Flagged::id).toList(),
                "the viewer is warned of the same records");
        assertEquals(clerks.get(0).problem().args(), viewers.get(0).problem().args(), "the mother's age");
        assertEquals(IdNumber.masked(mother), viewers.get(0).problem().value());
        assertEquals(IdNumber.masked(mother), viewers.get(0).entry().text("mother_id_number"));
    }

    @Test
    void aWriteOutsideTheScopeIsRefusedLikeAnInvalidValueAndChangesNothing() {
        Database db = as(CLERK);
        Records records = new Records(db, TODAY);
        long audit = new Audit(as(null)).verify().entries();
        Records.Refused e = assertThrows(Records.Refused.class,
                () -> records.add(person(Ids.id("19800101", 31), "王", Office.V2, null)));
        assertEquals("area_code", e.problems().get(0).field());
        assertEquals(taizhang.domain.Problem.Code.OUT_OF_SCOPE, e.problem().code());
        assertEquals(Office.V2, e.problem().value(), "the code outside the scope is named");
        long otherVillages = as(null).handle().createQuery("SELECT id FROM person WHERE area_code = ?")
                .bind(0, Office.V2).mapTo(Long.class).one();
        assertThrows(StorageException.class, () -> records.voidRecord(Register.PERSONS, otherVillages, 1, "x"),
                "a record outside the scope is not there for this clerk");
        assertEquals(3L, new Summary(as(null)).counts().get(Register.PERSONS));
        assertEquals(audit, new Audit(as(null)).verify().entries(), "no audit entry for what did not happen");
    }

    @Test
    void aRecordCannotBeMovedOutOfTheScope() {
        Database db = as(CLERK);
        RegisterPage.Row mine = new RegisterPage(db).first(Register.PERSONS, Filter.NONE, Sort.ENTERED, 1).get(0);
        assertThrows(Records.Refused.class, () -> new Records(db, TODAY)
                .change(mine.id(), mine.version(), mine.entry().with("area_code", Office.V3)));
    }

    @Test
    void aViewerSeesIdAndPhoneNumbersMaskedEverywhereAndWritesNothing() throws Exception {
        Database db = as(VIEWER);
        Entry shown = table(db, Register.PERSONS, Filter.NONE).get(0);
        String full = Ids.id("19900301", 13);
        // SPEC 8's mask, for a viewer in every place (SPEC 9): the area and the last four.
        assertEquals(full.substring(0, 6) + "********" + full.substring(14), shown.text("id_number"));
        assertEquals("*******0001", shown.text("phone"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.csv(new RegisterStore(db), Register.PERSONS, out, false);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertFalse(csv.contains(full), csv);
        assertFalse(csv.contains("13800000001"), csv);
        assertTrue(table(db, Register.PERSONS, Filter.NONE.withSearch(full.substring(0, 10))).isEmpty(),
                "part of a number finds nothing: it would let a viewer read numbers digit by digit");
        assertEquals(1, table(db, Register.PERSONS, Filter.NONE.withSearch(full)).size(), "the whole one does");
        assertThrows(Records.Refused.class,
                () -> new Records(db, TODAY).add(person(Ids.id("19800101", 33), "赵", Office.V1, null)));
        assertEquals(Office.V1 + " 张1 " + full, Office.V1 + " 张1 "
                + table(as(CLERK), Register.PERSONS, Filter.NONE).get(0).text("id_number"), "a clerk sees it whole");
    }

    @Test
    void aViewerReadsTheAuditTrailAndARecordsHistoryWithIdAndPhoneNumbersMasked() {
        Database admin = as(null);
        RegisterPage.Row person = new RegisterPage(admin).first(Register.PERSONS, Filter.NONE, Sort.ENTERED, 1).get(0);
        String full = Ids.id("19900301", 13);
        new Records(admin, TODAY).change(person.id(), person.version(), person.entry().with("phone", "13912345678"));
        StringBuilder seen = new StringBuilder();
        new Audit(as(VIEWER)).list(Audit.Filter.ALL, e -> seen.append(e.detail()).append('\n'));
        assertTrue(seen.toString().contains("\"id_number\":\"" + IdNumber.masked(full) + "\""), seen.toString());
        assertTrue(seen.toString().contains("\"before\":\"*******0001\",\"after\":\"*******5678\""), seen.toString());
        assertFalse(seen.toString().contains(full) || seen.toString().contains("13800000001")
                || seen.toString().contains("13912345678"), "a viewer reads no whole number: " + seen);
        List<Audit.Entry> history = new Audit(as(VIEWER)).history("persons", person.id());
        assertEquals("*******5678", ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) history.get(1).details()
                .get("changes")).get("phone")).get("after"), "the form's history too");
        StringBuilder clerk = new StringBuilder();
        new Audit(as(CLERK)).list(Audit.Filter.ALL, e -> clerk.append(e.detail()));
        assertTrue(clerk.toString().contains(full) && clerk.toString().contains("13912345678"), "a clerk sees them whole");
        assertTrue(new Audit(as(null)).verify().intact(), "what is stored is untouched");
    }

    @Test
    void aClerkMayNotChangeTheAreaTreeOrCloseAMonth() {
        Database db = as(CLERK);
        assertThrows(Records.Refused.class, () -> new Records(db, TODAY).add(Entry.of(Register.AREAS,
                "code", Office.V1, "name", "新名", "parent_code", Office.EAST)));
        assertEquals(taizhang.domain.Problem.Code.NOT_PERMITTED, assertThrows(taizhang.domain.Refusal.class,
                () -> new taizhang.tally.Closing(new Tally(db)).close(java.time.YearMonth.of(2026, 10), TODAY,
                        java.time.Clock.systemUTC())).problem().code());
        assertEquals(taizhang.domain.Problem.Code.CLOSE_NOT_WHOLE_OFFICE, assertThrows(taizhang.domain.Refusal.class,
                () -> new taizhang.tally.Closing(new Tally(as(TOWNSHIP))).close(java.time.YearMonth.of(2026, 10), TODAY,
                        java.time.Clock.systemUTC()),
                "a township's statistician would freeze a part of the county as the whole").problem().code());
    }

    @Test
    void aClerkSeesTheAuditEntriesOfTheirOwnAndOfRecordsInTheirScope() {
        List<Audit.Entry> seen = new ArrayList<>();
        new Audit(as(CLERK)).list(Audit.Filter.ALL, seen::add);
        assertFalse(seen.isEmpty());
        Database admin = as(null);
        for (Audit.Entry e : seen) {
            assertTrue("li".equals(e.login()) || e.recordId() != null && inV1(admin, e), e.toString());
        }
        List<Audit.Entry> all = new ArrayList<>();
        new Audit(admin).list(Audit.Filter.ALL, all::add);
        assertTrue(all.size() > seen.size());
    }

    @Test
    void aStatisticianSeesTheOfficesClosesImportsAndLoginsButRecordsOnlyInTheirScope() {
        Database admin = as(null);
        new taizhang.tally.Closing(new Tally(admin)).close(java.time.YearMonth.of(2026, 9), TODAY,
                java.time.Clock.systemUTC());
        Audit.record(admin, "export", "persons", java.util.Map.of("rows", 3, "file", "p.csv"));
        List<Audit.Entry> seen = new ArrayList<>();
        new Audit(as(TOWNSHIP)).list(Audit.Filter.ALL, seen::add);
        List<String> actions = seen.stream().map(e -> e.login() + " " + e.action()).toList();
        assertTrue(actions.contains("tester month.close"), "who closed the month: " + actions);
        assertTrue(actions.contains("tester export"), "who took data out: " + actions);
        assertTrue(actions.contains("tester account.add"), "account changes: " + actions);
        for (Audit.Entry e : seen) {
            if (e.recordId() != null && e.register() != null && !"areas".equals(e.register())
                    && !"schemes".equals(e.register())) {
                String village = admin.handle().createQuery("SELECT area_code FROM "
                        + Register.byName(e.register()).table() + " WHERE id = ?").bind(0, e.recordId())
                        .mapTo(String.class).one();
                assertTrue(village.startsWith(Office.EAST), "a record outside the township stays hidden: " + e);
            }
        }
        List<Audit.Entry> clerk = new ArrayList<>();
        new Audit(as(CLERK)).list(Audit.Filter.ALL, clerk::add);
        assertFalse(clerk.stream().anyMatch(e -> e.action().equals("month.close") || e.action().equals("export")),
                "a clerk is kept to their own entries and their village's records");
    }

    private static boolean inV1(Database admin, Audit.Entry e) {
        Register r = Register.byName(e.register());
        return Office.V1.equals(admin.handle().createQuery("SELECT area_code FROM " + r.table() + " WHERE id = ?")
                .bind(0, e.recordId()).mapTo(String.class).one());
    }
}
