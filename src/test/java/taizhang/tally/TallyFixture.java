package taizhang.tally;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.Settings;

/**
 * A small office for tally tests: a real SQLite file with settings and schemes as init makes
 * them, and one-line builders for areas and records of every register.
 */
public final class TallyFixture implements AutoCloseable {
    public final Database db;
    private final RegisterStore store;
    private int serial;

    private TallyFixture(Database db) {
        this.db = db;
        this.store = new RegisterStore(db);
    }

    public static TallyFixture create(Path dir, int statYearStart) {
        TallyFixture f = new TallyFixture(taizhang.testing.Admin.signIn(Database.create(dir.resolve("tally.db"))));
        f.db.write(h -> {
            Settings settings = new Settings(f.db);
            Settings.DEFAULTS.forEach(settings::put);
            settings.put(Settings.STAT_YEAR_START, String.valueOf(statYearStart));
            return null;
        });
        f.insert(Register.SCHEMES, Map.of("code", "childcare", "name", "育儿补贴"));
        return f;
    }

    public Tally tally() {
        return new Tally(db);
    }

    /** Inserts one record given by field key; returns its id. */
    public long insert(Register register, Map<String, Object> values) {
        Entry entry = Entry.of(register, values.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
        return db.write(h -> {
            try (RegisterStore.Inserter in = store.inserter(register, "test")) {
                return in.insertReturningId(entry);
            }
        });
    }

    public TallyFixture area(String code, String name, String parent) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("code", code, "name", name));
        if (parent != null) {
            v.put("parent_code", parent);
        }
        insert(Register.AREAS, v);
        return this;
    }

    public long birth(String village, String sex, String born, int order, String registered) {
        return insert(Register.BIRTHS, Map.of("child_sex", sex, "birth_date", LocalDate.parse(born),
                "birth_order", order, "mother_name", "母亲" + (++serial), "area_code", village,
                "child_name", "婴儿" + serial, "registered_on", LocalDate.parse(registered)));
    }

    public long death(String village, String died) {
        return insert(Register.DEATHS, Map.of("name", "逝者", "sex", "M", "death_date", LocalDate.parse(died),
                "area_code", village, "registered_on", LocalDate.parse(died)));
    }

    public long marriage(String village, String date, boolean firstForWoman) {
        return insert(Register.MARRIAGES, Map.of("woman_name", "女方", "man_name", "男方",
                "marriage_date", LocalDate.parse(date), "first_marriage_woman", firstForWoman ? "Y" : "N",
                "area_code", village, "registered_on", LocalDate.parse(date)));
    }

    /** A person; {@code died} may be null. */
    public long person(String village, String sex, String born, String residence, String died) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("name", "居民", "sex", sex,
                "birth_date", LocalDate.parse(born), "area_code", village, "residence", residence));
        if (died != null) {
            v.put("died_on", LocalDate.parse(died));
        }
        return insert(Register.PERSONS, v);
    }

    /** A move; ID number, birth date and counterpart are filled when {@code complete}. */
    public long migration(String village, String direction, String moved, boolean complete) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("name", "流动", "sex", "F",
                "direction", direction, "move_date", LocalDate.parse(moved), "area_code", village,
                "registered_on", LocalDate.parse(moved)));
        if (complete) {
            v.put("id_number", "11010519491231002X");
            v.put("birth_date", LocalDate.parse("1949-12-31"));
            v.put("counterpart", "某省某县");
        } else {
            v.put("id_number", "11010519491231002X");
            v.put("birth_date", LocalDate.parse("1949-12-31"));
        }
        return insert(Register.MIGRATIONS, v);
    }

    public long benefit(String village, String month, long dueFen, long paidFen) {
        return insert(Register.BENEFITS, Map.of("name", "领取人", "area_code", village, "scheme", "childcare",
                "month", YearMonth.parse(month), "amount_due", dueFen, "amount_paid", paidFen));
    }

    /** A visit; {@code household} may be null. */
    public long visit(String village, String household, String date) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("area_code", village,
                "visit_date", LocalDate.parse(date), "visitor", "走访员"));
        if (household != null) {
            v.put("household_no", household);
        }
        return insert(Register.VISITS, v);
    }

    public long population(String village, String asOf, long population) {
        return insert(Register.POPULATION, Map.of("area_code", village, "as_of", LocalDate.parse(asOf),
                "population", (int) population));
    }

    public void voidRecord(Register r, long id) {
        long version = store.find(r, id).version();
        new taizhang.storage.Records(db, java.time.LocalDate.of(2026, 11, 20)).voidRecord(r, id, version, "test");
    }

    @Override
    public void close() {
        db.close();
    }
}
