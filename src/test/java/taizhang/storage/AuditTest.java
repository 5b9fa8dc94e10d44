package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.testing.Cli;
import taizhang.testing.Ids;
import taizhang.testing.Office;

class AuditTest {
    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private Records records;
    private long personId;

    @BeforeEach
    void office() throws Exception {
        Office.create(dir);
        file = dir.resolve("office.db");
        db = Database.open(file);
        db.actAs(new Accounts(db).forOsUser(Cli.OS_USER));
        records = new Records(db, LocalDate.parse(Cli.TODAY));
        Entry person = Entry.of(Register.PERSONS, "id_number", Ids.id("19900304", 11), "name", "张晓明", "sex", "M", "birth_date", LocalDate.of(1990, 3, 4), "area_code", Office.V1, "household_no", "H-1", "residence", "resident", "marital_status", "single");
        personId = records.add(person).id();
        records.change(personId, 1, person.with("name", "张小明").with("household_no", "H-2"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long entries() {
        return db.handle().createQuery("SELECT count(*) FROM audit").mapTo(Long.class).one();
    }

    /** Someone with the sqlite3 shell, not the program: a connection of its own. */
    private void byHand(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static final String DROP_TRIGGERS = "DROP TRIGGER audit_no_update";

    @Test
    void theChainOfEveryEntryVerifiesAndNamesItsHead() {
        Audit.Verification v = new Audit(db).verify();
        assertTrue(v.intact(), v.toString());
        assertEquals(entries(), v.entries());
        String last = db.handle().createQuery("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").mapTo(String.class)
                .one();
        assertEquals(last, v.head());
        String first = db.handle().createQuery("SELECT prev_hash FROM audit WHERE seq = 1").mapTo(String.class).one();
        assertEquals("0".repeat(64), first, "the first entry follows 32 zero bytes");
    }

    /** A record an import made has no entry of its own: its history is the import's entry, whose ids reach it. */
    @Test
    void anImportedRecordsHistoryIsTheImportThatMadeIt() throws Exception {
        // An ASCII file name: the suite also runs under LC_ALL=C, where Java cannot name a file in Chinese.
        Path csv = dir.resolve("new-persons.csv");
        java.nio.file.Files.writeString(csv, "name,sex,birth_date,area_code,residence\n"
                + "王五,M,1980-01-02," + Office.V1 + ",resident\n李四,F,1981-02-03," + Office.V1 + ",resident\n");
        Cli cli = new Cli(file);
        db.close();
        assertEquals(0, cli.run("import", "persons", csv.toString()).code());
        db = Database.open(file);
        db.actAs(new Accounts(db).forOsUser(Cli.OS_USER));

        List<Audit.Entry> second = new Audit(db).history("persons", personId + 2);
        assertEquals(List.of("import"), second.stream().map(Audit.Entry::action).toList());
        assertEquals("new-persons.csv", second.get(0).details().get("file"));
        assertEquals(List.of("record.add", "record.change"),
                new Audit(db).history("persons", personId).stream().map(Audit.Entry::action).toList(),
                "a record added by hand has its own entries, not the import's");
        assertTrue(new Audit(db).history("births", personId + 1).isEmpty(), "another register's record of that id");
        String listed = cli.run("audit", "--record", String.valueOf(personId + 1), "--format", "csv").out();
        assertTrue(listed.lines().anyMatch(l -> l.contains(",import,persons,,")), listed);
    }

    /** A village clerk reading the history of their village's record sees the import that made it, though another ran it. */
    @Test
    void aClerkSeesTheImportThatMadeARecordOfTheirVillageAndNoOther() throws Exception {
        Path csv = dir.resolve("two-villages.csv");
        java.nio.file.Files.writeString(csv, "name,sex,birth_date,area_code,residence\n"
                + "王五,M,1980-01-02," + Office.V1 + ",resident\n李四,F,1981-02-03," + Office.V3 + ",resident\n");
        db.close();
        assertEquals(0, new Cli(file).run("import", "persons", csv.toString()).code());
        db = Database.open(file);
        db.actAs(new taizhang.domain.Account("li", "李", taizhang.domain.Role.CLERK,
                new taizhang.domain.Scope(List.of(Office.V1)), null, false));
        assertEquals(List.of("import"), new Audit(db).history("persons", personId + 1).stream()
                .map(Audit.Entry::action).toList(), "the clerk's village's record");
        assertTrue(new Audit(db).history("persons", personId + 2).isEmpty(), "another village's record tells nothing");
        List<String> byId = new ArrayList<>();
        new Audit(db).list(new Audit.Filter(null, personId + 1, null, null), e -> byId.add(e.action()));
        assertEquals(List.of("import"), byId, "audit --record without --register, as the CLI asks");
        List<String> all = new ArrayList<>();
        new Audit(db).list(Audit.Filter.ALL, e -> all.add(e.action()));
        assertFalse(all.contains("import"), "not in the trail as a whole: it is no entry about their records alone");
    }

    /** The demo county's records were made by the program: their history says so, not "before the audit trail". */
    @Test
    void theDemoCountysRecordsHistoryIsTheDemo() {
        Path demo = dir.resolve("demo.db");
        assertEquals(0, new Cli(demo).run("init", "--demo", "--persons", "200").code());
        try (Database d = Database.open(demo)) {
            d.actAs(new Accounts(d).forOsUser(Cli.OS_USER));
            Audit audit = new Audit(d);
            List<Audit.Entry> first = audit.history("persons", 1);
            assertEquals(List.of("demo"), first.stream().map(Audit.Entry::action).toList());
            long persons = d.handle().createQuery("SELECT count(*) FROM person").mapTo(Long.class).one();
            assertEquals(Map.of("rows", 1.0 * persons, "first_id", 1.0, "last_id", 1.0 * persons),
                    first.get(0).details(), "one entry for the register, naming the ids it made");
            assertEquals(List.of("demo"), audit.history("births", 1).stream().map(Audit.Entry::action).toList());
            assertTrue(audit.verify().intact(), "the chain holds the demo's entries");
        }
    }

    @Test
    void aChangeRecordsEachChangedFieldBeforeAndAfterAndNothingElse() {
        List<Audit.Entry> history = new Audit(db).history("persons", personId);
        assertEquals(List.of("record.add", "record.change"), history.stream().map(Audit.Entry::action).toList());
        Map<String, Object> changes = cast(history.get(1).details().get("changes"));
        assertEquals(Map.of("name", Map.of("before", "张晓明", "after", "张小明"),
                "household_no", Map.of("before", "H-1", "after", "H-2")), changes);
        assertEquals(Cli.OS_USER, history.get(1).login());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void theTriggersRefuseUpdateDeleteAndAnyInsertButTheNextInTheChain() {
        long before = entries();
        assertThrows(SQLException.class, () -> byHand("UPDATE audit SET login = 'nobody' WHERE seq = 2"));
        assertThrows(SQLException.class, () -> byHand("DELETE FROM audit WHERE seq = " + before));
        assertThrows(SQLException.class, () -> byHand("INSERT OR REPLACE INTO audit (seq, at, login, action, detail,"
                + " prev_hash, hash) SELECT seq, at, 'nobody', action, detail, prev_hash, hash FROM audit WHERE seq = 2"),
                "an INSERT OR REPLACE cannot overwrite an entry");
        assertThrows(SQLException.class, () -> byHand("INSERT INTO audit (seq, at, login, action, detail, prev_hash,"
                + " hash) VALUES (" + (before + 2) + ", 'x', 'x', 'x', '{}', 'x', 'x')"), "a gap");
        assertThrows(SQLException.class, () -> byHand("INSERT INTO audit (seq, at, login, action, detail, prev_hash,"
                + " hash) VALUES (" + (before + 1) + ", 'x', 'x', 'x', '{}', '" + "0".repeat(64) + "', 'x')"),
                "not chained to the last entry");
        assertThrows(SQLException.class, () -> byHand("INSERT INTO audit (at, login, action, detail, prev_hash,"
                + " hash) VALUES ('x', 'x', 'x', '{}', 'x', 'x')"), "no seq of its own");
        assertEquals(before, entries());
        assertTrue(new Audit(db).verify().intact());
    }

    @Test
    void aChangedEntryIsFoundByItsSeqOnceTheTriggersAreDroppedByHand() throws SQLException {
        byHand(DROP_TRIGGERS, "UPDATE audit SET detail = replace(detail, '张小明', '张大明') WHERE action = 'record.change'");
        long seq = db.handle().createQuery("SELECT seq FROM audit WHERE action = 'record.change'").mapTo(Long.class).one();
        Audit.Verification v = new Audit(db).verify();
        assertFalse(v.intact());
        assertEquals(seq, v.firstBad());
    }

    @Test
    void aDeletedEntryIsFoundByTheSeqThatIsMissing() throws SQLException {
        byHand("DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE seq = 3");
        Audit.Verification v = new Audit(db).verify();
        assertEquals(3L, v.firstBad());
        assertEquals(2L, v.entries());
    }

    @Test
    void anEntryInsertedWithForgedFieldsIsFound() throws SQLException {
        long next = entries() + 1;
        String last = db.handle().createQuery("SELECT hash FROM audit WHERE seq = ?").bind(0, next - 1)
                .mapTo(String.class).one();
        // Chained correctly (the trigger lets it in), but its hash is not what its fields give.
        byHand("INSERT INTO audit (seq, at, login, action, detail, prev_hash, hash) VALUES (" + next
                + ", '2026-11-20T00:00:00Z', 'tester', 'record.void', '{}', '" + last + "', '" + "a".repeat(64) + "')");
        assertEquals(next, new Audit(db).verify().firstBad());
    }

    @Test
    void aWriteThatFailsLeavesNeitherTheRecordNorItsEntry() {
        long before = entries();
        Entry outside = Entry.of(Register.PERSONS, "id_number", Ids.id("19900304", 13), "name", "王五", "sex", "M", "birth_date", LocalDate.of(1990, 3, 4), "area_code", "990101101299", "residence", "resident");
        assertThrows(RuntimeException.class, () -> records.add(outside));
        assertEquals(before, entries());
    }

    @Test
    void anEntrysTimeIsAlwaysToTheMillisecondAndItsDetailInOneOrderWhateverTheRun() {
        assertEquals("2026-12-01T09:57:38.000Z", Audit.stamp(java.time.Instant.parse("2026-12-01T09:57:38Z")),
                "a whole second keeps its fraction, so that times sort as text");
        assertEquals("2026-12-01T09:57:38.100Z", Audit.stamp(java.time.Instant.parse("2026-12-01T09:57:38.100999Z")));
        // A HashMap iterates "p" before "c" (their hashes' low bits); Map.of in an order that changes each run.
        java.util.Map<String, Object> unordered = new java.util.HashMap<>();
        unordered.put("p", 1);
        unordered.put("c", java.util.Map.of("rows", 2, "file", "a.csv", "format", "csv", "masked", false));
        assertEquals("{\"c\":{\"file\":\"a.csv\",\"format\":\"csv\",\"masked\":false,\"rows\":2},\"p\":1}",
                Audit.json(unordered));
        java.util.Map<String, Object> built = new java.util.LinkedHashMap<>();
        built.put("p", 1);
        built.put("c", 2);
        assertEquals("{\"p\":1,\"c\":2}", Audit.json(built), "an order chosen on purpose is kept");
        db.write(() -> Audit.append(db, "export", "persons", null, unordered));
        String stored = db.handle().createQuery("SELECT detail || ' ' || at FROM audit ORDER BY seq DESC LIMIT 1")
                .mapTo(String.class).one();
        assertTrue(stored.startsWith("{\"c\":{\"file\":"), stored);
        assertTrue(stored.matches(".* \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), stored);
        assertTrue(new Audit(db).verify().intact());
    }

    @Test
    void theHashIsTheDocumentedCanonicalFormSoAnAuditorCanRecomputeIt() throws Exception {
        // SHA-256 of the 32 bytes of prev_hash, then each field as a netstring LENGTH:BYTES, (UTF-8).
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(new byte[32]);
        sha.update("1:7,20:2026-11-20T08:00:00Z,6:张三,10:record.add,7:persons,2:42,2:{},"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String expected = java.util.HexFormat.of().formatHex(sha.digest());
        assertEquals(expected, Audit.hash("0".repeat(64), 7, "2026-11-20T08:00:00Z", "张三", "record.add", "persons",
                42L, "{}"));
        assertFalse(expected.equals(Audit.hash("0".repeat(64), 7, "2026-11-20T08:00:00Z", "张", "三record.add",
                "persons", 42L, "{}")), "moving a character from one field to the next changes the hash");
    }
}
