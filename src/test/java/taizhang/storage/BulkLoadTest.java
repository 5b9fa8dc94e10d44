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

    /**
     * The foreign keys are checked once, after the rows: a person's area through the index that
     * leads with it, value by value; a benefit's scheme (no index leads with it) by SQLite's own
     * check of every row. Either way the load is refused, naming how many rows, and leaves nothing.
     */
    @Test
    void rowsReferringToAMissingAreaOrSchemeRefuseTheLoad() throws Exception {
        taizhang.testing.Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            String v1 = taizhang.testing.Office.V1;
            StorageException persons = assertThrows(StorageException.class, () -> BulkLoad.write(db, Register.PERSONS,
                    true, () -> {
                        for (String area : List.of(v1, "990101109999", v1, "990101109999", "990101109998")) {
                            db.execute("INSERT INTO person (name, sex, birth_date, area_code, residence, created_at,"
                                    + " updated_at) VALUES ('a', 'F', '1990-01-01', '" + area + "', 'resident', 'x', 'x')");
                        }
                        return null;
                    }));
            assertEquals(taizhang.domain.Problem.Code.LOAD_REFUSED, persons.problem().code());
            assertEquals(List.of(3L, "person", 2L, "area"), persons.problem().args());

            StorageException benefits = assertThrows(StorageException.class, () -> BulkLoad.write(db, Register.BENEFITS,
                    true, () -> {
                        db.execute("INSERT INTO benefit (name, area_code, scheme, month, amount_due_fen, amount_paid_fen,"
                                + " created_at, updated_at) VALUES ('a', '" + v1 + "', 'no_such_scheme', '2026-01', 1, 1,"
                                + " 'x', 'x')");
                        return null;
                    }));
            assertEquals(taizhang.domain.Problem.Code.LOAD_REFUSED, benefits.problem().code());
            assertEquals(1, ((Number) benefits.problem().args().get(0)).intValue());
            assertEquals("scheme", benefits.problem().args().get(3));

            assertEquals(0L, db.handle().createQuery("SELECT count(*) FROM person").mapTo(Long.class).one());
            assertEquals(0L, db.handle().createQuery("SELECT count(*) FROM benefit").mapTo(Long.class).one());
        }
    }

    /** A load that fails with a statement still open on its images reports its own failure. */
    @Test
    void aFailedLoadReportsItsOwnFailureThoughItsImagesCouldNotBeDetached() {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> BulkLoad.write(db, Register.PERSONS,
                    true, () -> {
                        try {
                            java.sql.Statement open = db.connection().createStatement();
                            open.execute("CREATE TABLE " + BulkLoad.STAGED + ".t AS SELECT 1 AS x UNION ALL SELECT 2");
                            java.sql.ResultSet rows = open.executeQuery("SELECT x FROM " + BulkLoad.STAGED + ".t");
                            rows.next();
                        } catch (java.sql.SQLException x) {
                            throw new IllegalStateException("could not set the test up", x);
                        }
                        throw new IllegalStateException("the load's own failure");
                    }));
            assertEquals("the load's own failure", e.getMessage());
        }
    }
}
