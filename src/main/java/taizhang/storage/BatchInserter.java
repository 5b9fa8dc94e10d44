package taizhang.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Entry;
import taizhang.domain.Register;

/**
 * Inserts many records of one register. Binding goes from Java into SQLite once per value, which
 * for a large load cost more than SQLite's own insert; so inside a {@link BulkLoad} the rows are
 * written into a {@link TableImage}, a few thousand at a time, handed to SQLite whole as the
 * {@link BulkLoad#STAGED} schema, and copied into the register by one {@code INSERT … SELECT}.
 * Elsewhere (a small import) they are bound, fifty to a multi-row INSERT. Rows the database
 * refuses are tried again one by one, so that each refusal is pinned to its record ({@code tag},
 * for an import its line). Only a constraint refuses a record; any other failure (a full disk, an
 * I/O error) is the database's and is thrown.
 */
public final class BatchInserter<T> implements AutoCloseable {

    /** A record the database refused, and why. */
    public record Refused<T>(T tag, SQLException error) {
    }

    static final int ROWS = 50;
    /** At most this many rows, and about this many bytes, are handed to SQLite in one image. */
    static final int STAGED_ROWS = 4096;
    private static final long STAGED_BYTES = 4L << 20;

    private final Database db;
    private final Register register;
    /** The bookkeeping columns' literals, worked out once: every row of one inserter has the same. */
    private final String bookkeeping;
    private final RegisterStore.Inserter single;
    private final StagedTable staged;
    private final TableImage image;
    private PreparedStatement batch;
    private PreparedStatement stagedRow;
    private PreparedStatement transfer;
    private PreparedStatement failsCheck;
    /** The rowid the image's first row takes (the register's next), or -1 until it is asked. */
    private long firstRowid = -1;
    /** Whether every row of the image is stored as the register's table stores it (see {@link StagedTable}). */
    private boolean asIs = true;
    private final List<Entry> entries = new ArrayList<>(ROWS);
    private final List<Object[]> values = new ArrayList<>(ROWS);
    private final List<T> tags = new ArrayList<>(ROWS);
    private final List<Refused<T>> refused = new ArrayList<>();

    BatchInserter(Database db, Register register, String user) throws SQLException {
        this.db = db;
        this.register = register;
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        this.bookkeeping = bookkeeping(now, user);
        this.single = new RegisterStore(db).inserter(register, user);
        if (BulkLoad.staged(db) && StagedTable.suits(db.connection(), register.table())) {
            this.staged = new StagedTable(db.connection(), register.table(), RegisterStore.valueColumns(register),
                    new Object[] {now, now, user});
            this.image = new TableImage(staged.width(), staged.createSql());
        } else {
            this.staged = null;
            this.image = null;
            this.batch = db.connection().prepareStatement(sql(register, bookkeeping));
        }
    }

    private static int width(Register register) {
        return register.fields().size() + RegisterStore.derivedColumns(register).size();
    }

    /** The bookkeeping columns, the same for every row of one inserter: to the millisecond, as the audit's entries. */
    private static String bookkeeping(String now, String user) {
        String who = user == null ? "NULL" : "'" + user.replace("'", "''") + "'";
        return "'" + now + "', '" + now + "', " + who;
    }

    /** One INSERT of {@link #ROWS} rows; the bookkeeping columns are literals, so shorter rows. */
    private static String sql(Register register, String bookkeeping) {
        String row = "(" + "?, ".repeat(width(register)) + bookkeeping + ")";
        return head(register) + " VALUES " + String.join(", ", java.util.Collections.nCopies(ROWS, row));
    }

    private static String head(Register register) {
        String single = RegisterStore.insertSql(register);
        return single.substring(0, single.indexOf(" VALUES ("));
    }

    /**
     * The rows of the image into the register the ordinary way, every value converted and every
     * row checked by SQLite, in their order ({@code where}: which of them); the register numbers them.
     */
    private String stagedSql(String where) {
        List<String> columns = RegisterStore.valueColumns(register);
        columns.addAll(List.of("created_at", "updated_at", "changed_by"));
        String list = String.join(", ", columns);
        return "INSERT INTO main." + register.table() + " (" + list + ") SELECT " + list + " FROM "
                + BulkLoad.STAGED + "." + TableImage.TABLE + where + " ORDER BY rowid";
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
        if (image != null) {
            addStaged(e, columns, tag);
            return;
        }
        entries.add(e);
        values.add(columns);
        tags.add(tag);
        if (entries.size() == ROWS) {
            flushBatch();
        }
    }

    private void addStaged(Entry e, Object[] columns, T tag) throws SQLException {
        if (firstRowid < 0) {
            firstRowid = nextRowid();
        }
        boolean rowAsIs = staged.fill(columns);
        if (!image.add(staged.row(), firstRowid + image.rows())) {
            // A record too large for one page of the image (a 60 kB note): bound, on its own, in its place.
            flushStaged();
            insertAlone(e, tag);
            return;
        }
        asIs &= rowAsIs;
        // Only the tag is kept: a refusal is found among the image's own rows, so the records need
        // not be held until the image is written (thousands of them, copied by every young collection).
        tags.add(tag);
        if (image.rows() >= STAGED_ROWS || image.size() >= STAGED_BYTES) {
            flushStaged();
        }
    }

    /**
     * The image's rows into the register: copied as they are when SQLite may take them so (see
     * {@link StagedTable}), else the ordinary way; if the database refuses one, the others one by one.
     */
    private void flushStaged() throws SQLException {
        if (image.rows() == 0) {
            return;
        }
        db.connection().unwrap(org.sqlite.SQLiteConnection.class).deserialize(BulkLoad.STAGED, image.bytes());
        if (batch == null) {
            // The image's table exists from now on.
            batch = db.connection().prepareStatement(stagedSql(""));
            stagedRow = db.connection().prepareStatement(stagedSql(" WHERE rowid = ?"));
            transfer = db.connection().prepareStatement("INSERT INTO main." + register.table() + " SELECT * FROM "
                    + BulkLoad.STAGED + "." + TableImage.TABLE);
            failsCheck = staged.failsCheck() == null ? null : db.connection().prepareStatement(staged.failsCheck());
        }
        if (asIs && !anyFailsCheck() && transferred()) {
            firstRowid += image.rows();
        } else {
            execute(batch, this::insertStagedOneByOne);
            firstRowid = -1;
        }
        clear();
    }

    private boolean anyFailsCheck() throws SQLException {
        if (failsCheck == null) {
            return false;
        }
        try (java.sql.ResultSet rs = failsCheck.executeQuery()) {
            return rs.next();
        }
    }

    /** Whether the image's rows went in as they are; false, and nothing in, if the database refused one. */
    private boolean transferred() throws SQLException {
        try {
            transfer.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!StorageException.refusedRecord(e)) {
                throw e;
            }
            return false;
        }
    }

    /** The rowid the register gives the next row it numbers itself: one past its largest. */
    private long nextRowid() throws SQLException {
        try (java.sql.Statement s = db.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) + 1 FROM main." + register.table())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void insertStagedOneByOne() throws SQLException {
        for (int i = 0; i < tags.size(); i++) {
            stagedRow.setLong(1, firstRowid + i);
            try {
                stagedRow.executeUpdate();
            } catch (SQLException refusal) {
                refuse(refusal, tags.get(i));
            }
        }
    }

    private void flushBatch() throws SQLException {
        int p = 0;
        for (Object[] row : values) {
            for (Object v : row) {
                RegisterStore.bind(batch, ++p, v);
            }
        }
        execute(batch, this::insertOneByOne);
        clear();
    }

    /** What finds the refused rows of a statement the database refused, one row at a time. */
    @FunctionalInterface
    private interface OneByOne {
        void insert() throws SQLException;
    }

    private void execute(PreparedStatement statement, OneByOne oneByOne) throws SQLException {
        try {
            statement.executeUpdate();
        } catch (SQLException e) {
            if (!StorageException.refusedRecord(e)) {
                throw e; // full, busy, an I/O error: the import ends with it, not a row refused
            }
            // The statement's rows are undone; find which of them the database refuses.
            oneByOne.insert();
        }
    }

    private void clear() {
        entries.clear();
        values.clear();
        tags.clear();
        if (image != null) {
            image.clear();
            asIs = true;
        }
    }

    private void insertOneByOne() throws SQLException {
        for (int i = 0; i < entries.size(); i++) {
            insertAlone(entries.get(i), tags.get(i));
        }
    }

    private void insertAlone(Entry e, T tag) throws SQLException {
        firstRowid = -1;
        try {
            single.insert(e);
        } catch (SQLException refusal) {
            refuse(refusal, tag);
        }
    }

    /** Notes a record the database refuses; anything else (full, I/O) ends the load. */
    private void refuse(SQLException e, T tag) throws SQLException {
        if (!StorageException.refusedRecord(e)) {
            throw e;
        }
        refused.add(new Refused<>(tag, e));
    }

    /** Inserts what is left; returns every record the database refused. */
    public List<Refused<T>> finish() throws SQLException {
        if (image != null) {
            flushStaged();
        } else {
            insertOneByOne();
        }
        clear();
        return refused;
    }

    @Override
    public void close() throws SQLException {
        if (batch != null) {
            batch.close();
        }
        if (stagedRow != null) {
            stagedRow.close();
            transfer.close();
        }
        if (failsCheck != null) {
            failsCheck.close();
        }
        single.close();
    }
}
