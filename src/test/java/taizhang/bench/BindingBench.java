package taizhang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (run by scripts/bench-import.sh, not by mvn test): what handing rows to SQLite through
 * sqlite-jdbc costs, against SQLite inserting the very same rows itself. Both insert the person
 * rows an import stored into the empty register of a copy of the same database, in one
 * transaction on one connection, indexes dropped and the page cache as large as the import's:
 * <ol>
 * <li>SQLite alone: {@code INSERT INTO person SELECT … FROM} the imported database, attached;</li>
 * <li>bound through sqlite-jdbc: the rows read into memory first (not timed), then bound value by
 * value (fifty rows to an INSERT, the bookkeeping columns literals), as {@code storage.BatchInserter}
 * binds a small import's rows;</li>
 * <li>as database images: the same rows written into images of a few thousand rows, each handed
 * to SQLite whole and copied in by {@code INSERT … SELECT}, each value read and written again;</li>
 * <li>as images defined as the register's table, asked for rows failing a CHECK and copied in
 * record by record as they are ({@code INSERT … SELECT *}), as {@code storage.BatchInserter}
 * hands a bulk load's rows.</li>
 * </ol>
 * Alternating, {@code rounds} times; medians and their ratios. The difference from the first is
 * what the writing thread of an import pays to hand its rows from Java to SQLite.
 * Needs a heap that holds the rows (about 1.5 GB for a million persons).
 */
public final class BindingBench {
    private static final int ROWS = 50;
    /** Columns the import does not bind: the row id, and what every row of one import shares. */
    private static final List<String> NOT_BOUND = List.of("id", "created_at", "updated_at", "changed_by", "voided",
            "void_reason", "version");

    public static void main(String[] args) throws Exception {
        Path imported = Path.of(args[0]);
        Path empty = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("binding");
        List<String> columns = boundColumns(imported);
        List<String[]> rows = rows(imported, columns);
        int whole = rows.size() / ROWS * ROWS;   // whole statements only, and the same rows both ways
        long[] alone = new long[rounds];
        long[] bound = new long[rounds];
        long[] ordinary = new long[rounds];
        long[] images = new long[rounds];
        Object[] stamps = {now(), now(), "bench"};
        for (int i = 0; i < rounds; i++) {
            alone[i] = insert(copy(empty, work), imported, c -> selectFrom(c, columns, whole));
            bound[i] = insert(copy(empty, work), imported, c -> bind(c, columns, rows.subList(0, whole)));
            ordinary[i] = insert(copy(empty, work), imported, c -> taizhang.storage.ImageLoad.insert(c, "person",
                    columns, stamps, rows.subList(0, whole), true));
            images[i] = insert(copy(empty, work), imported, c -> taizhang.storage.ImageLoad.insert(c, "person",
                    columns, stamps, rows.subList(0, whole), false));
        }
        double a = median(alone) / 1e9;
        double b = median(bound) / 1e9;
        double o = median(ordinary) / 1e9;
        double m = median(images) / 1e9;
        System.out.printf(Locale.ROOT, "%d person rows, %d columns bound, medians of %d:%n", whole, columns.size(),
                rounds);
        System.out.printf(Locale.ROOT, "  SQLite inserting them itself (INSERT ... SELECT): %.2f s%n", a);
        System.out.printf(Locale.ROOT, "  bound through sqlite-jdbc, value by value:       %.2f s = %.2fx%n", b, b / a);
        System.out.printf(Locale.ROOT, "  as database images, each value read and written: %.2f s = %.2fx%n", o, o / a);
        System.out.printf(Locale.ROOT, "  as images copied as they are (the import's way):  %.2f s = %.2fx%n", m, m / a);
        try (var files = Files.list(work)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(work);
    }

    @FunctionalInterface
    private interface Load {
        void into(Connection c) throws SQLException;
    }

    /** Times {@code load} into the copy's empty register (the imported database attached), then rolls back. */
    private static long insert(Path file, Path imported, Load load) throws SQLException {
        try (Connection c = open(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("ATTACH '" + imported.toString().replace("'", "''") + "' AS src");
            s.execute("ATTACH ':memory:' AS staged");
            List<String> indexes = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person'"
                    + " AND sql IS NOT NULL")) {
                while (r.next()) {
                    indexes.add(r.getString(1));
                }
            }
            c.setAutoCommit(false);
            for (String index : indexes) {
                s.execute("DROP INDEX " + index);
            }
            s.execute("PRAGMA cache_size = -131072");
            long t0 = System.nanoTime();
            load.into(c);
            long took = System.nanoTime() - t0;
            c.rollback();
            return took;
        }
    }

    private static void selectFrom(Connection c, List<String> columns, int rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            String list = String.join(", ", columns);
            s.executeUpdate("INSERT INTO person (" + list + ", created_at, updated_at, changed_by) SELECT " + list
                    + ", created_at, updated_at, changed_by FROM src.person ORDER BY id LIMIT " + rows);
        }
    }

    private static String head(List<String> columns) {
        return "INSERT INTO person (" + String.join(", ", columns) + ", created_at, updated_at, changed_by)";
    }

    private static String now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    private static String bookkeeping() {
        return "'" + now() + "', '" + now() + "', 'bench'";
    }

    private static void bind(Connection c, List<String> columns, List<String[]> rows) throws SQLException {
        String row = "(" + "?, ".repeat(columns.size()) + bookkeeping() + ")";
        String sql = head(columns) + " VALUES " + String.join(", ", Collections.nCopies(ROWS, row));
        try (PreparedStatement batch = c.prepareStatement(sql)) {
            int position = 0;
            int inBatch = 0;
            for (String[] values : rows) {
                for (String v : values) {
                    batch.setString(++position, v);
                }
                if (++inBatch == ROWS) {
                    batch.executeUpdate();
                    position = 0;
                    inBatch = 0;
                }
            }
        }
    }

    private static Path copy(Path empty, Path work) throws java.io.IOException {
        Path file = work.resolve("copy.db");
        Files.deleteIfExists(work.resolve("copy.db-wal"));
        Files.deleteIfExists(work.resolve("copy.db-shm"));
        Files.copy(empty, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static List<String> boundColumns(Path imported) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = open(imported); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM pragma_table_info('person') ORDER BY cid")) {
            while (r.next()) {
                if (!NOT_BOUND.contains(r.getString(1))) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<String[]> rows(Path imported, List<String> columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = open(imported); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM person ORDER BY id")) {
            while (r.next()) {
                String[] values = new String[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getString(i + 1);
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static Connection open(Path file) throws SQLException {
        return new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite:" + file, file.toString(), new java.util.Properties());
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
