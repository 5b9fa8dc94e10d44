package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void aRefusedRecordInABatchIsNamedAndTheOthersAreInserted() throws Exception {
        Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            List<BatchInserter.Refused<Integer>> refused = db.write(h -> {
                try (BatchInserter<Integer> batch = new RegisterStore(db).batchInserter(Register.BIRTHS, "t")) {
                    for (int i = 0; i < 120; i++) {
                        // The database's own check refuses a birth order of 99, which the rules never let through.
                        batch.add(birth(i == 7 || i == 110 ? 99 : 1, "孩" + i), i);
                    }
                    return batch.finish();
                }
            });
            assertEquals(List.of(7, 110), refused.stream().map(BatchInserter.Refused::tag).toList());
            assertEquals(118, new RegisterStore(db).count(Register.BIRTHS));
            List<String> names = new java.util.ArrayList<>();
            new RegisterStore(db).forEach(Register.BIRTHS, s -> names.add(s.entry().text("child_name")));
            assertEquals("孩0", names.get(0));
            assertEquals("孩119", names.get(117));
        }
    }

    /**
     * An import works out a row's columns (text, numbers, search key) on its reading thread and
     * hands them to the writing thread: a record written so is stored exactly as one written alone.
     */
    @Test
    void aRecordInsertedInABatchIsStoredAsOneInsertedAlone() throws Exception {
        Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            Entry birth = new Entry(Register.BIRTHS, new Object[] {"乐乐", "F", LocalDate.of(2026, 3, 1), 2,
                    "990101199001011234", "曾李娜", null, Office.V1, null, "Q123", LocalDate.of(2026, 3, 2)});
            db.write(h -> {
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
