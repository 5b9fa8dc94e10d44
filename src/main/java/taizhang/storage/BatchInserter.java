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

    private final Register register;
    private final RegisterStore.Inserter single;
    private final PreparedStatement batch;
    private final List<Entry> entries = new ArrayList<>(ROWS);
    private final List<T> tags = new ArrayList<>(ROWS);
    private final List<Refused<T>> refused = new ArrayList<>();
    private final int width;

    BatchInserter(Database db, Register register, String user) throws SQLException {
        this.register = register;
        this.single = new RegisterStore(db).inserter(register, user);
        this.width = register.fields().size() + RegisterStore.derivedColumns(register).size();
        this.batch = db.connection().prepareStatement(sql(register, user));
    }

    /** One INSERT of {@link #ROWS} rows; the bookkeeping columns, the same for every row, are literals. */
    private static String sql(Register register, String user) {
        String single = RegisterStore.insertSql(register);
        String head = single.substring(0, single.indexOf(" VALUES ("));
        String now = "'" + java.time.Instant.now() + "'";
        String who = user == null ? "NULL" : "'" + user.replace("'", "''") + "'";
        int width = register.fields().size() + RegisterStore.derivedColumns(register).size();
        String row = "(" + "?, ".repeat(width) + now + ", " + now + ", " + who + ")";
        return head + " VALUES " + String.join(", ", java.util.Collections.nCopies(ROWS, row));
    }

    public void add(Entry e, T tag) throws SQLException {
        entries.add(e);
        tags.add(tag);
        if (entries.size() == ROWS) {
            flushBatch();
        }
    }

    private void flushBatch() throws SQLException {
        int p = 0;
        for (Entry e : entries) {
            int n = RegisterStore.bindValues(batch, e, p);
            RegisterStore.bindDerived(batch, e, p + n);
            p += width;
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
        tags.clear();
        return refused;
    }

    @Override
    public void close() throws SQLException {
        batch.close();
        single.close();
    }
}
