package taizhang.storage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import taizhang.domain.Account;
import taizhang.domain.Problem;

/**
 * The audit trail of SPEC 9: one append-only table, each entry chained to the one before by
 * its hash, so that an edit, a deletion or an insertion made behind the program's back is
 * found by {@link #verify}. Entries are written inside the same transaction as the change
 * they describe: both are committed, or neither.
 *
 * <p>The hash of an entry is SHA-256 over the 32 bytes of the previous entry's hash followed
 * by seq, at, login, action, register, record_id and detail, each as a netstring of its UTF-8
 * bytes ({@code LENGTH:BYTES,}; a missing register or record id is the empty string), so that
 * no two different entries give the same input.
 */
public final class Audit {
    /** The previous hash of the first entry: 32 zero bytes. */
    public static final String GENESIS = "0".repeat(64);

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final Database db;

    public Audit(Database db) {
        this.db = db;
    }

    /** One entry as stored. */
    public record Entry(long seq, String at, String login, String action, String register, Long recordId,
                        String detail, String prevHash, String hash) {

        /** The detail as a map (field changes are maps of {@code before}/{@code after}). */
        @SuppressWarnings("unchecked")
        public Map<String, Object> details() {
            return JSON.fromJson(detail, Map.class);
        }
    }

    /**
     * Appends an entry under the signed-in account; call it inside {@link Database#write}.
     * Returns its seq.
     */
    public static long append(Database db, String action, String register, Long recordId, Map<String, ?> detail) {
        return append(db, db.account().login(), action, register, recordId, detail);
    }

    /**
     * Records, in a transaction of its own, something that changed no record but must be known
     * (SPEC 9: an export or report written to a file, a backup: who took which personal data out).
     */
    public static void record(Database db, String action, String register, Map<String, ?> detail) {
        db.write(() -> append(db, action, register, null, detail));
    }

    /**
     * As {@link #record}, for what was taken out of a snapshot while another process may hold the
     * write lock for long (an import): the entry outwaits that write, up to
     * {@link Database#LONG_WAIT_MS}, and {@code waiting} is told when it has to.
     */
    public static void recordOutwaiting(Database db, String action, String register, Map<String, ?> detail,
                                        Runnable waiting) {
        db.writeOutwaiting(waiting, () -> append(db, action, register, null, detail));
    }

    /** As {@link #append(Database, String, String, Long, Map)} for a login not signed in (a failed login). */
    static long append(Database db, String login, String action, String register, Long recordId,
                       Map<String, ?> detail) {
        try {
            return appendChecked(db, login, action, register, recordId, detail);
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    private static long appendChecked(Database db, String login, String action, String register, Long recordId,
                                      Map<String, ?> detail) throws SQLException {
        if (!db.writing()) {
            throw new IllegalStateException("an audit entry is written inside the transaction of its change");
        }
        Connection c = db.connection();
        long seq = 1;
        String prev = GENESIS;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        String at = stamp(Instant.now());
        String json = json(detail);
        String hash = hash(prev, seq, at, login, action, register, recordId, json);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (seq, at, login, action, register,"
                + " record_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, at);
            s.setString(3, login);
            s.setString(4, action);
            s.setString(5, register);
            if (recordId == null) {
                s.setNull(6, java.sql.Types.INTEGER);
            } else {
                s.setLong(6, recordId);
            }
            s.setString(7, json);
            s.setString(8, prev);
            s.setString(9, hash);
            s.executeUpdate();
        }
        return seq;
    }

    private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /**
     * An entry's {@code at}: UTC to the millisecond, always 24 characters ({@code Instant.toString}
     * drops the fraction at a whole second, and "…38Z" then sorts after "…38.100Z").
     */
    static String stamp(Instant when) {
        return AT.format(when.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * An entry's detail as JSON in a form of its own whatever map it came in: the keys of an
     * unordered map (Map.of, HashMap: an order that changes from one run to the next) sorted, an
     * ordered one (LinkedHashMap, TreeMap) kept as it was built, at every depth. Also how the
     * server's log names an entry it could not write.
     */
    public static String json(Map<String, ?> detail) {
        return JSON.toJson(detail == null ? Map.of() : ordered(detail));
    }

    private static Object ordered(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = m instanceof java.util.LinkedHashMap<?, ?> || m instanceof java.util.SortedMap<?, ?>
                    ? new java.util.LinkedHashMap<>() : new java.util.TreeMap<>();
            m.forEach((k, v) -> out.put(k, ordered(v)));
            return out;
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(Audit::ordered).toList();
        }
        return value;
    }

    /**
     * The seq of the last entry that may stand for a change to what the registers hold (0: none):
     * every entry but those that surely changed no record (logins, sessions, exports, reports,
     * backups, accounts). Every change is audited in its own transaction (the one write path), so
     * while this stays the same so do the registers; a new kind of entry counts as a change.
     */
    public long lastChange() {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT seq FROM audit WHERE action NOT IN ('login', 'login.failed', 'login.locked',"
                        + " 'session.end', 'session.refused', 'export', 'report', 'backup')"
                        + " AND action NOT LIKE 'account.%' ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    /** The hash of an entry from its fields and the hash before it (see the class comment). */
    public static String hash(String prevHash, long seq, String at, String login, String action, String register,
                              Long recordId, String detail) {
        MessageDigest sha = sha256();
        sha.update(HexFormat.of().parseHex(prevHash));
        for (String field : new String[] {String.valueOf(seq), at, login, action, register,
                recordId == null ? null : String.valueOf(recordId), detail}) {
            byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
            sha.update((byte) ',');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * What {@link #verify} found: the number of entries and the head, or the first entry that does
     * not match and why, as a problem (its code and arguments).
     */
    public record Verification(long entries, String head, Long firstBad, Problem why) {
        public boolean intact() {
            return firstBad == null;
        }
    }

    /**
     * Recomputes the chain from the first entry: each seq one more than the last, each prev_hash
     * the hash before it, each hash what the entry's fields give.
     */
    public Verification verify() {
        String prev = GENESIS;
        long expected = 1;
        try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT seq, at, login, action, register, record_id, detail, prev_hash, hash FROM audit ORDER BY seq")) {
            while (rs.next()) {
                Entry e = read(rs);
                if (e.seq() != expected) {
                    return new Verification(expected - 1, prev, e.seq() > expected ? expected : e.seq(),
                            e.seq() > expected ? Problem.of(Problem.Code.AUDIT_MISSING, e.seq())
                                    : Problem.of(Problem.Code.AUDIT_OUT_OF_ORDER));
                }
                if (!prev.equals(e.prevHash())) {
                    return new Verification(expected - 1, prev, e.seq(), Problem.of(Problem.Code.AUDIT_PREV_HASH));
                }
                String h = hash(e.prevHash(), e.seq(), e.at(), e.login(), e.action(), e.register(), e.recordId(),
                        e.detail());
                if (!h.equals(e.hash())) {
                    return new Verification(expected - 1, prev, e.seq(), Problem.of(Problem.Code.AUDIT_HASH));
                }
                prev = e.hash();
                expected++;
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
        return new Verification(expected - 1, prev, null, null);
    }

    /** Which entries {@link #list} gives; null parts do not narrow. */
    public record Filter(String register, Long recordId, String login, LocalDate since) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /**
     * Entries in order. An account whose scope is not everything sees entries about records in its
     * scope (a clerk may see what happened to their village's records) and its own entries; an
     * admin or statistician also every entry about no single record (SPEC 9: only viewers and
     * clerks are kept to their scope): closes and reopens, imports, exports, backups, accounts,
     * logins. None of those holds an ID or phone number; a record's values stay in scope.
     */
    public void list(Filter f, Consumer<Entry> action) {
        StringBuilder where = new StringBuilder("1");
        List<Object> params = new ArrayList<>();
        if (f.register() != null) {
            where.append(" AND register = ?");
            params.add(f.register());
        }
        if (f.recordId() != null) {
            // A record an import (or the demo county) made has no entry of its own: the import's, whose ids reach it,
            // says who and from what file.
            where.append(" AND (record_id = ? OR action IN ('import', 'demo') AND record_id IS NULL"
                    + " AND json_extract(detail, '$.first_id') <= ? AND json_extract(detail, '$.last_id') >= ?)");
            params.add(f.recordId());
            params.add(f.recordId());
            params.add(f.recordId());
        }
        if (f.login() != null) {
            where.append(" AND login = ?");
            params.add(f.login());
        }
        if (f.since() != null) {
            where.append(" AND at >= ?");
            params.add(f.since().toString());
        }
        Account a = db.account();
        if (!a.scope().everything()) {
            where.append(" AND (login = ?");
            params.add(a.login());
            if (a.role() == taizhang.domain.Role.ADMIN || a.role() == taizhang.domain.Role.STATISTICIAN) {
                where.append(" OR register IS NULL OR record_id IS NULL");
            }
            for (taizhang.domain.Register r : taizhang.domain.Register.values()) {
                String inScope = "SELECT id FROM " + r.table() + " WHERE ";
                where.append(" OR register = '").append(r.fileName()).append("' AND (record_id IN (").append(inScope)
                        .append(Scoping.condition(a, r, params)).append(")");
                if (f.recordId() != null) {
                    // One record in scope asked for: the import (or demo county) that made it is part of its story.
                    params.add(f.recordId());
                    where.append(" OR ? IN (").append(inScope).append(Scoping.condition(a, r, params)).append(")");
                }
                where.append(")");
            }
            where.append(")");
        }
        String sql = "SELECT seq, at, login, action, register, record_id, detail, prev_hash, hash FROM audit WHERE "
                + where + " ORDER BY seq";
        db.select(sql, params, rs -> action.accept(shown(a, read(rs))));
    }

    /** The entry as the account may read it: a viewer's ID and phone numbers masked (SPEC 9: everywhere). */
    private static Entry shown(Account a, Entry e) {
        String detail = Scoping.shownDetail(a, e.register(), e.detail());
        return java.util.Objects.equals(detail, e.detail()) ? e : new Entry(e.seq(), e.at(), e.login(), e.action(), e.register(),
                e.recordId(), detail, e.prevHash(), e.hash());
    }

    /** Everything that happened to one record, oldest first (the form's history), the import that made it included. */
    public List<Entry> history(String register, long recordId) {
        List<Entry> out = new ArrayList<>();
        list(new Filter(register, recordId, null, null), out::add);
        return out;
    }

    private static Entry read(ResultSet rs) throws SQLException {
        long id = rs.getLong(6);
        Long recordId = rs.wasNull() ? null : id;
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), recordId,
                rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
