package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.testing.Office;

class BatchInserterTest {
    @TempDir
    Path dir;

    private static Entry birth(int order, String child) {
        return Entry.of(Register.BIRTHS, "child_name", child, "child_sex", "M", "birth_date", LocalDate.of(2026, 3, 1),
                "birth_order", order, "mother_name", "李娜", "area_code", Office.V1,
                "registered_on", LocalDate.of(2026, 3, 2));
    }

    /** What a test does with a batch inserter, in a transaction. */
    @FunctionalInterface
    private interface Batch<T> {
        T run() throws java.sql.SQLException;
    }

    /**
     * Runs {@code batch} in a bulk load, where the inserter hands its rows to SQLite as database
     * images, or (not {@code bulk}) in a plain transaction, where it binds them.
     */
    private static <T> T write(Database db, boolean bulk, Batch<T> batch) {
        Database.Job<T> job = () -> {
            try {
                return batch.run();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return bulk ? BulkLoad.write(db, Register.BIRTHS, true, job) : db.write(h -> job.run());
    }

    @ParameterizedTest(name = "bulk load: {0}")
    @ValueSource(booleans = {false, true})
    void aRefusedRecordInABatchIsNamedAndTheOthersAreInserted(boolean bulk) throws Exception {
        Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            List<BatchInserter.Refused<Integer>> refused = write(db, bulk, () -> {
                try (BatchInserter<Integer> batch = new RegisterStore(db).batchInserter(Register.BIRTHS, "t")) {
                    for (int i = 0; i < 5000; i++) {
                        // The database's own check refuses a birth order of 99, which the rules never let through.
                        batch.add(birth(i == 7 || i == 110 || i == 4500 ? 99 : 1, "孩" + i), i);
                    }
                    return batch.finish();
                }
            });
            assertEquals(List.of(7, 110, 4500), refused.stream().map(BatchInserter.Refused::tag).toList());
            assertEquals(4997, new RegisterStore(db).count(Register.BIRTHS));
            List<String> names = new java.util.ArrayList<>();
            new RegisterStore(db).forEach(Register.BIRTHS, s -> names.add(s.entry().text("child_name")));
            assertEquals("孩0", names.get(0));
            assertEquals("孩8", names.get(7));
            assertEquals("孩4999", names.get(4996));
        }
    }

    /** A record too large for a page of the image goes in bound, alone, in its place among the others. */
    @ParameterizedTest(name = "bulk load: {0}")
    @ValueSource(booleans = {false, true})
    void aVeryLargeRecordIsStoredInItsPlace(boolean bulk) throws Exception {
        Office.create(dir);
        String large = "长".repeat(30_000);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            List<BatchInserter.Refused<Integer>> refused = write(db, bulk, () -> {
                try (BatchInserter<Integer> batch = new RegisterStore(db).batchInserter(Register.BIRTHS, "t")) {
                    for (int i = 0; i < 100; i++) {
                        batch.add(birth(1, i == 40 ? large : "孩" + i), i);
                    }
                    return batch.finish();
                }
            });
            assertEquals(List.of(), refused);
            List<String> names = new java.util.ArrayList<>();
            new RegisterStore(db).forEach(Register.BIRTHS, s -> names.add(s.entry().text("child_name")));
            assertEquals(100, names.size());
            assertEquals("孩39", names.get(39));
            assertEquals(large, names.get(40));
            assertEquals("孩41", names.get(41));
        }
    }

    /**
     * An import works out a row's columns (text, numbers, search key) on its reading thread and
     * hands them to the writing thread: a record written so is stored exactly as one written alone.
     */
    @ParameterizedTest(name = "bulk load: {0}")
    @ValueSource(booleans = {false, true})
    void aRecordInsertedInABatchIsStoredAsOneInsertedAlone(boolean bulk) throws Exception {
        Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            Entry birth = new Entry(Register.BIRTHS, new Object[] {"乐乐", "F", LocalDate.of(2026, 3, 1), 2,
                    "990101199001011234", "曾李娜", null, Office.V1, null, "Q123", LocalDate.of(2026, 3, 2)});
            write(db, bulk, () -> {
                try (RegisterStore.Inserter alone = new RegisterStore(db).inserter(Register.BIRTHS, "t");
                     BatchInserter<Integer> batch = new RegisterStore(db).batchInserter(Register.BIRTHS, "t")) {
                    alone.insert(birth);
                    for (int i = 0; i < BatchInserter.ROWS; i++) {
                        batch.add(birth, BatchInserter.columns(birth), i);
                    }
                    return batch.finish();
                }
            });
            List<String> rows = db.handle().createQuery("SELECT * FROM birth ORDER BY id").map((rs, ctx) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    String column = rs.getMetaData().getColumnName(c);
                    if (!List.of("id", "created_at", "updated_at").contains(column)) {
                        row.append(column).append('=').append(rs.getObject(c)).append(' ');
                    }
                }
                return row.toString();
            }).list();
            assertEquals(1 + BatchInserter.ROWS, rows.size());
            assertTrue(rows.get(0).contains("search_key=|乐乐|"), rows.get(0));
            assertTrue(rows.get(0).contains("birth_order=2 "), rows.get(0));
            assertEquals(rows.get(0), rows.get(1));
            assertEquals(rows.get(0), rows.get(BatchInserter.ROWS));
        }
    }
}
