package taizhang.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Entry;
import taizhang.domain.Register;

/**
 * Inserts many records of one register, fifty to a statement: a multi-row INSERT crosses
 * from Java into SQLite once per fifty rows instead of once per row, which is most of the
 * cost of a large import. A batch the database refuses is tried again row by row, so that
 * each refusal is pinned to its record ({@code tag}, for an import its line). Only a constraint
 * refuses a record; any other failure (a full disk, an I/O error) is the database's and is thrown.
 */
public final class BatchInserter<T> implements AutoCloseable {

    /** A record the database refused, and why. */
    public record Refused<T>(T tag, SQLException error) {
    }

    static final int ROWS = 50;

    private final RegisterStore.Inserter single;
    private final PreparedStatement batch;
    private final List<Entry> entries = new ArrayList<>(ROWS);
    private final List<Object[]> values = new ArrayList<>(ROWS);
    private final List<T> tags = new ArrayList<>(ROWS);
    private final List<Refused<T>> refused = new ArrayList<>();

    BatchInserter(Database db, Register register, String user) throws SQLException {
        this.single = new RegisterStore(db).inserter(register, user);
        this.batch = db.connection().prepareStatement(sql(register, user));
    }

    /** One INSERT of {@link #ROWS} rows; the bookkeeping columns, the same for every row, are literals. */
    private static String sql(Register register, String user) {
        String single = RegisterStore.insertSql(register);
        String head = single.substring(0, single.indexOf(" VALUES ("));
        // To the millisecond, as the audit's entries: a literal of every row, so shorter rows.
        String now = "'" + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "'";
        String who = user == null ? "NULL" : "'" + user.replace("'", "''") + "'";
        int width = register.fields().size() + RegisterStore.derivedColumns(register).size();
        String row = "(" + "?, ".repeat(width) + now + ", " + now + ", " + who + ")";
        return head + " VALUES " + String.join(", ", java.util.Collections.nCopies(ROWS, row));
    }

    /**
     * What a record's row holds in the columns this inserter binds: its values as SQLite stores
     * them, then the columns worked out from it (search key, names' pinyin sort keys). Pure work
     * on the record, so an import does it on the thread that reads and checks, leaving the
     * thread that writes to SQLite alone.
     */
    public static Object[] columns(Entry e) {
        List<taizhang.domain.Field> fields = e.register().fields();
        List<String> derived = RegisterStore.derived(e);
        Object[] columns = new Object[fields.size() + derived.size()];
        for (int i = 0; i < fields.size(); i++) {
            columns[i] = RegisterStore.stored(e.get(i));
        }
        for (int i = 0; i < derived.size(); i++) {
            columns[fields.size() + i] = derived.get(i);
        }
        return columns;
    }

    public void add(Entry e, T tag) throws SQLException {
        add(e, columns(e), tag);
    }

    /** As {@link #add(Entry, Object)}, with the record's {@link #columns} worked out already. */
    public void add(Entry e, Object[] columns, T tag) throws SQLException {
        entries.add(e);
        values.add(columns);
        tags.add(tag);
        if (entries.size() == ROWS) {
            flushBatch();
        }
    }

    private void flushBatch() throws SQLException {
        int p = 0;
        for (Object[] row : values) {
            for (Object v : row) {
                RegisterStore.bind(batch, ++p, v);
            }
        }
        try {
            batch.executeUpdate();
        } catch (SQLException e) {
            if (!StorageException.refusedRecord(e)) {
                throw e; // full, busy, an I/O error: the import ends with it, not a row refused
            }
            // The statement's rows are undone; find which of them the database refuses.
            insertOneByOne();
        }
        entries.clear();
        values.clear();
        tags.clear();
    }

    private void insertOneByOne() throws SQLException {
        for (int i = 0; i < entries.size(); i++) {
            try {
                single.insert(entries.get(i));
            } catch (SQLException e) {
                if (!StorageException.refusedRecord(e)) {
                    throw e;
                }
                refused.add(new Refused<>(tags.get(i), e));
            }
        }
    }

    /** Inserts what is left; returns every record the database refused. */
    public List<Refused<T>> finish() throws SQLException {
        insertOneByOne();
        entries.clear();
        values.clear();
        tags.clear();
        return refused;
    }

    @Override
    public void close() throws SQLException {
        batch.close();
        single.close();
    }
}
