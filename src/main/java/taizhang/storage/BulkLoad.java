package taizhang.storage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.domain.Register;

/**
 * Makes a large load into a register fast: inside the caller's transaction, the table's
 * secondary indexes are dropped and built again after the rows are in (a sort is far cheaper
 * than a million random index inserts), and the page cache is enlarged so that the
 * transaction does not spill to the write-ahead log. Indexes the import itself reads while
 * loading are kept. A rollback restores everything, as for any other write.
 */
public final class BulkLoad {
    /** Indexes the checks of an import into that register query, row by row. */
    private static final Map<Register, Set<String>> KEEP = Map.of(
            Register.BIRTHS, Set.of("birth_mother", "birth_mother_name"));

    private static final int LARGE_CACHE_KIB = 131_072;

    private final Database db;
    private final Register register;
    private final List<String[]> deferred;
    private final int cacheBefore;

    private BulkLoad(Database db, Register register, List<String[]> deferred, int cacheBefore) {
        this.db = db;
        this.register = register;
        this.deferred = deferred;
        this.cacheBefore = cacheBefore;
    }

    /** Starts a bulk load: call inside {@link Database#write}, and {@link #finish} before it returns. */
    public static BulkLoad start(Database db, Register register) {
        Set<String> keep = KEEP.getOrDefault(register, Set.of());
        List<String[]> indexes = db.handle().createQuery("SELECT name, sql FROM sqlite_master"
                        + " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
                .bind(0, register.table())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .filter(i -> !keep.contains(i[0]))
                .list();
        for (String[] index : indexes) {
            db.handle().execute("DROP INDEX " + index[0]);
        }
        int cache = db.handle().createQuery("PRAGMA cache_size").mapTo(Integer.class).one();
        db.handle().execute("PRAGMA cache_size = -" + LARGE_CACHE_KIB);
        return new BulkLoad(db, register, indexes, cache);
    }

    /** Builds the dropped indexes again; a unique index that no longer holds fails the transaction. */
    public void finish() {
        for (String[] index : deferred) {
            db.handle().execute(index[1]);
        }
        db.handle().execute("PRAGMA cache_size = " + cacheBefore);
    }

    public Register register() {
        return register;
    }
}
