package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new database is made with 16 KiB pages (see {@link Database#PAGE_SIZE}); one made before keeps its own. */
class PageSizeTest {
    @TempDir
    Path dir;

    private static long pageSize(Database db) {
        return db.handle().createQuery("PRAGMA page_size").mapTo(Long.class).one();
    }

    @Test
    void aNewDatabaseHasSixteenKibPagesAndKeepsThem() {
        Path file = dir.resolve("new.db");
        try (Database db = Database.create(file)) {
            assertEquals(16_384, pageSize(db));
            assertEquals("wal", db.handle().createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        }
        try (Database db = Database.open(file)) {
            assertEquals(16_384, pageSize(db));
        }
    }

    @Test
    void aDatabaseMadeWithFourKibPagesIsOpenedAndMigratedAsItIs() throws Exception {
        Path file = dir.resolve("old.db");
        Database.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // As a database made before: SQLite's 4 KiB pages.
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA page_size = 4096");
            s.execute("VACUUM");
            s.execute("PRAGMA journal_mode = WAL");
        }
        try (Database db = Database.open(file)) {
            assertEquals(4_096, pageSize(db));
        }
    }
}
