package taizhang.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * For {@code taizhang.bench.BindingBench}: rows handed to SQLite as {@link BatchInserter} hands
 * them in a bulk load ({@link TableImage}s of its size, deserialized as {@link BulkLoad#STAGED},
 * then one {@code INSERT … SELECT} each). The connection must have that schema attached.
 */
public final class ImageLoad {
    private ImageLoad() {
    }

    /** {@code head}: the INSERT up to its values ({@code INSERT INTO t (a, b)}); {@code tail}: the columns after the rows' own. */
    public static void insert(Connection c, String head, String tail, List<String[]> rows) throws SQLException {
        int width = rows.isEmpty() ? 0 : rows.get(0).length;
        TableImage image = new TableImage(width);
        StringBuilder select = new StringBuilder();
        for (int i = 1; i <= width; i++) {
            select.append('c').append(i).append(", ");
        }
        String sql = head + " SELECT " + select + tail + " FROM " + BulkLoad.STAGED + "." + TableImage.TABLE
                + " ORDER BY rowid";
        PreparedStatement insert = null;
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (!image.add(rows.get(i))) {
                    throw new IllegalArgumentException("row " + i + " does not fit on one page");
                }
                if (image.rows() == BatchInserter.STAGED_ROWS || i == rows.size() - 1) {
                    c.unwrap(org.sqlite.SQLiteConnection.class).deserialize(BulkLoad.STAGED, image.bytes());
                    image.clear();
                    if (insert == null) {
                        insert = c.prepareStatement(sql);
                    }
                    insert.executeUpdate();
                }
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
    }
}
