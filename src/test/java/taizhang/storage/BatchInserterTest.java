package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
