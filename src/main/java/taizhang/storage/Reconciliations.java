package taizhang.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import taizhang.domain.DateRange;
import taizhang.domain.Register;

/**
 * The register's side of a reconciliation (SPEC 12), read within the signed-in account's scope,
 * and the account's last reconciliation kept for the screens: its run (whose list, which file,
 * when, by whom, how many rows lay outside the scope) and its rows, each a map of column key to
 * canonical text. Saving a run writes its audit entry; a birth registered from a missing row
 * goes through {@link Records}.
 */
public final class Reconciliations {
    private final Database db;
    private final RegisterStore store;
    private final LocalDate today;

    public Reconciliations(Database db, LocalDate today) {
        this.db = db;
        this.store = new RegisterStore(db);
        this.today = today;
    }

    /**
     * A run: {@code source} hospital or police, the file and its SHA-256, the window, when (UTC)
     * and by whom (a login), and the rows of the list left out as outside that account's scope.
     */
    public record Run(long id, String source, String file, String sha256, DateRange window, String at, String by,
                      int leftOut) {
    }

    /** The stored columns of a row, in order. */
    public static final List<String> COLUMNS = List.of("status", "tier", "source_line", "register_id",
            "certificate_no", "child_name", "child_sex", "birth_date", "mother_name", "mother_id_number", "area_code",
            "differences", "child_id_number", "address", "facility", "village");

    private static final int CHUNK = 500;

    /**
     * Every live birth that could match a list: those born in {@code dates}, and those holding
     * one of {@code certificates} whatever their date; in register order. Only births in the
     * account's scope ({@link RegisterStore#query} adds {@link Scoping}'s condition), so a village
     * clerk's list is compared with their village's births alone.
     */
    public List<RegisterStore.Stored> births(DateRange dates, Collection<String> certificates) {
        Map<Long, RegisterStore.Stored> found = new TreeMap<>();
        if (dates != null) {
            store.query(Register.BIRTHS, "voided = 0 AND birth_date BETWEEN ? AND ?",
                    List.of(dates.start().toString(), dates.end().toString()), "id", Integer.MAX_VALUE,
                    s -> found.put(s.id(), s));
        }
        List<String> wanted = new ArrayList<>(certificates);
        for (int i = 0; i < wanted.size(); i += CHUNK) {
            List<String> chunk = wanted.subList(i, Math.min(wanted.size(), i + CHUNK));
            store.query(Register.BIRTHS, "voided = 0 AND certificate_no IN (" + "?, ".repeat(chunk.size() - 1) + "?)",
                    new ArrayList<>(chunk), "id", Integer.MAX_VALUE, s -> found.putIfAbsent(s.id(), s));
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Whether a list's row naming this village (null: naming none) can be one of the births read
     * here: its village lies in the account's scope, or it names none and the scope holds every
     * village. A village clerk's township-wide list thus never reports another village's birth
     * (nor one that might be another's) as missing from the clerk's register.
     */
    public java.util.function.Predicate<String> ours() {
        taizhang.domain.Account account = db.account();
        boolean everyVillage = coversEveryVillage();
        return village -> village == null ? everyVillage : account.covers(village);
    }

    private boolean coversEveryVillage() {
        List<Object> params = new ArrayList<>();
        String scope = Scoping.condition(db.account(), "code", params);
        var query = db.handle().createQuery("SELECT count(*) FROM area WHERE voided = 0 AND length(code) = "
                + taizhang.domain.AreaLevel.VILLAGE.codeLength()
                + " AND NOT " + scope);
        for (int i = 0; i < params.size(); i++) {
            query.bind(i, params.get(i));
        }
        return query.mapTo(Long.class).one() == 0;
    }

    /**
     * Keeps {@code rows} as the signed-in account's last reconciliation, in place of its one
     * before, and appends the run's audit entry ({@code reconcile}, with {@code audit} as its
     * detail) in the same transaction; returns the run with its id.
     */
    public Run save(Run run, List<Map<String, String>> rows, Map<String, ?> audit) {
        String by = db.account().login();
        return db.write(h -> {
            h.execute("DELETE FROM reconciliation_row WHERE reconciliation_id IN"
                    + " (SELECT id FROM reconciliation WHERE run_by = ?)", by);
            h.execute("DELETE FROM reconciliation WHERE run_by = ?", by);
            long id;
            try (PreparedStatement s = db.connection().prepareStatement("INSERT INTO reconciliation (source, file,"
                    + " sha256, window_from, window_to, run_at, run_by, left_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, run.source());
                s.setString(2, run.file());
                s.setString(3, run.sha256());
                s.setString(4, run.window() == null ? null : run.window().start().toString());
                s.setString(5, run.window() == null ? null : run.window().end().toString());
                s.setString(6, run.at() != null ? run.at() : Instant.now().toString());
                s.setString(7, by);
                s.setInt(8, run.leftOut());
                s.executeUpdate();
            }
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement s = db.connection().prepareStatement(insertRow())) {
                for (int seq = 0; seq < rows.size(); seq++) {
                    bindRow(s, id, seq, rows.get(seq));
                    s.addBatch();
                    if (seq % 1000 == 999) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            Audit.append(db, "reconcile", Register.BIRTHS.fileName(), null, audit);
            return last();
        });
    }

    private static String insertRow() {
        return "INSERT INTO reconciliation_row (reconciliation_id, seq, " + String.join(", ", COLUMNS)
                + ") VALUES (?, ?" + ", ?".repeat(COLUMNS.size()) + ")";
    }

    private static void bindRow(PreparedStatement s, long id, int seq, Map<String, String> row) throws SQLException {
        s.setLong(1, id);
        s.setInt(2, seq);
        for (int i = 0; i < COLUMNS.size(); i++) {
            String v = row.get(COLUMNS.get(i));
            s.setString(i + 3, v == null || v.isEmpty() ? null : v);
        }
    }

    /** The signed-in account's last reconciliation's run, or null when it has made none. */
    public Run last() {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT * FROM reconciliation WHERE run_by = ?"
                + " ORDER BY id DESC LIMIT 1")) {
            s.setString(1, db.account().login());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String from = rs.getString("window_from");
                DateRange window = from == null ? null
                        : new DateRange(LocalDate.parse(from), LocalDate.parse(rs.getString("window_to")));
                return new Run(rs.getLong("id"), rs.getString("source"), rs.getString("file"), rs.getString("sha256"),
                        window, rs.getString("run_at"), rs.getString("run_by"), rs.getInt("left_out"));
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    /** The rows of a run in their order, each by column key ("" for an empty value). */
    public List<Map<String, String>> rows(long runId) {
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement s = db.connection().prepareStatement("SELECT " + String.join(", ", COLUMNS)
                + " FROM reconciliation_row WHERE reconciliation_id = ? ORDER BY seq")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (String c : COLUMNS) {
                        String v = rs.getString(c);
                        row.put(c, v == null ? "" : v);
                    }
                    out.add(Collections.unmodifiableMap(row));
                }
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
        return out;
    }

    /**
     * Registers a birth through the one write path ({@link Records#add}: role, scope, every rule,
     * the audit entry) and, in the same transaction, replaces row {@code seq} of the run with what
     * {@code row} makes of the new birth's id: a missing birth registered from the screen. Returns
     * the birth's id.
     */
    public long registerBirth(long runId, int seq, taizhang.domain.Entry birth,
                              java.util.function.LongFunction<Map<String, String>> row) {
        return new Records(db, today).add(birth, saved -> replace(runId, seq, row.apply(saved.id()))).id();
    }

    private void replace(long runId, int seq, Map<String, String> row) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE reconciliation_row SET ");
        for (int i = 0; i < COLUMNS.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(COLUMNS.get(i)).append(" = ?");
        }
        sql.append(" WHERE reconciliation_id = ? AND seq = ?");
        try (PreparedStatement s = db.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                String v = row.get(COLUMNS.get(i));
                s.setString(i + 1, v == null || v.isEmpty() ? null : v);
            }
            s.setLong(COLUMNS.size() + 1, runId);
            s.setInt(COLUMNS.size() + 2, seq);
            if (s.executeUpdate() != 1) {
                throw new Records.Refused(List.of(taizhang.domain.Problem.of(
                        taizhang.domain.Problem.Code.RECONCILIATION_REPLACED)));
            }
        }
    }
}
