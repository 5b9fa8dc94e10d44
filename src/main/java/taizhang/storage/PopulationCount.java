package taizhang.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.AreaLevel;
import taizhang.domain.Entry;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Role;

/** Population figures counted from the persons register. */
public final class PopulationCount {
    private final Database db;

    public PopulationCount(Database db) {
        this.db = db;
    }

    /**
     * Persons of each village alive on {@code asOf} (born by then, no death date or a later
     * one) whose residence is not outflow; every village appears, with 0 when it has none.
     */
    public Map<String, Integer> livingByVillage(LocalDate asOf) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>();
        params.add(asOf.toString());
        params.add(asOf.toString());
        String scope = Scoping.condition(db.account(), "a.code", params);
        db.select("SELECT a.code, (SELECT count(*) FROM person p"
                + " WHERE p.area_code = a.code AND p.voided = 0 AND p.residence <> 'outflow' AND p.birth_date <= ?"
                + " AND (p.died_on IS NULL OR p.died_on > ?)) FROM area a WHERE length(a.code) = "
                + AreaLevel.VILLAGE.codeLength() + " AND a.voided = 0 AND " + scope + " ORDER BY a.code", params,
                rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    /**
     * Sets each village's figure for {@code asOf} (the villages in the account's scope) to its
     * count, in one transaction with one audit entry; returns the counts.
     */
    public Map<String, Integer> fill(LocalDate asOf) {
        if (!db.account().may(Role.Permission.WRITE)) {
            throw new Records.Refused(List.of(Problem.of(Problem.Code.NOT_PERMITTED_ON, db.account().login(),
                    db.account().role(), Role.Permission.WRITE, Register.POPULATION)));
        }
        return db.write(() -> {
            Map<String, Integer> counts = livingByVillage(asOf);
            try (Registration registration = new Registration(db, db.account().login())) {
                for (Map.Entry<String, Integer> c : counts.entrySet()) {
                    registration.save(Entry.of(Register.POPULATION, "area_code", c.getKey(), "as_of", asOf,
                            "population", c.getValue()));
                }
            }
            if (!counts.isEmpty()) {
                Audit.append(db, "population.from_register", Register.POPULATION.fileName(), null,
                        Map.of("as_of", asOf.toString(), "villages", counts.size(),
                                "persons", counts.values().stream().mapToLong(Integer::longValue).sum()));
            }
            return counts;
        });
    }
}
