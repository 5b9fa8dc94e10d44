package taizhang.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.SQLiteConnection;
import taizhang.domain.Problem;
import taizhang.domain.Progress;

/**
 * A consistent copy of a live database through SQLite's backup API, checked after it is made,
 * and recorded in the audit trail (SPEC 9) before it is given its name.
 *
 * <p>The copy is read from a snapshot, so it holds what was committed when the backup began and
 * takes no write lock: a long import of another process neither stops it nor gets into it. Its
 * audit entry is written afterwards, in the database's own trail, naming the last entry the copy
 * holds; that needs the write lock, for which it outwaits a long write (saying so) up to
 * {@link Database#LONG_WAIT_MS}. A backup that cannot be recorded is not kept.
 */
public final class OnlineBackup {
    private OnlineBackup() {
    }

    public static void copy(Database db, Path target) {
        copy(db, target, Progress.NONE, () -> { });
    }

    /**
     * As {@link #copy(Database, Path)}; {@code progress} hears its three steps (the copy, its
     * check, its audit entry), {@code waiting} is told when another process's write keeps the
     * entry waiting.
     */
    public static void copy(Database db, Path target, Progress progress, Runnable waiting) {
        Path whole = target.toAbsolutePath();
        Path partial = whole.resolveSibling(whole.getFileName() + ".part");
        try {
            Files.createDirectories(partial.getParent());
            Files.deleteIfExists(partial);
            progress.at(0, 3);
            long lastEntry = db.readSnapshot(() -> {
                try {
                    return copySnapshot(db, partial);
                } catch (SQLException e) {
                    throw new StorageException(e, Problem.Code.BACKUP_FAILED, target, String.valueOf(e.getMessage()));
                }
            });
            progress.at(1, 3);
            try (Database copy = Database.open(partial)) {
                if (!new Consistency(copy).integrity().isEmpty()) {
                    throw new StorageException(Problem.Code.BACKUP_DAMAGED, target);
                }
            }
            progress.at(2, 3);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("to", whole.toString());
            detail.put("last_seq", lastEntry);
            Audit.recordOutwaiting(db, "backup", null, detail, waiting);
            Files.move(partial, whole, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(e, Problem.Code.BACKUP_FAILED, target, String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(Path.of(partial + "-wal"));
                Files.deleteIfExists(Path.of(partial + "-shm"));
            } catch (IOException ignored) {
                // Nothing more to tidy.
            }
        }
    }

    /**
     * Copies the snapshot open on {@code db}'s connection into {@code partial} and returns the seq
     * of the last audit entry it holds. sqlite3_backup_step reads through the connection's open
     * read transaction, so the copy is that snapshot however many steps it takes.
     */
    private static long copySnapshot(Database db, Path partial) throws SQLException {
        long last;
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM audit")) {
            last = rs.getLong(1);
        }
        // sqlite3_backup_* over this connection, given the file name as it is: the SQL form
        // ("backup to FILE") cannot name a file whose name holds a space or a quote.
        int code = db.connection().unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
        if (code != 0) {
            throw new SQLException("SQLite result code " + code, null, code);
        }
        return last;
    }
}
