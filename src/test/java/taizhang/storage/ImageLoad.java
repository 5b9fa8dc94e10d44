package taizhang.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * For {@code taizhang.bench.BindingBench}: rows handed to SQLite as {@link BatchInserter} hands
 * them in a bulk load: {@link TableImage}s of its size defined as the register's table
 * ({@link StagedTable}), deserialized as {@link BulkLoad#STAGED}, then asked for rows failing a
 * CHECK and copied in as they are ({@code INSERT … SELECT *}); or, {@code ordinary}, copied the
 * ordinary way, every value read and written again. The connection must have that schema attached.
 */
public final class ImageLoad {
    private ImageLoad() {
    }

    /** {@code columns}: the register's columns the rows' values go to; {@code bookkeeping}: created_at, updated_at, changed_by. */
    public static void insert(Connection c, String table, List<String> columns, Object[] bookkeeping, List<String[]> rows,
                              boolean ordinary) throws SQLException {
        StagedTable staged = new StagedTable(c, table, columns, bookkeeping);
        TableImage image = new TableImage(staged.width(), staged.createSql());
        long next;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) + 1 FROM main." + table)) {
            next = rs.getLong(1);
        }
        String list = String.join(", ", columns) + ", created_at, updated_at, changed_by";
        String copy = ordinary
                ? "INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM " + BulkLoad.STAGED + "."
                        + TableImage.TABLE + " ORDER BY rowid"
                : "INSERT INTO main." + table + " SELECT * FROM " + BulkLoad.STAGED + "." + TableImage.TABLE;
        PreparedStatement insert = null;
        PreparedStatement check = null;
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (!staged.fill(rows.get(i)) && !ordinary) {
                    throw new IllegalArgumentException("row " + i + " is not stored as it is");
                }
                if (!image.add(staged.row(), next++)) {
                    throw new IllegalArgumentException("row " + i + " does not fit on one page");
                }
                if (image.rows() == BatchInserter.STAGED_ROWS || i == rows.size() - 1) {
                    c.unwrap(org.sqlite.SQLiteConnection.class).deserialize(BulkLoad.STAGED, image.bytes());
                    image.clear();
                    if (insert == null) {
                        insert = c.prepareStatement(copy);
                        check = staged.failsCheck() == null || ordinary ? null : c.prepareStatement(staged.failsCheck());
                    }
                    if (check != null) {
                        try (ResultSet failing = check.executeQuery()) {
                            if (failing.next()) {
                                throw new IllegalArgumentException("a row fails a check of " + table);
                            }
                        }
                    }
                    insert.executeUpdate();
                }
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
            if (check != null) {
                check.close();
            }
        }
    }
}
