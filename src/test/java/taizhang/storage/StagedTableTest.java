package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Register;

/** The images of a bulk load are copied into the register as they are, and only rows SQLite would take go that way. */
class StagedTableTest {
    @TempDir
    Path dir;

    @Test
    void theChecksOfATableAreReadFromItsDefinition() {
        assertEquals(List.of("sex IN ('M', 'F')", "a = ')' OR \"CHECK\" = 'check (x)'", "n BETWEEN (1) AND (20)"),
                StagedTable.checks("CREATE TABLE \"t\" (sex TEXT NOT NULL CHECK (sex IN ('M', 'F')), a TEXT"
                        + " check(a = ')' OR \"CHECK\" = 'check (x)'), rechecked TEXT, n INTEGER CHECK  (n BETWEEN (1) AND (20)))"));
        assertEquals(List.of(), StagedTable.checks("CREATE TABLE t (checked TEXT, 'CHECK (1)' TEXT)"));
    }

    /**
     * SQLite keeps a definition as it was written, comments included: an apostrophe in a comment
     * ("the clerk's") once hid every CHECK after it (the rows then copied unchecked), and the word
     * CHECK in a comment was read as one.
     */
    @Test
    void commentsInADefinitionAreNotReadAsSql() {
        assertEquals(List.of("n >= 0", "sex IN ('M', 'F') -- one of two", "x <> 'a''s'"),
                StagedTable.checks("CREATE TABLE t (a TEXT, -- the clerk's note, not a check (x)\n"
                        + " n INTEGER CHECK /* why: money */ (n >= 0), /* a CHECK (1) in a comment's words */\n"
                        + " sex TEXT CHECK (sex IN ('M', 'F') -- one of two\n   ), x TEXT CHECK (x <> 'a''s'))"));
    }

    /** Every CHECK of the schema a new database gets, as read from its definitions by hand. */
    @Test
    void theChecksOfEveryTableOfTheSchema() throws Exception {
        java.util.Map<String, List<String>> expected = new java.util.TreeMap<>(java.util.Map.of(
                "person", List.of("sex IN ('M', 'F')", "residence = 'resident' OR residence = 'inflow' OR residence = 'outflow'",
                        "marital_status = 'single' OR marital_status = 'married'\n                               "
                                + "OR marital_status = 'divorced' OR marital_status = 'widowed'"),
                "birth", List.of("child_sex IN ('M', 'F')", "birth_order BETWEEN 1 AND 20",
                        "place = 'hospital' OR place = 'home' OR place = 'other'"),
                "death", List.of("sex IN ('M', 'F')"),
                "marriage", List.of("first_marriage_woman IN ('Y', 'N')"),
                "migration", List.of("sex IN ('M', 'F')", "direction IN ('in', 'out')"),
                "benefit", List.of("amount_due_fen >= 0", "amount_paid_fen >= 0"),
                "population", List.of("population >= 0"),
                "account", List.of("role IN ('admin', 'statistician', 'clerk', 'viewer')"),
                "reconciliation_row", List.of("status IN ('matched', 'conflict', 'missing', 'unlisted')",
                        "tier IN ('certificate', 'mother_id', 'name')")));
        java.util.Map<String, List<String>> read = new java.util.TreeMap<>();
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            db.select("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", List.of(), rs -> {
                List<String> checks = StagedTable.checks(rs.getString(2));
                if (!checks.isEmpty()) {
                    read.put(rs.getString(1), checks);
                }
            });
        }
        assertEquals(expected, read);
    }

    /**
     * The query asked of an image finds a row the table's CHECKs refuse and no other: a CHECK
     * whose expression is NULL passes (so NOT of it, NULL too, finds nothing), one that is false
     * (0) fails; an expression ending in a comment still makes a query.
     */
    @Test
    void theQueryOfFailingRowsFindsWhatSqliteRefusesAndNothingElse() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CHECK (n >= 0 -- none below zero\n),"
                    + " sex TEXT CHECK (sex IN ('M', 'F')), created_at TEXT, updated_at TEXT, changed_by TEXT)");
            StagedTable table = new StagedTable(c, "t", List.of("n", "sex"), new Object[3]);
            s.execute("ATTACH ':memory:' AS " + BulkLoad.STAGED);
            s.execute(table.createSql().replace("CREATE TABLE ", "CREATE TABLE " + BulkLoad.STAGED + "."));
            Object[][] rows = {{null, null}, {0L, "F"}, {5L, null}, {null, "M"}};
            try (java.sql.PreparedStatement add = c.prepareStatement("INSERT INTO " + BulkLoad.STAGED + "."
                    + TableImage.TABLE + " (n, sex) VALUES (?, ?)")) {
                for (Object[] row : rows) {
                    add.setObject(1, row[0]);
                    add.setObject(2, row[1]);
                    add.executeUpdate();
                }
            }
            assertEquals(List.of(), failing(c, table), "NULLs pass a CHECK");
            for (String bad : List.of("UPDATE staged.rows SET n = -1 WHERE rowid = 3", "UPDATE staged.rows SET n = 1, sex = 'X' WHERE rowid = 3")) {
                s.execute("PRAGMA ignore_check_constraints = ON"); // as an image holds them: unchecked
                s.execute(bad);
                s.execute("PRAGMA ignore_check_constraints = OFF");
                assertEquals(List.of(3L), failing(c, table), bad);
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> s.execute("INSERT INTO main.t (n, sex) SELECT n, sex FROM staged.rows WHERE rowid = 3"));
                assertTrue(StorageException.refusedRecord(refused), refused.getMessage());
            }
        }
    }

    private static List<Long> failing(java.sql.Connection c, StagedTable table) throws java.sql.SQLException {
        List<Long> rowids = new ArrayList<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(table.failsCheck())) {
            while (rs.next()) {
                rowids.add(rs.getLong(1));
            }
        }
        return rowids;
    }

    /**
     * A table whose definition makes an index of its own (areas' and schemes' unique codes) is not
     * staged: an image defined alike would declare that index without holding it, and SQLite's
     * copy would read it (a damaged database, as the demo county's areas once showed).
     */
    @Test
    void onlyTablesNumberedByTheirRowidAndWithoutIndexesOfTheirOwnAreStaged() throws Exception {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            for (Register register : Register.values()) {
                boolean own = register == Register.AREAS || register == Register.SCHEMES;
                assertEquals(!own, StagedTable.suits(db.connection(), register.table()), register.toString());
            }
        }
    }

    /** SQLite copies the records as they are (no column read, none checked) for every register a large import queues. */
    @Test
    void sqliteCopiesTheImagesRecordsAsTheyAre() throws Exception {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            for (Register register : Register.values()) {
                if (!Registration.queues(register)) {
                    continue;
                }
                List<String> opcodes = BulkLoad.write(db, register, false, () -> {
                    try {
                        StagedTable staged = new StagedTable(db.connection(), register.table(), List.of(), new Object[3]);
                        TableImage image = new TableImage(staged.width(), staged.createSql());
                        db.connection().unwrap(org.sqlite.SQLiteConnection.class).deserialize(BulkLoad.STAGED, image.bytes());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    List<String> ops = new ArrayList<>();
                    db.select("EXPLAIN INSERT INTO main." + register.table() + " SELECT * FROM " + BulkLoad.STAGED + "."
                            + TableImage.TABLE, List.of(), rs -> ops.add(rs.getString("opcode")));
                    return ops;
                });
                boolean kept = register == Register.BIRTHS; // its import keeps two indexes it reads while loading
                assertEquals(!kept, opcodes.contains("RowData") || opcodes.contains("RowCell"), register + ": " + opcodes);
                assertEquals(kept, opcodes.contains("Column"), register + ": " + opcodes);
            }
        }
    }
}
