package taizhang.storage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/** Closed months (month_close) and the figures frozen with them (frozen_figure). */
public final class ClosedMonths {
    private final Database db;

    public ClosedMonths(Database db) {
        this.db = db;
    }


    /** A closing of a month; {@code reopenedAt} is null while it stands. */
    public record Close(long id, String month, Instant closedAt, String closedBy,
                        Instant reopenedAt, String reopenedBy, String reopenReason) {
        private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

        /** When it was closed, as every message and screen says it: {@code 2026-11-02 08:54 UTC}. */
        public String when() {
            return MINUTE.format(closedAt);
        }
    }

    /** The standing (not reopened) closing of a month, if any. */
    public Optional<Close> standingClose(String month) {
        return db.handle().createQuery("SELECT * FROM month_close WHERE month = ? AND reopened_at IS NULL")
                .bind(0, month).map((rs, ctx) -> close(rs)).findOne();
    }

    /** Every closing ever made, newest first. Plain JDBC: home asks this for its first frame, before Jdbi is warm. */
    public List<Close> closes() {
        List<Close> out = new java.util.ArrayList<>();
        try (java.sql.Statement s = db.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT * FROM month_close ORDER BY month DESC, id DESC")) {
            while (rs.next()) {
                out.add(close(rs));
            }
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        }
        return out;
    }

    private static Close close(java.sql.ResultSet rs) throws java.sql.SQLException {
        String reopened = rs.getString("reopened_at");
        return new Close(rs.getLong("id"), rs.getString("month"), Instant.parse(rs.getString("closed_at")),
                rs.getString("closed_by"), reopened == null ? null : Instant.parse(reopened),
                rs.getString("reopened_by"), rs.getString("reopen_reason"));
    }

    /**
     * Stores a closing and its figures (area, indicator column, value or null), by the signed-in
     * account, with its audit entry; call inside a write.
     */
    public long insertClose(String month, Instant closedAt, Map<String, Map<String, String>> figures) {
        Handle h = db.handle();
        mayClose();
        String user = db.account().login();
        long id = h.createUpdate("INSERT INTO month_close (month, closed_at, closed_by) VALUES (?, ?, ?)")
                .bind(0, month).bind(1, closedAt.toString()).bind(2, user)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var batch = h.prepareBatch("INSERT INTO frozen_figure (close_id, area_code, indicator, value)"
                + " VALUES (?, ?, ?, ?)");
        for (Map.Entry<String, Map<String, String>> area : figures.entrySet()) {
            for (Map.Entry<String, String> figure : area.getValue().entrySet()) {
                batch.bind(0, id).bind(1, area.getKey()).bind(2, figure.getKey()).bind(3, figure.getValue()).add();
            }
        }
        batch.execute();
        Audit.append(db, "month.close", null, id, Map.of("month", month, "areas", figures.size()));
        return id;
    }

    /**
     * Closing freezes every figure of the office, so it takes an account that may close months and
     * sees the whole area tree (a village clerk's view would freeze a part as the whole).
     */
    private void mayClose() {
        taizhang.domain.Account a = db.account();
        if (!a.may(taizhang.domain.Role.Permission.CLOSE_MONTHS)) {
            throw new Refusal(Problem.Code.NOT_PERMITTED, a.login(), a.role(), taizhang.domain.Role.Permission.CLOSE_MONTHS);
        }
        String root = Scoping.rootOutsideScope(db);
        if (root != null) {
            throw new Refusal(Problem.Code.CLOSE_NOT_WHOLE_OFFICE, a.login(), a.scope().toString(), root);
        }
    }

    /** Marks the standing closing of a month reopened, by the signed-in account, audited; call inside a write. */
    public int reopen(String month, Instant at, String reason) {
        Handle h = db.handle();
        mayClose();
        int n = h.createUpdate("UPDATE month_close SET reopened_at = ?, reopened_by = ?, reopen_reason = ?"
                        + " WHERE month = ? AND reopened_at IS NULL")
                .bind(0, at.toString()).bind(1, db.account().login()).bind(2, reason).bind(3, month).execute();
        if (n > 0) {
            Audit.append(db, "month.reopen", null, null, Map.of("month", month, "reason", reason));
        }
        return n;
    }

    /** The frozen figures of a closing: area code to indicator column to value (null = empty). */
    public Map<String, Map<String, String>> frozenFigures(long closeId) {
        Map<String, Map<String, String>> out = new HashMap<>();
        db.handle().createQuery("SELECT area_code, indicator, value FROM frozen_figure WHERE close_id = ?")
                .bind(0, closeId).map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    return null;
                }).list();
        return out;
    }
}
