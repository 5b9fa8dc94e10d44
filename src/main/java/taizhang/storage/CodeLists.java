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

    /** Live villages in the account's scope, in code order (what a form offers to pick from). */
    public List<Coded> villages() {
        List<Object> params = new java.util.ArrayList<>();
        String scope = Scoping.condition(db.account(), "code", params);
        return coded("SELECT code, name FROM area WHERE voided = 0 AND length(code) = "
                + taizhang.domain.AreaLevel.VILLAGE.codeLength() + " AND " + scope + " ORDER BY code", params);
    }

    /** Live areas of every level in code order. */
    public List<Coded> areas() {
        return coded("SELECT code, name FROM area WHERE voided = 0 ORDER BY code", List.of());
    }

    public List<Coded> schemes() {
        return coded("SELECT code, name FROM scheme WHERE voided = 0 ORDER BY code", List.of());
    }

    private List<Coded> coded(String sql, List<Object> params) {
        List<Coded> out = new java.util.ArrayList<>();
        db.select(sql, params, rs -> out.add(new Coded(rs.getString(1), rs.getString(2))));
        return out;
    }
}
