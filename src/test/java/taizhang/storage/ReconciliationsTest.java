package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.DateRange;
import taizhang.domain.Entry;
import taizhang.domain.Register;

/** The register's side of a reconciliation, on a real SQLite file. */
class ReconciliationsTest {
    @TempDir
    Path dir;

    private static Entry birth(String date, String cert) {
        return new Entry(Register.BIRTHS, new Object[] {"甲", "F", LocalDate.parse(date), 1, null, "乙", null,
            "990101101201", null, cert, LocalDate.parse("2026-11-01")});
    }

    @Test
    void birthsInTheDatesAndThoseHoldingACertificateWhateverTheirDateInRegisterOrder() {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            RegisterStore store = new RegisterStore(db);
            db.write(h -> {
                try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "t");
                     RegisterStore.Inserter births = store.inserter(Register.BIRTHS, "t")) {
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101", "县", null}));
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101101", "镇", "990101"}));
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101101201", "村", "990101101"}));
                    births.insert(birth("2026-02-26", null));   // 1: the day before
                    births.insert(birth("2026-02-27", null));   // 2: first day
                    births.insert(birth("2020-05-05", "C7"));   // 3: long before, certificate asked
                    births.insert(birth("2026-03-10", "C8"));   // 4: inside, certificate asked too
                    births.insert(birth("2026-03-11", null));   // 5: last day
                    births.insert(birth("2026-03-12", null));   // 6: the day after
                    births.insert(birth("2021-01-01", "C9"));   // 7: certificate not asked
                }
                return null;
            });
            new Records(db, LocalDate.parse("2026-11-23")).voidRecord(Register.BIRTHS, 5, 1, "typed twice");
            DateRange dates = new DateRange(LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-11"));
            List<Long> ids = new Reconciliations(db).births(dates, Set.of("C7", "C8", "C404")).stream()
                    .map(RegisterStore.Stored::id).toList();
            assertEquals(List.of(2L, 3L, 4L), ids, "voided births never match");
        }
    }
}
