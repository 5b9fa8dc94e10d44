package taizhang.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.AreaLevel;
import taizhang.domain.Facts;

/**
 * What the register holds, asked of the database one question at a time (forms, small imports).
 * An import asks the same few questions of every row: {@link #keeping} prepares each once.
 */
public final class StoredFacts implements Facts, AutoCloseable {
    private final Database db;
    private final LocalDate today;
    /** The statements prepared so far, by their SQL; null when each question is prepared anew. */
    private final java.util.Map<String, java.sql.PreparedStatement> kept;

    public StoredFacts(Database db, LocalDate today) {
        this(db, today, false);
    }

    private StoredFacts(Database db, LocalDate today, boolean keep) {
        this.db = db;
        this.today = today;
        this.kept = keep ? new java.util.HashMap<>() : null;
    }

    /**
     * Facts that prepare each question once and keep it until {@link #close}: for one thread
     * asking many times (an import's reading thread: a death's person, a birth's twin, every row).
     */
    public static StoredFacts keeping(Database db, LocalDate today) {
        return new StoredFacts(db, today, true);
    }

    /** Closes the statements kept. */
    @Override
    public void close() {
        if (kept == null) {
            return;
        }
        try {
            for (java.sql.PreparedStatement s : kept.values()) {
                s.close();
            }
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        } finally {
            kept.clear();
        }
    }

    /** Runs a question, on a kept statement when keeping. */
    private void select(String sql, List<?> params, Database.RowReader reader) {
        if (kept == null) {
            db.select(sql, params, reader);
            return;
        }
        try {
            java.sql.PreparedStatement s = kept.get(sql);
            if (s == null) {
                s = db.connection().prepareStatement(sql);
                kept.put(sql, s);
            }
            Database.read(s, params, reader);
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public AreaLevel areaLevel(String code) {
        return count("SELECT count(*) FROM area WHERE code = ? AND voided = 0", code) > 0 ? AreaLevel.of(code) : null;
    }

    /** Every live area's code and its parent's (null for the root), for an import to hold in memory. */
    public void eachArea(java.util.function.BiConsumer<String, String> action) {
        select("SELECT code, parent_code FROM area WHERE voided = 0", List.of(),
                rs -> action.accept(rs.getString(1), rs.getString(2)));
    }

    /** The codes of the live schemes. */
    public List<String> schemeCodes() {
        List<String> codes = new ArrayList<>();
        select("SELECT code FROM scheme WHERE voided = 0", List.of(), rs -> codes.add(rs.getString(1)));
        return codes;
    }

    /** The ID number of every living person, whatever the scope: the rule is the whole register's. */
    public void eachLivingIdNumber(java.util.function.Consumer<String> action) {
        select("SELECT id_number FROM person WHERE id_number IS NOT NULL AND died_on IS NULL AND voided = 0",
                List.of(), rs -> action.accept(rs.getString(1)));
    }

    @Override
    public String rootCode() {
        String[] root = new String[1];
        select("SELECT code FROM area WHERE parent_code IS NULL AND voided = 0 LIMIT 1", List.of(),
                rs -> root[0] = rs.getString(1));
        return root[0];
    }

    @Override
    public boolean hasScheme(String code) {
        return count("SELECT count(*) FROM scheme WHERE code = ? AND voided = 0", code) > 0;
    }

    @Override
    public boolean livingPersonHas(String idNumber) {
        return count("SELECT count(*) FROM person WHERE id_number = ? AND died_on IS NULL AND voided = 0", idNumber) > 0;
    }

    @Override
    public PersonState person(String idNumber) {
        PersonState[] state = new PersonState[1];
        select("SELECT died_on FROM person WHERE id_number = ? AND voided = 0"
                        + " ORDER BY died_on IS NOT NULL, id DESC LIMIT 1", List.of(idNumber),
                rs -> state[0] = new PersonState(rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1))));
        return state[0];
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        boolean byId = !key.mother().startsWith("name:");
        String sql = "SELECT count(*) FROM birth WHERE voided = 0 AND birth_date = ? AND child_sex = ?"
                + " AND coalesce(child_name, '') = ? AND "
                + (byId ? "mother_id_number = ?" : "mother_id_number IS NULL AND mother_name = ?");
        return count(sql, key.birthDate().toString(), key.childSex(), key.childName(),
                byId ? key.mother() : key.mother().substring("name:".length())) > 0;
    }

    /**
     * The one number a count query gives. Plain JDBC, as every question here: the forms' checks
     * and an import's facts then need nothing of Jdbi (its first statement: ~0.3-0.5 s cold).
     */
    private long count(String sql, Object... params) {
        long[] n = new long[1];
        select(sql, java.util.Arrays.asList(params), rs -> n[0] = rs.getLong(1));
        return n[0];
    }
}
