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
