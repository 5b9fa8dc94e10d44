package taizhang.storage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.domain.Entry;
import taizhang.domain.Facts;
import taizhang.domain.Field;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;

/** What the home screen shows of the office: record counts and what needs attention. */
public final class Summary {
    private final Database db;

    public Summary(Database db) {
        this.db = db;
    }

    /** Live records per register. */
    public Map<Register, Long> counts() {
        Map<Register, Long> counts = new EnumMap<>(Register.class);
        RegisterStore store = new RegisterStore(db);
        for (Register r : Register.values()) {
            counts.put(r, store.count(r));
        }
        return counts;
    }

    /**
     * The months before {@code current} (at most {@code back} of them, newest first) that are
     * not closed, from the first month in which anything was registered on.
     */
    public List<YearMonth> openMonths(YearMonth current, int back) {
        Set<String> closed = new HashSet<>(db.handle()
                .createQuery("SELECT month FROM month_close WHERE reopened_at IS NULL")
                .mapTo(String.class).list());
        String first = db.handle().createQuery("SELECT min(m) FROM ("
                        + "SELECT min(registered_on) AS m FROM birth WHERE voided = 0"
                        + " UNION ALL SELECT min(registered_on) FROM death WHERE voided = 0"
                        + " UNION ALL SELECT min(registered_on) FROM marriage WHERE voided = 0"
                        + " UNION ALL SELECT min(registered_on) FROM migration WHERE voided = 0"
                        + " UNION ALL SELECT min(month) FROM benefit WHERE voided = 0"
                        + " UNION ALL SELECT min(visit_date) FROM visit WHERE voided = 0)")
                .mapTo(String.class).findOne().orElse(null);
        List<YearMonth> open = new ArrayList<>();
        for (int i = 1; i <= back; i++) {
            YearMonth m = current.minusMonths(i);
            if (first == null || m.toString().compareTo(first.substring(0, 7)) < 0) {
                break;
            }
            if (!closed.contains(m.toString())) {
                open.add(m);
            }
        }
        return open;
    }

    /** A stored record the rules warn about (a mother aged 13, say). */
    public record Flagged(Register register, long id, Entry entry, Problem problem) {
    }

    /**
     * Live records registered on or after {@code since} that the rules warn about, asked of the
     * same rules as import and the forms. Only the record itself is judged: what the register
     * holds (which includes the record) is taken as consistent.
     */
    public List<Flagged> warnings(LocalDate since, LocalDate today, int limit) {
        List<Flagged> out = new ArrayList<>();
        Facts facts = new SelfConsistent(new StoredFacts(db, today));
        RegisterStore store = new RegisterStore(db);
        for (Register r : Register.values()) {
            if (!r.hasRegisteredOn()) {
                continue;
            }
            store.query(r, "voided = 0 AND registered_on >= ?", List.of(since.toString()), "id DESC", 2000,
                    stored -> {
                        if (out.size() >= limit) {
                            return;
                        }
                        Map<String, String> raw = new HashMap<>();
                        List<Field> fields = r.fields();
                        for (int i = 0; i < fields.size(); i++) {
                            raw.put(fields.get(i).key(), stored.entry().canonical(i));
                        }
                        for (Problem p : Validation.check(r, raw, facts).warnings()) {
                            out.add(new Flagged(r, stored.id(), stored.entry(), p));
                        }
                    });
        }
        return out;
    }

    /** Facts in which a stored record does not conflict with itself. */
    private record SelfConsistent(Facts inner) implements Facts {
        @Override
        public LocalDate today() {
            return inner.today();
        }

        @Override
        public boolean isVillage(String code) {
            return inner.isVillage(code);
        }

        @Override
        public int areaLevelLength(String code) {
            return inner.areaLevelLength(code);
        }

        @Override
        public String rootCode() {
            return inner.rootCode();
        }

        @Override
        public boolean hasScheme(String code) {
            return inner.hasScheme(code);
        }

        @Override
        public boolean livingPersonHas(String idNumber) {
            return false;
        }

        @Override
        public PersonState person(String idNumber) {
            return null;
        }

        @Override
        public boolean hasBirth(BirthKey key) {
            return false;
        }
    }
}
