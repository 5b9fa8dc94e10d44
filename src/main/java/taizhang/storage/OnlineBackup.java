package taizhang.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import taizhang.domain.Problem;
import taizhang.domain.Progress;

/** A consistent copy of a live database through SQLite's backup API, checked after it is made. */
public final class OnlineBackup {
    private OnlineBackup() {
    }

    public static void copy(Database db, Path target) {
        copy(db, target, Progress.NONE);
    }

    /** As {@link #copy(Database, Path)}; {@code progress} hears its two steps: the copy, then its check. */
    public static void copy(Database db, Path target, Progress progress) {
        Path partial = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(partial.getParent());
            Files.deleteIfExists(partial);
            progress.at(0, 2);
            // sqlite3_backup_* over this connection, given the file name as it is: the SQL form
            // ("backup to FILE") cannot name a file whose name holds a space or a quote.
            int code = db.connection().unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
            if (code != 0) {
                throw new SQLException("SQLite result code " + code, null, code);
            }
            progress.at(1, 2);
            try (Database copy = Database.open(partial)) {
                if (!new Consistency(copy).integrity().isEmpty()) {
                    throw new StorageException(Problem.Code.BACKUP_DAMAGED, target);
                }
            }
            Files.move(partial, target.toAbsolutePath(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
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
}
