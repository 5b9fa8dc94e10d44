package taizhang.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.AreaLevel;
import taizhang.domain.Entry;
import taizhang.domain.Facts;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;

/** What the home screen shows of the office: record counts and what needs attention. */
public final class Summary {
    private final Database db;

    public Summary(Database db) {
        this.db = db;
    }

    /**
     * Live records per register in the account's scope. (Plain JDBC throughout: the home screen
     * is the first one drawn.)
     */
    public Map<Register, Long> counts() {
        Map<Register, Long> counts = new EnumMap<>(Register.class);
        for (Register r : Register.values()) {
            List<Object> params = new ArrayList<>();
            String scope = Scoping.condition(db.account(), r, params);
            counts.put(r, Long.parseLong(one("SELECT count(*) FROM " + r.table() + " WHERE voided = 0 AND " + scope,
                    params)));
        }
        return counts;
    }

    /** The first column of the first row, as text (null when there is none). */
    private String one(String sql, List<Object> params) {
        List<String> first = new java.util.ArrayList<>(1);
        db.select(sql, params, rs -> {
            if (first.isEmpty()) {
                first.add(rs.getString(1));
            }
        });
        return first.isEmpty() ? null : first.get(0);
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
        Facts facts = new SelfConsistent(today);
        RegisterStore store = new RegisterStore(db);
        for (Register r : Register.values()) {
            if (!r.hasRegisteredOn()) {
                continue;
            }
            // Judged on the numbers as stored (a viewer's are hidden, and a mother's age is in hers), then shown as
            // the account may see them.
            store.queryAsStored(r, "voided = 0 AND registered_on >= ?", List.of(since.toString()), "id DESC", 2000,
                    stored -> {
                        if (out.size() >= limit) {
                            return;
                        }
                        for (Problem p : Validation.check(r, stored.entry().raw(), facts).warnings()) {
                            out.add(new Flagged(r, stored.id(), Scoping.shown(db.account(), stored.entry()),
                                    Scoping.shown(db.account(), r, p)));
                        }
                    });
        }
        return out;
    }

    /**
     * Facts under which a stored record is judged on its own: it was checked against the register
     * when it was stored, and the register (which now includes it) is taken as consistent, so
     * only the rules that look at the record itself (a mother aged 13) can speak.
     */
    private record SelfConsistent(LocalDate today) implements Facts {
        @Override
        public boolean isVillage(String code) {
            return true;
        }

        @Override
        public AreaLevel areaLevel(String code) {
            return AreaLevel.of(code);
        }

        @Override
        public String rootCode() {
            return null;
        }

        @Override
        public boolean hasScheme(String code) {
            return true;
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
