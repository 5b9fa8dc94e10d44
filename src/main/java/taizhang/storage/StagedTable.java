package taizhang.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A register's table as a {@link TableImage} holds it, so that SQLite can copy the image's rows
 * into the register record by record, as they are, instead of reading every value and writing
 * it again (its "transfer" of {@code INSERT INTO t SELECT * FROM s}, which VACUUM uses; it halves
 * SQLite's part of a large import). SQLite takes that way only between tables defined alike, and
 * trusts the rows to meet the definition: so the image's table is defined by the register's own
 * {@code CREATE TABLE}, every row holds every column, stored as the column's type would store it
 * (rowid, bookkeeping and default columns included), and an image goes that way only if no value
 * needs converting, no NOT NULL column is empty and no row fails a CHECK of the table (asked of
 * the image itself). Any other image goes the ordinary way, where SQLite checks every row.
 */
final class StagedTable {

    /** Where a column's value comes from. */
    private static final int ROWID = -1;
    private static final int CONSTANT = -2;

    private final String table;
    private final String createSql;
    /** For each column of the table: an index into the inserter's values, or {@link #ROWID} or {@link #CONSTANT}. */
    private final int[] source;
    private final Object[] constants;
    private final char[] affinity;
    private final boolean[] notNull;
    private final String failsCheck;
    private final Object[] row;

    /**
     * The table of {@code register} in {@code db}; {@code columns} names the inserter's values in
     * their order, {@code bookkeeping} the values of created_at, updated_at and changed_by.
     */
    StagedTable(java.sql.Connection db, String table, List<String> columns, Object[] bookkeeping) throws SQLException {
        this.table = table;
        String sql = tableSql(db, table);
        this.createSql = "CREATE TABLE " + TableImage.TABLE + " " + sql.substring(sql.indexOf('('));
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Boolean> notNulls = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        List<Boolean> keys = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    types.add(rs.getString(2));
                    notNulls.add(rs.getInt(3) != 0);
                    defaults.add(rs.getString(4));
                    keys.add(rs.getInt(5) != 0);
                }
            }
        }
        int n = names.size();
        this.source = new int[n];
        this.constants = new Object[n];
        this.affinity = new char[n];
        this.notNull = new boolean[n];
        this.row = new Object[n];
        List<String> bookkept = List.of("created_at", "updated_at", "changed_by");
        boolean oneKey = keys.stream().filter(k -> k).count() == 1;
        for (int i = 0; i < n; i++) {
            affinity[i] = affinity(types.get(i));
            notNull[i] = notNulls.get(i);
            int value = columns.indexOf(names.get(i));
            if (oneKey && keys.get(i) && types.get(i).equalsIgnoreCase("INTEGER")) {
                source[i] = ROWID;
            } else if (value >= 0) {
                source[i] = value;
            } else {
                source[i] = CONSTANT;
                int b = bookkept.indexOf(names.get(i));
                constants[i] = b >= 0 ? bookkeeping[b] : constant(db, defaults.get(i));
            }
        }
        this.failsCheck = failsCheck(checks(sql));
    }

    /**
     * Whether a table's rows can be staged as images: it is numbered by an INTEGER PRIMARY KEY,
     * and its definition makes no index of its own (a UNIQUE column's), which an image defined
     * alike would declare without holding it. The small reference tables (areas, schemes) are
     * not; they are bound.
     */
    static boolean suits(java.sql.Connection db, String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT (SELECT count(*) FROM pragma_index_list(?1)"
                + " WHERE origin <> 'c'), (SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0),"
                + " (SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0 AND upper(type) = 'INTEGER')")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == 0 && rs.getInt(2) == 1 && rs.getInt(3) == 1;
            }
        }
    }

    String table() {
        return table;
    }

    /** The image's table, defined as the register's. */
    String createSql() {
        return createSql;
    }

    int width() {
        return source.length;
    }

    /**
     * Fills {@link #row} with the image row of a record's {@code values} (the inserter's, in its
     * columns' order); false when a value would need converting on its way into the register, or
     * a NOT NULL column is empty: such a row is for SQLite to check the ordinary way.
     */
    boolean fill(Object[] values) {
        boolean asIs = true;
        for (int i = 0; i < source.length; i++) {
            Object v = switch (source[i]) {
                case ROWID -> null; // a record holds its rowid's alias as null: the rowid is the cell's key
                case CONSTANT -> constants[i];
                default -> values[source[i]];
            };
            if (v == null ? notNull[i] && source[i] != ROWID : !storedAsIs(v, affinity[i])) {
                asIs = false;
            }
            row[i] = v;
        }
        return asIs;
    }

    /** The row {@link #fill} made (the same array every time). */
    Object[] row() {
        return row;
    }

    /**
     * The query that finds a row of the image failing one of the table's CHECK constraints
     * (null when it has none): a row the transfer would let through unchecked.
     */
    String failsCheck() {
        return failsCheck;
    }

    /** Whether SQLite stores {@code v} in a column of this affinity as it is, converting nothing. */
    private static boolean storedAsIs(Object v, char affinity) {
        boolean number = v instanceof Long || v instanceof Integer;
        return switch (affinity) {
            case 'T' -> !number;
            case 'I', 'N' -> number;
            case 'B' -> true;
            default -> false;
        };
    }

    /** A declared type's affinity, by SQLite's rules (datatype3.html, 3.1): Integer, Text, Blob, Real, Numeric. */
    private static char affinity(String declared) {
        String t = declared.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return 'I';
        } else if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return 'T';
        } else if (t.isEmpty() || t.contains("BLOB")) {
            return 'B';
        } else if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return 'R';
        }
        return 'N';
    }

    private static String tableSql(java.sql.Connection db, String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no table " + table);
                }
                return rs.getString(1);
            }
        }
    }

    /** A column's default, as SQLite works it out (null when it has none). */
    private static Object constant(java.sql.Connection db, String expression) throws SQLException {
        if (expression == null) {
            return null;
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT " + expression)) {
            rs.next();
            Object v = rs.getObject(1);
            return v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v;
        }
    }

    private static String failsCheck(List<String> checks) {
        if (checks.isEmpty()) {
            return null;
        }
        StringBuilder where = new StringBuilder();
        for (String check : checks) {
            // A CHECK fails when its expression is false; NULL passes, as NOT NULL is NULL.
            // The line break: an expression may end in a "--" comment, which would swallow the parenthesis.
            where.append(where.length() == 0 ? "" : " OR ").append("NOT (").append(check).append("\n)");
        }
        return "SELECT rowid FROM " + BulkLoad.STAGED + "." + TableImage.TABLE + " WHERE " + where + " LIMIT 1";
    }

    /** The expressions of the CHECK constraints of a {@code CREATE TABLE} statement, in order. */
    static List<String> checks(String sql) {
        List<String> checks = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = pastQuoted(sql, i);
            } else if (pastComment(sql, i) > i) {
                i = pastComment(sql, i);
            } else if (startsWord(sql, i, "CHECK")) {
                int open = i + 5;
                while (open < sql.length() && (Character.isWhitespace(sql.charAt(open)) || pastComment(sql, open) > open)) {
                    open = Character.isWhitespace(sql.charAt(open)) ? open + 1 : pastComment(sql, open);
                }
                int close = matching(sql, open);
                checks.add(sql.substring(open + 1, close).strip());
                i = close + 1;
            } else {
                i++;
            }
        }
        return checks;
    }

    private static boolean startsWord(String sql, int i, String word) {
        return sql.regionMatches(true, i, word, 0, word.length())
                && (i == 0 || !isWordChar(sql.charAt(i - 1)))
                && (i + word.length() >= sql.length() || !isWordChar(sql.charAt(i + word.length())));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    private static int matching(String sql, int open) {
        if (open >= sql.length() || sql.charAt(open) != '(') {
            throw new IllegalArgumentException("CHECK without a parenthesis in " + sql);
        }
        int depth = 0;
        for (int i = open; i < sql.length(); ) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = pastQuoted(sql, i);
                continue;
            }
            if (pastComment(sql, i) > i) {
                i = pastComment(sql, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("CHECK not closed in " + sql);
    }

    /**
     * The index after a comment starting at {@code i} ({@code -- …} to the end of its line, or
     * {@code /* … *}{@code /}), or {@code i} when none starts there. SQLite keeps a table's
     * definition as it was written, comments and all: an apostrophe in one ("the account's") or
     * the word CHECK must not be read as SQL.
     */
    private static int pastComment(String sql, int i) {
        if (sql.startsWith("--", i)) {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", i)) {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        return i;
    }

    /** The index after a quoted string or name starting at {@code i} (a quote inside is written twice). */
    private static int pastQuoted(String sql, int i) {
        char close = sql.charAt(i) == '[' ? ']' : sql.charAt(i);
        int j = i + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == close) {
                if (close != ']' && j + 1 < sql.length() && sql.charAt(j + 1) == close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return j;
    }
}
