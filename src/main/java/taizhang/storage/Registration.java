package taizhang.storage;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import taizhang.domain.Entry;
import taizhang.domain.Register;

/**
 * Puts a checked record into the register with the effects SPEC 3 gives it, whoever writes
 * it (an import, a form): areas and schemes are matched by code and updated in place; a
 * population figure replaces the one for the same village and date; a death sets the
 * died_on of the person holding its ID number. Runs inside the caller's transaction.
 */
public final class Registration implements AutoCloseable {

    /** What became of a record. */
    public enum Outcome { ADDED, UPDATED, UNCHANGED }

    private final Database db;
    private final String user;
    private final RegisterStore store;
    private final Map<Register, RegisterStore.Inserter> inserters = new EnumMap<>(Register.class);
    private final Map<Register, BatchInserter<Object>> batches = new EnumMap<>(Register.class);
    /** The statement marking a death's person dead, prepared at the first death (an import has thousands). */
    private java.sql.PreparedStatement marking;
    private long lastId = -1;
    private Entry lastBefore;

    public Registration(Database db, String user) {
        this.db = db;
        this.user = user;
        this.store = new RegisterStore(db);
    }

    /**
     * Saves one record; the caller has checked it (rules, scope). Single records (a form) learn
     * its id and, for a reference record updated in place, what it was before from
     * {@link #lastId} and {@link #lastBefore}.
     */
    public Outcome save(Entry e) throws SQLException {
        lastBefore = null;
        return switch (e.register()) {
            case AREAS -> byKey(e, "code = ?", e.text("code"));
            case SCHEMES -> byKey(e, "code = ?", e.text("code"));
            case POPULATION -> byKey(e, "area_code = ? AND as_of = ?", e.text("area_code"), e.date("as_of").toString());
            case DEATHS -> {
                insert(e);
                markDied(e);
                yield Outcome.ADDED;
            }
            default -> {
                insert(e);
                yield Outcome.ADDED;
            }
        };
    }

    /**
     * As {@link #save}, except that a record with no effect beyond its own row is queued and
     * inserted with others (much faster for an import); the database's refusals of queued
     * records, each with its {@code tag}, come back from {@link #finishQueued}.
     */
    public Outcome saveQueued(Entry e, Object tag) throws SQLException {
        return saveQueued(e, queues(e.register()) ? BatchInserter.columns(e) : null, tag);
    }

    /** As {@link #saveQueued(Entry, Object)}, with {@code columns} from {@link BatchInserter#columns} when {@link #queues}. */
    public Outcome saveQueued(Entry e, Object[] columns, Object tag) throws SQLException {
        if (!queues(e.register())) {
            return save(e);
        }
        BatchInserter<Object> batch = batches.get(e.register());
        if (batch == null) {
            batch = new RegisterStore(db).batchInserter(e.register(), user);
            batches.put(e.register(), batch);
        }
        batch.add(e, columns, tag);
        return Outcome.ADDED;
    }

    public java.util.List<BatchInserter.Refused<Object>> finishQueued() throws SQLException {
        java.util.List<BatchInserter.Refused<Object>> refused = new java.util.ArrayList<>();
        for (BatchInserter<Object> batch : batches.values()) {
            refused.addAll(batch.finish());
        }
        return refused;
    }

    /** Whether {@link #saveQueued} queues a record of {@code r}: one with no effect beyond its own row. */
    public static boolean queues(Register r) {
        return r != Register.AREAS && r != Register.SCHEMES && r != Register.POPULATION && r != Register.DEATHS;
    }

    private void insert(Entry e) throws SQLException {
        RegisterStore.Inserter inserter = inserters.get(e.register());
        if (inserter == null) {
            inserter = store.inserter(e.register(), user);
            inserters.put(e.register(), inserter);
        }
        lastId = inserter.insertReturningId(e);
    }

    /** The id of the record the last {@link #save} added or updated. */
    public long lastId() {
        return lastId;
    }

    /** The record as it was before the last {@link #save} updated it in place; null if it added one. */
    public Entry lastBefore() {
        return lastBefore;
    }

    /** Reference records (areas, schemes, figures) are one per key: update in place when present. */
    private Outcome byKey(Entry e, String where, Object... key) throws SQLException {
        java.util.List<RegisterStore.Stored> found = new java.util.ArrayList<>();
        store.query(e.register(), "voided = 0 AND " + where, java.util.List.of(key), "id", 1, found::add);
        if (found.isEmpty()) {
            insert(e);
            return Outcome.ADDED;
        }
        RegisterStore.Stored stored = found.get(0);
        lastId = stored.id();
        if (stored.entry().equals(e)) {
            return Outcome.UNCHANGED;
        }
        lastBefore = stored.entry();
        store.update(stored.id(), null, e, user);
        return Outcome.UPDATED;
    }

    private void markDied(Entry death) throws SQLException {
        if (marking == null) {
            marking = Deaths.marking(db.connection());
        }
        Deaths.recorded(marking, death, user);
    }

    @Override
    public void close() throws SQLException {
        for (RegisterStore.Inserter i : inserters.values()) {
            i.close();
        }
        for (BatchInserter<Object> b : batches.values()) {
            b.close();
        }
        if (marking != null) {
            marking.close();
        }
    }
}
