package taizhang.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.SearchKey;

/**
 * Records of any register in and out of their table. Columns are named after the fields
 * (money with {@code _fen}); values are stored in their canonical form. Callers wrap writes
 * in {@link Database#write}.
 */
public final class RegisterStore {
    private final Database db;

    public RegisterStore(Database db) {
        this.db = db;
    }

    /** A stored record: its id and bookkeeping beside the values. */
    public record Stored(long id, Entry entry, String createdAt, String updatedAt, String changedBy, long version,
                         boolean voided) {
    }

    /** Prepared once for many inserts into one register (an import, the demo county). */
    public final class Inserter implements AutoCloseable {
        private final Register register;
        private final PreparedStatement statement;
        /** Asked after each insert that wants its id; prepared once (a deaths import asks every row). */
        private PreparedStatement lastId;
        private final String user;
        private final String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();

        private Inserter(Register register, String user) throws SQLException {
            this.register = register;
            this.user = user;
            this.statement = connection().prepareStatement(insertSql(register));
        }

        /** Inserts the record. */
        public void insert(Entry e) throws SQLException {
            int i = bindValues(statement, e);
            i += bindDerived(statement, e, i);
            statement.setString(++i, now);
            statement.setString(++i, now);
            statement.setString(++i, user);
            statement.executeUpdate();
        }

        /** Inserts the record and returns its id. */
        public long insertReturningId(Entry e) throws SQLException {
            insert(e);
            if (lastId == null) {
                lastId = connection().prepareStatement("SELECT last_insert_rowid()");
            }
            try (var rs = lastId.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
            if (lastId != null) {
                lastId.close();
            }
        }
    }

    /**
     * Inserts records the program made itself (the schemes of a new office, a training run's
     * county) as the signed-in account, inside the caller's transaction if one is open.
     */
    public void insertAll(List<Entry> entries) {
        Database.Job<Void> job = () -> {
            Map<Register, Inserter> inserters = new java.util.EnumMap<>(Register.class);
            try {
                for (Entry e : entries) {
                    Inserter i = inserters.get(e.register());
                    if (i == null) {
                        i = inserter(e.register(), db.account().login());
                        inserters.put(e.register(), i);
                    }
                    i.insert(e);
                }
                for (Inserter i : inserters.values()) {
                    i.close();
                }
            } catch (SQLException e) {
                throw StorageException.of(e, db.file());
            }
            return null;
        };
        if (db.writing()) {
            job.run();
        } else {
            db.transaction(job);
        }
    }

    public Inserter inserter(Register register, String user) throws SQLException {
        return new Inserter(register, user);
    }

    /** For many records at once; {@code T} tags each record so that a refusal can be reported against it. */
    public <T> BatchInserter<T> batchInserter(Register register, String user) throws SQLException {
        return new BatchInserter<>(db, register, user);
    }

    private Connection connection() {
        return db.connection();
    }

    static String insertSql(Register r) {
        List<String> columns = valueColumns(r);
        columns.add("created_at");
        columns.add("updated_at");
        columns.add("changed_by");
        return "INSERT INTO " + r.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
    }

    /** The columns a record's values and its {@link #derivedColumns} go to, in order (a new list). */
    static List<String> valueColumns(Register r) {
        List<String> columns = new ArrayList<>();
        for (Field f : r.fields()) {
            columns.add(f.column());
        }
        columns.addAll(derivedColumns(r));
        return columns;
    }

    /**
     * Columns worked out from a record and stored beside it, so that SQL can use them: the search
     * key (names and their pinyin initials), and for each name the key it sorts by in pinyin order.
     */
    static List<String> derivedColumns(Register r) {
        List<String> columns = new ArrayList<>();
        if (SearchKey.hasKey(r)) {
            columns.add("search_key");
        }
        for (Field f : r.fields()) {
            if (sortedByPinyin(f)) {
                columns.add(sortColumn(f));
            }
        }
        return columns;
    }

    /** Names sort in pinyin order (何 刘 区 任), by a key stored beside them. */
    static boolean sortedByPinyin(Field f) {
        return f.type() == FieldType.NAME;
    }

    /** The column holding a name's sort key. */
    static String sortColumn(Field f) {
        return f.column() + "_sort";
    }

    /** Binds the derived columns' values as parameters offset+1..; returns how many. */
    static int bindDerived(PreparedStatement s, Entry e, int offset) throws SQLException {
        List<String> values = derived(e);
        for (int i = 0; i < values.size(); i++) {
            s.setString(offset + i + 1, values.get(i));
        }
        return values.size();
    }

    /** The values of the {@link #derivedColumns} of a record, in their order. */
    static List<String> derived(Entry e) {
        return SearchKey.stored(e);
    }

    /** Binds the record's values as parameters 1..n; returns n. */
    static int bindValues(PreparedStatement s, Entry e) throws SQLException {
        return bindValues(s, e, 0);
    }

    /** Binds the record's values as parameters offset+1..offset+n; returns n. */
    static int bindValues(PreparedStatement s, Entry e, int offset) throws SQLException {
        List<Field> fields = e.register().fields();
        for (int i = 0; i < fields.size(); i++) {
            bind(s, offset + i + 1, stored(e.get(i)));
        }
        return fields.size();
    }

    /** A record's value as its column holds it: numbers as numbers, anything else as its text. */
    static Object stored(Object v) {
        if (v instanceof java.time.LocalDate d) {
            return taizhang.domain.IsoDate.format(d);
        }
        return v == null || v instanceof Long || v instanceof Integer ? v : v.toString();
    }

    /** Binds a {@link #stored} value as parameter {@code p}. */
    static void bind(PreparedStatement s, int p, Object v) throws SQLException {
        if (v == null) {
            s.setNull(p, Types.NULL);
        } else if (v instanceof Long l) {
            s.setLong(p, l);
        } else if (v instanceof Integer n) {
            s.setInt(p, n);
        } else {
            s.setString(p, (String) v);
        }
    }

    /**
     * Replaces the values of a stored record, keeping its id, if it is still at {@code version}
     * (null: whatever its version); returns whether it was. The version goes up by one.
     */
    boolean update(long id, Long version, Entry e, String user) throws SQLException {
        Register r = e.register();
        StringBuilder sql = new StringBuilder("UPDATE " + r.table() + " SET ");
        for (Field f : r.fields()) {
            sql.append(f.column()).append(" = ?, ");
        }
        for (String derived : derivedColumns(r)) {
            sql.append(derived).append(" = ?, ");
        }
        sql.append("updated_at = ?, changed_by = ?, version = version + 1 WHERE id = ?");
        if (version != null) {
            sql.append(" AND version = ?");
        }
        try (PreparedStatement s = connection().prepareStatement(sql.toString())) {
            int i = bindValues(s, e);
            i += bindDerived(s, e, i);
            s.setString(++i, Instant.now().toString());
            s.setString(++i, user);
            s.setLong(++i, id);
            if (version != null) {
                s.setLong(++i, version);
            }
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Marks a record void with its reason (or, restoring, live again), if it is at {@code version};
     * it stays in the table, out of every count. Returns whether it was at that version.
     */
    boolean setVoided(Register r, long id, long version, boolean voided, String reason, String user)
            throws SQLException {
        try (PreparedStatement s = connection().prepareStatement("UPDATE " + r.table()
                + " SET voided = ?, void_reason = ?, updated_at = ?, changed_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ?")) {
            s.setInt(1, voided ? 1 : 0);
            s.setString(2, voided ? reason : null);
            s.setString(3, Instant.now().toString());
            s.setString(4, user);
            s.setLong(5, id);
            s.setLong(6, version);
            return s.executeUpdate() == 1;
        }
    }

    /** Every live record of the register in the order entered. */
    public void forEach(Register r, Consumer<Stored> action) {
        query(r, "voided = 0", List.of(), "id", Integer.MAX_VALUE, action);
    }

    /**
     * The live records among {@code ids} (the ones behind a tally figure) in the order entered,
     * read a few hundred at a time so that a long list never makes one huge statement.
     */
    public void forEach(Register r, List<Long> ids, Consumer<Stored> action) {
        List<Long> sorted = ids.stream().sorted().toList();
        for (int from = 0; from < sorted.size(); from += 500) {
            List<Object> chunk = new ArrayList<>(sorted.subList(from, Math.min(sorted.size(), from + 500)));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            query(r, "voided = 0 AND id IN (" + marks + ")", chunk, "id", Integer.MAX_VALUE, action);
        }
    }

    /** Rows in the table, voided ones included (what its indexes hold). */
    public long countAll(Register r) {
        return count("SELECT count(*) FROM " + r.table(), List.of());
    }

    /** The record with this id, voided or not, if it lies in the account's scope; else null. */
    public Stored find(Register r, long id) {
        List<Stored> out = new ArrayList<>();
        query(r, "id = ?", List.of(id), "id", 1, out::add);
        return out.isEmpty() ? null : out.get(0);
    }

    /** Live records in the account's scope. */
    public long count(Register r) {
        List<Object> params = new ArrayList<>();
        String scope = Scoping.condition(db.account(), r, params);
        return count("SELECT count(*) FROM " + r.table() + " WHERE voided = 0 AND " + scope, params);
    }

    /** Plain JDBC: an import asks how large the table is before its first row, and export before its first. */
    private long count(String sql, List<?> params) {
        long[] n = new long[1];
        db.select(sql, params, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /**
     * Records matching a WHERE clause written by storage code (never by user text: values go
     * in {@code params}), in the given order, at most {@code limit} of them; only those in the
     * account's scope, as the account may see them.
     */
    void query(Register r, String where, List<Object> params, String orderBy, int limit,
               Consumer<Stored> action) {
        queryAsStored(r, where, params, orderBy, limit, stored -> action.accept(Scoping.shown(db.account(), stored)));
    }

    /**
     * As {@link #query}, the numbers as stored whatever the account's role: for storage code that
     * judges a record and gives out its verdict, never these values.
     */
    void queryAsStored(Register r, String where, List<Object> params, String orderBy, int limit,
                       Consumer<Stored> action) {
        List<Object> all = new ArrayList<>(params);
        String scope = Scoping.condition(db.account(), r, all);
        String sql = "SELECT * FROM " + r.table() + " WHERE (" + where + ") AND " + scope + " ORDER BY " + orderBy
                + " LIMIT " + limit;
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            for (int i = 0; i < all.size(); i++) {
                s.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    action.accept(read(r, rs));
                }
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    static Stored read(Register r, ResultSet rs) throws SQLException {
        List<Field> fields = r.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = value(fields.get(i), rs);
        }
        return new Stored(rs.getLong("id"), new Entry(r, values), rs.getString("created_at"),
                rs.getString("updated_at"), rs.getString("changed_by"), rs.getLong("version"), rs.getInt("voided") != 0);
    }

    private static Object value(Field f, ResultSet rs) throws SQLException {
        String column = f.column();
        switch (f.type()) {
            case MONEY: {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : v;
            }
            case COUNT: {
                int v = rs.getInt(column);
                return rs.wasNull() ? null : v;
            }
            case DATE: {
                String s = rs.getString(column);
                return s == null ? null : taizhang.domain.IsoDate.parse(s);
            }
            case MONTH: {
                String s = rs.getString(column);
                return s == null ? null : YearMonth.parse(s);
            }
            default:
                return rs.getString(column);
        }
    }
}
