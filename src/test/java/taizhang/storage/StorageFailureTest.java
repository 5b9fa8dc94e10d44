package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Clerks.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import taizhang.domain.Register;
import taizhang.testing.Clerks;
import taizhang.testing.Snapshot;

/**
 * SPEC 10: failures of the database named for what they are, each leaving the file as it was:
 * busy past the timeout, a full disk, an I/O error, a file that is not taizhang's or is newer.
 */
class StorageFailureTest {
    @TempDir
    Path dir;

    @Test
    void aSaveOnAFullDiskSaysSoAndLeavesTheDatabaseAsItWas() throws Exception {
        Path file = Clerks.office(dir);
        try (Database db = Clerks.clerk(file, "wang")) {
            Map<String, String> visit = Clerks.fillUp(db);
            String before = Snapshot.of(file);
            StorageException e = assertThrows(StorageException.class,
                    () -> new Records(db, TODAY).add(Clerks.entry(db, Register.VISITS, visit)));
            assertEquals(StorageException.Kind.FULL, e.kind());
            assertEquals("disk full: nothing was written to " + file + "; free some space and try again",
                    taizhang.testing.Said.en(e));
            assertEquals(before, Snapshot.of(file));
            assertEquals(0, (int) db.handle().createQuery("SELECT count(*) FROM audit WHERE action = 'record.add'"
                    + " AND detail LIKE '%" + visit.get("household_no") + "\"%'").mapTo(Integer.class).one());
        }
    }

    @Test
    void aSaveWaitingPastTheBusyTimeoutSaysDatabaseBusy() throws Exception {
        Path file = Clerks.office(dir);
        try (Database db = Clerks.clerk(file, "wang")) {
            Clerks.busyTimeout(db, 200);
            String before = Snapshot.of(file);
            StorageException e;
            try (Clerks.LockHolder other = new Clerks.LockHolder(file)) {
                e = assertThrows(StorageException.class,
                        () -> new Records(db, TODAY).add(Clerks.entry(db, Register.BIRTHS, Clerks.birth("小明"))));
            }
            assertEquals(StorageException.Kind.BUSY, e.kind());
            assertEquals("database busy: try again", taizhang.testing.Said.en(e));
            assertEquals(before, Snapshot.of(file));
            new Records(db, TODAY).add(Clerks.entry(db, Register.BIRTHS, Clerks.birth("小明")));
            assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM birth"), "once the other is done, it saves");
        }
    }

    @Test
    void resultCodesAreToldApartInOnePlace() {
        assertEquals(StorageException.Kind.IO, kindOf(SQLiteErrorCode.SQLITE_IOERR_WRITE));
        assertEquals(StorageException.Kind.IO, kindOf(SQLiteErrorCode.SQLITE_IOERR_FSYNC));
        assertEquals(StorageException.Kind.IO, kindOf(SQLiteErrorCode.SQLITE_IOERR_SHORT_READ));
        assertEquals(StorageException.Kind.BUSY, kindOf(SQLiteErrorCode.SQLITE_BUSY));
        assertEquals(StorageException.Kind.BUSY, kindOf(SQLiteErrorCode.SQLITE_LOCKED));
        assertEquals(StorageException.Kind.READ_ONLY, kindOf(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY));
        assertEquals(StorageException.Kind.FULL, kindOf(SQLiteErrorCode.SQLITE_FULL));
        assertEquals(StorageException.Kind.NOT_TAIZHANG, kindOf(SQLiteErrorCode.SQLITE_NOTADB));
        assertEquals(StorageException.Kind.DAMAGED, kindOf(SQLiteErrorCode.SQLITE_CORRUPT));
        assertEquals(StorageException.Kind.OTHER, kindOf(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE));

        StorageException io = StorageException.of(new SQLiteException("[SQLITE_IOERR_WRITE] disk I/O error",
                SQLiteErrorCode.SQLITE_IOERR_WRITE), Path.of("office.db"));
        assertEquals("I/O error on office.db: nothing was written ([SQLITE_IOERR_WRITE] disk I/O error)",
                taizhang.testing.Said.en(io));
        assertTrue(StorageException.refusedRecord(new SQLiteException("", SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK)));
        assertTrue(StorageException.refusedRecord(new SQLiteException("", SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY)));
        assertTrue(!StorageException.refusedRecord(new SQLiteException("", SQLiteErrorCode.SQLITE_FULL)));
        assertTrue(!StorageException.refusedRecord(new SQLiteException("", SQLiteErrorCode.SQLITE_IOERR_WRITE)));
        assertTrue(!StorageException.refusedRecord(new SQLException("no result code")));
    }

    private static StorageException.Kind kindOf(SQLiteErrorCode code) {
        return StorageException.of(new SQLiteException(code.message, code), Path.of("x.db")).kind();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedByNameAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "这不是数据库, just a text file that someone named .db\n".repeat(40));
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> Database.open(file));
        assertEquals(StorageException.Kind.NOT_TAIZHANG, e.kind());
        assertTrue(taizhang.testing.Said.en(e).startsWith(file + " is not a taizhang database"), taizhang.testing.Said.en(e));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndNotGivenOurTablesNorTheWriteAheadLog() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
            s.execute("INSERT INTO contacts VALUES ('王', '138')");
        }
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> Database.open(file));
        assertEquals(StorageException.Kind.NOT_TAIZHANG, e.kind());
        assertArrayEquals(before, Files.readAllBytes(file), "not even switched to WAL");

        Path tagged = dir.resolve("tagged.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tagged); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 42");
        }
        assertEquals(StorageException.Kind.NOT_TAIZHANG,
                assertThrows(StorageException.class, () -> Database.open(tagged)).kind());
    }

    @Test
    void aDatabaseOfANewerTaizhangIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Clerks.office(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> Database.open(file));
        assertEquals(StorageException.Kind.NEWER, e.kind());
        assertTrue(taizhang.testing.Said.en(e).contains("newer taizhang"), taizhang.testing.Said.en(e));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseMadeBeforeTheApplicationIdIsStillOursAndGetsIt() throws Exception {
        // A file as the version before V5 left it: the scripts up to there, no application id.
        Path file = dir.resolve("old.db");
        int before = Migrations.SCRIPTS.indexOf("V5__application_id.sql");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String script : Migrations.SCRIPTS.subList(0, before)) {
                for (String statement : Migrations.statements(Migrations.read(script))) {
                    s.execute(statement);
                }
            }
            s.execute("PRAGMA user_version = " + before);
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.APPLICATION_ID, (int) db.handle().createQuery("PRAGMA application_id")
                    .mapTo(Integer.class).one());
        }
    }
}
