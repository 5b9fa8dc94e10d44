package taizhang.storage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
        db.handle().createQuery("SELECT a.code, (SELECT count(*) FROM person p WHERE p.area_code = a.code"
                        + " AND p.voided = 0 AND p.residence <> 'outflow' AND p.birth_date <= :d"
                        + " AND (p.died_on IS NULL OR p.died_on > :d)) FROM area a"
                        + " WHERE length(a.code) = 12 AND a.voided = 0 ORDER BY a.code")
                .bind("d", asOf.toString())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
