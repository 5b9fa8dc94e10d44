package taizhang.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Figures as they were last counted, kept in the file with the change they were counted at
 * ({@link Audit#lastChange}). Every change to the registers, areas and closed months is audited
 * in its own transaction (the one write path), so while the last change stays the same, figures
 * kept at it are the figures a count would give now: home shows them at once on a start with
 * nothing changed since, instead of counting again (on an old PC most of the way to a complete
 * home). Not a register: nothing here is exported, reported or audited, and emptying the table
 * loses nothing but the time to count again.
 */
public final class KeptFigures {
    /** How long keeping waits for another clerk's write to end: it is not worth a clerk's wait. */
    private static final int KEEP_WAIT_MS = 200;

    private final Database db;

    public KeptFigures(Database db) {
        this.db = db;
    }

    /** What was kept under {@code key} when the last change was {@code change}; null if nothing. */
    public String read(String key, long change) {
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT figures FROM kept_figures WHERE key = ? AND change = ?")) {
            s.setString(1, key);
            s.setLong(2, change);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    /**
     * Keeps {@code figures}, counted since the last change was {@code change}, under {@code key},
     * and drops what was kept at earlier changes. Nothing is kept when a change has been committed
     * since (the figures could be of either side of it), nor when the file cannot be written now
     * (read-only, or another clerk writing for longer than a moment): they are counted again next
     * time. It waits a moment only for another clerk's write to end.
     * Returns whether the figures were kept.
     */
    public boolean keep(String key, long change, String figures) {
        try {
            db.busyTimeout(KEEP_WAIT_MS);
            try {
                return db.write(h -> {
                    if (new Audit(db).lastChange() != change) {
                        return false;
                    }
                    h.createUpdate("DELETE FROM kept_figures WHERE change <> ?").bind(0, change).execute();
                    h.createUpdate("INSERT OR REPLACE INTO kept_figures (key, change, figures) VALUES (?, ?, ?)")
                            .bind(0, key).bind(1, change).bind(2, figures).execute();
                    return true;
                });
            } finally {
                db.busyTimeout(Database.BUSY_TIMEOUT_MS);
            }
        } catch (StorageException e) {
            return false;
        }
    }
}
