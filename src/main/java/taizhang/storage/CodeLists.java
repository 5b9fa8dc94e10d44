package taizhang.storage;

import java.util.List;

/** The small code lists the forms offer to pick from: villages and benefit schemes. */
public final class CodeLists {
    private final Database db;

    public CodeLists(Database db) {
        this.db = db;
    }

    /** A code with its name, as stored. */
    public record Coded(String code, String name) {
    }

    /** Live villages (12-digit codes) in code order. */
    public List<Coded> villages() {
        return coded("SELECT code, name FROM area WHERE voided = 0 AND length(code) = 12 ORDER BY code");
    }

    /** Live areas of every level in code order. */
    public List<Coded> areas() {
        return coded("SELECT code, name FROM area WHERE voided = 0 ORDER BY code");
    }

    public List<Coded> schemes() {
        return coded("SELECT code, name FROM scheme WHERE voided = 0 ORDER BY code");
    }

    private List<Coded> coded(String sql) {
        List<Coded> out = new java.util.ArrayList<>();
        try (java.sql.Statement s = db.connection().createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Coded(rs.getString(1), rs.getString(2)));
            }
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        }
        return out;
    }
}
