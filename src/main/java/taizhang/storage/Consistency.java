package taizhang.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import taizhang.domain.Problem;

/** The database-wide checks of {@code taizhang check} that SQL answers: storage integrity and cross-record rules. */
public final class Consistency {
    private final Database db;

    public Consistency(Database db) {
        this.db = db;
    }

    /**
     * Refuses an account kept to part of the office: check reads the whole database (SPEC 7), and
     * one kept to a township would either be told "ok" of a part as of the whole or read the
     * problems of records outside its scope.
     */
    public void requireWholeOffice() {
        String root = Scoping.rootOutsideScope(db);
        if (root != null) {
            taizhang.domain.Account a = db.account();
            throw new taizhang.domain.Refusal(Problem.Code.CHECK_NOT_WHOLE_OFFICE, a.login(), a.scope().toString(), root);
        }
    }

    public List<Problem> integrity() {
        List<String> result = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                // One finding a line; SQLite heads a damaged file's findings with "*** in database main ***".
                rs.getString(1).lines().filter(l -> !l.startsWith("***")).forEach(result::add);
            }
        } catch (SQLException e) {
            // A damaged page can end the check itself (SQLITE_CORRUPT): that too is its finding.
            result.add(e.getMessage());
        }
        return result.equals(List.of("ok")) ? List.of()
                : result.stream().map(r -> Problem.of(Problem.Code.STORAGE_INTEGRITY, r)).toList();
    }

    /**
     * The problems {@code check} finds, or, when the database cannot be read far enough to run
     * it (a damaged file), that failure as its one problem, so that the other checks still run.
     */
    public List<Problem> readable(Supplier<List<Problem>> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            return List.of(StorageException.of(e, db.file()).problem());
        }
    }

    public List<Problem> foreignKeys() {
        return db.handle().createQuery("PRAGMA foreign_key_check")
                .map((rs, ctx) -> Problem.of(Problem.Code.BROKEN_REFERENCE, table(rs.getString(1)), rs.getLong(2),
                        table(rs.getString(3))))
                .list();
    }

    /** A register's table as its register, so that the clerk reads its name in the interface language. */
    private static Object table(String name) {
        taizhang.domain.Register r = taizhang.domain.Register.byTable(name);
        return r == null ? name : r;
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
