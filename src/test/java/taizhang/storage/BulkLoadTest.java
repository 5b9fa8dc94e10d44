package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Register;

/**
 * A bulk load changes the connection's settings for its own length (a larger page cache for the
 * rows, worker threads for the index sorts, foreign keys checked at the end): a connection that
 * goes on serving a clerk afterwards must have them back, whether the load was committed or not.
 */
class BulkLoadTest {
    @TempDir
    Path dir;

    private static String settings(Database db) {
        return String.join(" ", List.of("cache_size", "threads", "foreign_keys").stream()
                .map(p -> p + "=" + db.handle().createQuery("PRAGMA " + p).mapTo(String.class).one())
                .toList());
    }

    private static String personIndexes(Database db) {
        return String.join("\n", db.handle().createQuery("SELECT sql FROM sqlite_master WHERE type = 'index'"
                + " AND tbl_name = 'person' AND sql IS NOT NULL ORDER BY name").mapTo(String.class).list());
    }

    @Test
    void theConnectionHasItsSettingsAndIndexesBackAfterALoad() {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            String before = settings(db);
            String indexes = personIndexes(db);

            assertEquals("done", BulkLoad.write(db, Register.PERSONS, true, () -> "done"));

            assertEquals(before, settings(db));
            assertEquals(indexes, personIndexes(db));
        }
    }

    @Test
    void theConnectionHasItsSettingsAndIndexesBackAfterALoadThatFailed() {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            String before = settings(db);
            String indexes = personIndexes(db);

            assertThrows(IllegalStateException.class, () -> BulkLoad.write(db, Register.PERSONS, true, () -> {
                throw new IllegalStateException("a row the load could not take");
            }));

            assertEquals(before, settings(db));
            assertEquals(indexes, personIndexes(db));
        }
    }
}
