package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Register;

class RecordsTest {
    @TempDir
    Path dir;

    static final String VILLAGE = "990101101201";
    static final String ID = "11010519491231002X";

    private String diedOn(Database db) {
        return db.handle().createQuery("SELECT died_on FROM person WHERE id_number = ?").bind(0, ID)
                .mapTo(String.class).findOne().orElse(null);
    }

    @Test
    void aDeathSetsThePersonsDeathDateAndVoidingItUndoesThat() throws Exception {
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")))) {
            RegisterStore store = new RegisterStore(db);
            db.write(h -> {
                try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "t")) {
                    areas.insert(Entry.of(Register.AREAS, "code", "990101", "name", "县"));
                    areas.insert(Entry.of(Register.AREAS, "code", "990101101", "name", "镇", "parent_code", "990101"));
                    areas.insert(Entry.of(Register.AREAS, "code", VILLAGE, "name", "村", "parent_code", "990101101"));
                }
                try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "t")) {
                    persons.insert(Entry.of(Register.PERSONS, "id_number", ID, "name", "王芳", "sex", "F",
                            "birth_date", LocalDate.of(1949, 12, 31), "area_code", VILLAGE, "residence", "resident"));
                }
                return null;
            });
            Records records = new Records(db, LocalDate.of(2026, 11, 20));
            Entry death = Entry.of(Register.DEATHS, "id_number", ID, "name", "王芳", "sex", "F",
                    "death_date", LocalDate.of(2026, 10, 3), "area_code", VILLAGE, "registered_on", LocalDate.of(2026, 10, 5));
            records.add(death);
            long id = db.handle().createQuery("SELECT max(id) FROM death").mapTo(Long.class).one();
            assertEquals("2026-10-03", diedOn(db));
            records.change(id, 1, death.with("death_date", LocalDate.of(2026, 10, 2)));
            assertEquals("2026-10-02", diedOn(db), "a corrected death date follows");
            records.voidRecord(Register.DEATHS, id, 2, "entered by mistake");
            assertNull(diedOn(db), "the person lives again when the death is voided");
            assertEquals(1, (int) db.handle().createQuery("SELECT count(*) FROM death").mapTo(Integer.class).one(),
                    "never deleted");
        }
    }
}
