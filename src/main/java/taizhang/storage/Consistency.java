package taizhang.storage;

import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Problem;

/** The database-wide checks of {@code taizhang check} that SQL answers: storage integrity and cross-record rules. */
public final class Consistency {
    private final Database db;

    public Consistency(Database db) {
        this.db = db;
    }

    public List<Problem> integrity() {
        List<String> result = db.handle().createQuery("PRAGMA integrity_check").mapTo(String.class).list();
        return result.equals(List.of("ok")) ? List.of()
                : result.stream().map(r -> Problem.of(Problem.Code.STORAGE_INTEGRITY, r)).toList();
    }

    public List<Problem> foreignKeys() {
        return db.handle().createQuery("PRAGMA foreign_key_check")
                .map((rs, ctx) -> Problem.of(Problem.Code.BROKEN_REFERENCE, rs.getString(1), rs.getLong(2),
                        rs.getString(3)))
                .list();
    }

    public List<Problem> livingIdNumbers() {
        return db.handle().createQuery("SELECT id_number, group_concat(id) FROM person"
                        + " WHERE id_number IS NOT NULL AND died_on IS NULL AND voided = 0"
                        + " GROUP BY id_number HAVING count(*) > 1")
                .map((rs, ctx) -> Problem.of(Problem.Code.LIVING_SHARE_ID, rs.getString(2), rs.getString(1)))
                .list();
    }

    public List<Problem> duplicateBirths() {
        return db.handle().createQuery("SELECT group_concat(id), mother_name, birth_date FROM birth WHERE voided = 0"
                        + " GROUP BY coalesce(mother_id_number, 'name:' || mother_name), birth_date,"
                        + " coalesce(child_name, ''), child_sex HAVING count(*) > 1")
                .map((rs, ctx) -> Problem.of(Problem.Code.DUPLICATE_BIRTHS, rs.getString(1), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    public List<Problem> deathsAgreeWithPersons() {
        return db.handle().createQuery("SELECT d.id, p.id, d.death_date, p.died_on FROM death d"
                        + " JOIN person p ON p.id_number = d.id_number AND p.voided = 0"
                        + " WHERE d.voided = 0 AND p.died_on IS NOT d.death_date")
                .map((rs, ctx) -> Problem.of(Problem.Code.DEATH_DISAGREES_WITH_PERSON, rs.getLong(1), rs.getString(3),
                        rs.getLong(2), rs.getString(4) == null ? "-" : rs.getString(4)))
                .list();
    }

    public List<Problem> areaTree() {
        List<Problem> problems = new ArrayList<>();
        int roots = db.handle().createQuery("SELECT count(*) FROM area WHERE parent_code IS NULL AND voided = 0")
                .mapTo(Integer.class).one();
        if (roots > 1) {
            problems.add(Problem.of(Problem.Code.SEVERAL_ROOTS, roots));
        }
        problems.addAll(db.handle().createQuery("SELECT a.code, p.code FROM area a JOIN area p ON p.code = a.parent_code"
                        + " WHERE a.voided = 0 AND length(p.code) <> length(a.code) - 3")
                .map((rs, ctx) -> Problem.of(Problem.Code.PARENT_NOT_ONE_LEVEL_UP, rs.getString(1), rs.getString(2)))
                .list());
        return problems;
    }
}
