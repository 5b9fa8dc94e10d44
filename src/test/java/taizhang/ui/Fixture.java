package taizhang.ui;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/** A small office for screen tests: one county, one township, two villages, a few people. */
final class Fixture {
    private Fixture() {
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String EAST = "990101101201";
    static final String WEST = "990101101202";

    /** An ID number with a correct check character: area 990101, the birth date, sequence and sex digit. */
    static String id(String birth, int sequence, boolean male) {
        int seq = sequence * 10 + (male ? 1 : 2);
        return taizhang.testing.Ids.id(birth.replace("-", ""), seq % 1000);
    }

    static Database create(Path dir, int extraPersons) throws SQLException {
        Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("office.db")));
        RegisterStore store = new RegisterStore(db);
        db.write(h -> {
            try (RegisterStore.Inserter schemes = store.inserter(Register.SCHEMES, "test")) {
                schemes.insert(Entry.of(Register.SCHEMES, "code", "childcare", "name", "育儿补贴", "yearly_amount", 360000L));
            }
            try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "test")) {
                areas.insert(Entry.of(Register.AREAS, "code", "990101", "name", "演示县"));
                areas.insert(Entry.of(Register.AREAS, "code", "990101101", "name", "城关镇", "parent_code", "990101"));
                areas.insert(Entry.of(Register.AREAS, "code", EAST, "name", "东村", "parent_code", "990101101"));
                areas.insert(Entry.of(Register.AREAS, "code", WEST, "name", "西村", "parent_code", "990101101"));
            }
            try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "test")) {
                persons.insert(person(id("1990-03-04", 1, true), "张晓明", "M", "1990-03-04", EAST));
                persons.insert(person(id("1992-05-06", 2, false), "李红", "F", "1992-05-06", WEST));
                persons.insert(person(id("1985-01-02", 3, false), "吉𠮷", "F", "1985-01-02", EAST));
                for (int i = 0; i < extraPersons; i++) {
                    String birth = LocalDate.of(1950, 1, 1).plusDays(i % 20000).toString();
                    persons.insert(person(id(birth, i % 90 + 5, i % 2 == 0), "王" + i, i % 2 == 0 ? "M" : "F",
                            birth, i % 3 == 0 ? WEST : EAST));
                }
            }
            return null;
        });
        return db;
    }

    static Entry person(String id, String name, String sex, String birth, String area) {
        return Entry.of(Register.PERSONS, "id_number", id, "name", name, "sex", sex, "birth_date", LocalDate.parse(birth),
                "area_code", area, "household_no", "H" + name.length(), "residence", "resident",
                "marital_status", "married");
    }
}
