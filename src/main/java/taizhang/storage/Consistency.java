package taizhang.storage;

import java.util.ArrayList;
import java.util.List;

/** The database-wide checks of {@code taizhang check} that SQL answers: storage integrity and cross-record rules. */
public final class Consistency {
    private final Database db;

    public Consistency(Database db) {
        this.db = db;
    }

    public List<String> integrity() {
        List<String> result = db.handle().createQuery("PRAGMA integrity_check").mapTo(String.class).list();
        return result.equals(List.of("ok")) ? List.of() : result;
    }

    public List<String> foreignKeys() {
        return db.handle().createQuery("PRAGMA foreign_key_check")
                .map((rs, ctx) -> rs.getString(1) + " id " + rs.getLong(2) + ": refers to a missing " + rs.getString(3))
                .list();
    }

    public List<String> livingIdNumbers() {
        return db.handle().createQuery("SELECT id_number, group_concat(id) FROM person"
                        + " WHERE id_number IS NOT NULL AND died_on IS NULL AND voided = 0"
                        + " GROUP BY id_number HAVING count(*) > 1")
                .map((rs, ctx) -> "persons ids " + rs.getString(2) + ": living persons share ID number " + rs.getString(1))
                .list();
    }

    public List<String> duplicateBirths() {
        return db.handle().createQuery("SELECT group_concat(id), mother_name, birth_date FROM birth WHERE voided = 0"
                        + " GROUP BY coalesce(mother_id_number, 'name:' || mother_name), birth_date,"
                        + " coalesce(child_name, ''), child_sex HAVING count(*) > 1")
                .map((rs, ctx) -> "births ids " + rs.getString(1) + ": duplicate births to " + rs.getString(2)
                        + " on " + rs.getString(3))
                .list();
    }

    public List<String> deathsAgreeWithPersons() {
        return db.handle().createQuery("SELECT d.id, p.id, d.death_date, p.died_on FROM death d"
                        + " JOIN person p ON p.id_number = d.id_number AND p.voided = 0"
                        + " WHERE d.voided = 0 AND p.died_on IS NOT d.death_date")
                .map((rs, ctx) -> "deaths id " + rs.getLong(1) + ": death_date " + rs.getString(3) + " but person id "
                        + rs.getLong(2) + " has died_on " + (rs.getString(4) == null ? "empty" : rs.getString(4)))
                .list();
    }

    public List<String> areaTree() {
        List<String> problems = new ArrayList<>();
        int roots = db.handle().createQuery("SELECT count(*) FROM area WHERE parent_code IS NULL AND voided = 0")
                .mapTo(Integer.class).one();
        if (roots > 1) {
            problems.add("areas: " + roots + " areas have no parent; the tree has one root");
        }
        problems.addAll(db.handle().createQuery("SELECT a.code, p.code FROM area a JOIN area p ON p.code = a.parent_code"
                        + " WHERE a.voided = 0 AND length(p.code) <> length(a.code) - 3")
                .map((rs, ctx) -> "areas " + rs.getString(1) + ": parent " + rs.getString(2) + " is not one level up")
                .list());
        return problems;
    }
}
