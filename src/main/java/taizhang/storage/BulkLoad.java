package taizhang.storage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.domain.Problem;
import taizhang.domain.Register;

/**
 * A large load into one register, as one transaction like any other write, made fast in
 * three ways: the table's secondary indexes are dropped and built again after the rows are
 * in (a sort is far cheaper than a million random index inserts); the page cache is enlarged
 * so that the transaction does not spill to the write-ahead log; and foreign keys are checked
 * once for the whole table at the end instead of row by row (the rows were already checked
 * against the register by the domain rules; this is the safety net). Indexes the import
 * itself reads while loading are kept. The rows reach SQLite as database images of a few
 * thousand rows each, attached as {@link #STAGED} (see {@link BatchInserter}). A rollback
 * restores everything.
 */
public final class BulkLoad {
    private BulkLoad() {
    }

    /** Indexes the checks of an import into that register query, row by row. */
    private static final Map<Register, Set<String>> KEEP = Map.of(
            Register.BIRTHS, Set.of("birth_mother", "birth_mother_name"));

    private static final int LARGE_CACHE_KIB = 131_072;

    /**
     * The schema, in memory, that {@link BatchInserter} hands its rows to SQLite in: attached for
     * the load, as a database can only be attached outside a transaction.
     */
    static final String STAGED = "staged";

    /** Whether {@code db} is in a bulk load, with {@link #STAGED} attached. */
    static boolean staged(Database db) {
        boolean[] attached = new boolean[1];
        db.select("SELECT 1 FROM pragma_database_list WHERE name = ?", List.of(STAGED), rs -> attached[0] = true);
        return attached[0];
    }

    /** Runs {@code job} as a bulk load into {@code register}; commits only if {@code commit}. */
    public static <T> T write(Database db, Register register, boolean commit, Database.Job<T> job) {
        return write(db, List.of(register), commit, job);
    }

    /** Runs {@code job} as a bulk load into several registers at once (the demo county). */
    public static <T> T write(Database db, List<Register> registers, boolean commit, Database.Job<T> job) {
        return load(db, registers, commit, job);
    }

    /** Records made by a program (the demo county), handed to {@link #insertAll} one at a time. */
    @FunctionalInterface
    public interface Records {
        void sendTo(java.util.function.Consumer<taizhang.domain.Entry> sink) throws java.io.IOException;
    }

    /**
     * Inserts every record {@code records} sends, fifty to a statement, into the registers named,
     * as one bulk load under the signed-in account: for data the program made itself and has
     * already checked (the demo county), not for what a clerk or a file brings.
     */
    public static void insertAll(Database db, List<Register> registers, Records records)
            throws java.io.IOException {
        String user = db.account().login();
        try {
            write(db, registers, true, () -> insertAll(db, user, records));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Void insertAll(Database db, String user, Records records) {
        Map<Register, BatchInserter<Void>> inserters = new java.util.EnumMap<>(Register.class);
        Map<Register, Long> before = new java.util.EnumMap<>(Register.class);
        try {
            records.sendTo(entry -> {
                try {
                    BatchInserter<Void> inserter = inserters.get(entry.register());
                    if (inserter == null) {
                        before.put(entry.register(), ImportAudit.maxId(db, entry.register()));
                        inserter = new BatchInserter<>(db, entry.register(), user);
                        inserters.put(entry.register(), inserter);
                    }
                    inserter.add(entry, null);
                } catch (java.sql.SQLException e) {
                    throw StorageException.of(e, db.file());
                }
            });
            for (BatchInserter<Void> inserter : inserters.values()) {
                if (!inserter.finish().isEmpty()) {
                    throw new IllegalStateException("the database refused a record the program made");
                }
                inserter.close();
            }
            for (Map.Entry<Register, Long> r : before.entrySet()) {
                recordMade(db, r.getKey(), r.getValue());
            }
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }

    /**
     * One audit entry for the records a program made in a register, as an import's names the ids
     * it made: a record's history then says where it came from instead of "before the audit trail".
     */
    private static void recordMade(Database db, Register register, long lastIdBefore) {
        long last = ImportAudit.maxId(db, register);
        if (last > lastIdBefore) {
            Map<String, Object> detail = new java.util.LinkedHashMap<>();
            detail.put("rows", last - lastIdBefore);
            detail.put("first_id", lastIdBefore + 1);
            detail.put("last_id", last);
            Audit.append(db, "demo", register.fileName(), null, detail);
        }
    }

    /** Plain JDBC throughout, like the transaction it runs in: an import need not wait for Jdbi. */
    private static <T> T load(Database db, List<Register> registers, boolean commit, Database.Job<T> work) {
        // Foreign key enforcement can only be switched outside a transaction; so can a database be attached.
        db.execute("PRAGMA foreign_keys = OFF");
        db.execute("ATTACH ':memory:' AS " + STAGED);
        try {
            Database.Job<T> load = () -> {
                List<String[]> indexes = new java.util.ArrayList<>();
                for (Register register : registers) {
                    indexes.addAll(dropIndexes(db, register));
                }
                int cache = pragma(db, "cache_size");
                db.execute("PRAGMA cache_size = -" + LARGE_CACHE_KIB);
                T result;
                try {
                    result = work.run();
                } finally {
                    db.execute("PRAGMA cache_size = " + cache);
                }
                buildIndexes(db, indexes);
                for (Register register : registers) {
                    checkReferences(db, register);
                }
                return result;
            };
            T result = commit ? db.transaction(load) : db.dryRun(load);
            detach(db, true);
            return result;
        } catch (RuntimeException | Error e) {
            detach(db, false);
            throw e;
        } finally {
            db.execute("PRAGMA foreign_keys = ON");
        }
    }

    /**
     * A load that failed may have left a statement on the images open, which keeps them attached:
     * its own failure is the one to report, not "database staged is locked".
     */
    private static void detach(Database db, boolean loaded) {
        try {
            db.execute("DETACH " + STAGED);
        } catch (RuntimeException e) {
            if (loaded) {
                throw e;
            }
        }
    }

    private static int pragma(Database db, String name) {
        int[] value = new int[1];
        db.select("PRAGMA " + name, List.of(), rs -> value[0] = rs.getInt(1));
        return value[0];
    }

    /**
     * Builds the indexes again, each by a sort of the whole table. With the page cache back at its
     * usual size the sort works in runs of that size, which SQLite's worker threads sort and merge
     * beside the thread reading the table: the core that read and checked the file is otherwise
     * idle by now (a million persons' three indexes: about 5.9 s on one core, 3.9 s on two).
     */
    private static void buildIndexes(Database db, List<String[]> indexes) {
        int threads = pragma(db, "threads");
        db.execute("PRAGMA threads = " + SORT_THREADS);
        try {
            for (String[] index : indexes) {
                db.execute(index[1]);
            }
        } finally {
            db.execute("PRAGMA threads = " + threads);
        }
    }

    /** Helper threads for an index's sort, besides the connection's own: one per further core. */
    private static final int SORT_THREADS = Math.max(0, Math.min(Runtime.getRuntime().availableProcessors() - 1, 3));

    private static List<String[]> dropIndexes(Database db, Register register) {
        Set<String> keep = KEEP.getOrDefault(register, Set.of());
        List<String[]> indexes = new java.util.ArrayList<>();
        db.select("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
                + " ORDER BY name", List.of(register.table()), rs -> {
                    if (!keep.contains(rs.getString(1))) {
                        indexes.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                });
        for (String[] index : indexes) {
            db.execute("DROP INDEX " + index[0]);
        }
        return indexes;
    }

    /**
     * The foreign keys, checked once for the whole table. A key whose column leads an index (the
     * area code of persons, in {@code person_area}) is checked value by value, not row by row: the
     * index gives the next distinct value in one seek (a million persons in 8 villages: 1 ms
     * instead of the 0.3 s of {@code PRAGMA foreign_key_check}, which looks up every row's parent).
     */
    private static void checkReferences(Database db, Register register) {
        String table = register.table();
        List<String[]> keys = new java.util.ArrayList<>();
        db.select("SELECT \"from\", \"table\", \"to\", seq FROM pragma_foreign_key_list(?)", List.of(table),
                rs -> keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
        for (String[] key : keys) {
            // A key of several columns, or one naming no column of its parent, is left to SQLite's own check.
            if (!"0".equals(key[3]) || key[2] == null || !ledIndex(db, table, key[0])) {
                checkEveryRow(db, register);
                return;
            }
        }
        for (String[] key : keys) {
            checkDistinctValues(db, table, key[0], key[1], key[2]);
        }
    }

    private static boolean ledIndex(Database db, String table, String column) {
        boolean[] found = new boolean[1];
        db.select("SELECT 1 FROM pragma_index_list(?) AS il, pragma_index_info(il.name) AS ii"
                + " WHERE ii.seqno = 0 AND ii.name = ?", List.of(table, column), rs -> found[0] = true);
        return found[0];
    }

    /** Walks the distinct values of {@code column} through its index, each looked up in the parent. */
    private static void checkDistinctValues(Database db, String table, String column, String parent, String to) {
        String c = '"' + column + '"';
        String missing = "WITH RECURSIVE v(x) AS (SELECT min(" + c + ") FROM " + table
                + " UNION ALL SELECT (SELECT min(" + c + ") FROM " + table + " WHERE " + c + " > x) FROM v WHERE x IS NOT NULL)"
                + " SELECT x FROM v WHERE x IS NOT NULL AND x NOT IN (SELECT \"" + to + "\" FROM " + parent + ")";
        long[] broken = {0, Long.MAX_VALUE};
        db.select("SELECT count(*), min(rowid) FROM " + table + " WHERE " + c + " IN (" + missing + ")", List.of(),
                rs -> {
                    broken[0] = rs.getLong(1);
                    broken[1] = rs.getLong(2);
                });
        if (broken[0] > 0) {
            throw new StorageException(Problem.Code.LOAD_REFUSED, broken[0], table, broken[1], parent);
        }
    }

    private static void checkEveryRow(Database db, Register register) {
        List<Object[]> broken = new java.util.ArrayList<>();
        db.select("PRAGMA foreign_key_check(" + register.table() + ")", List.of(),
                rs -> broken.add(new Object[] {rs.getLong(2), rs.getString(3)}));
        if (!broken.isEmpty()) {
            throw new StorageException(Problem.Code.LOAD_REFUSED, broken.size(), register.table(), broken.get(0)[0],
                    broken.get(0)[1]);
        }
    }
}
