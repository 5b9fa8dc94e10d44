package taizhang.storage;

import java.util.Map;

/** The office's settings, a small key/value table; defaults live here and nowhere else. */
public final class Settings {
    public static final String STAT_YEAR_START = "stat_year_start";
    public static final String TIMELY_DAYS = "timely_days";
    public static final String SRB_LOW = "srb_low";
    public static final String SRB_HIGH = "srb_high";
    public static final String SRB_MIN_BIRTHS = "srb_min_births";
    public static final String LOCKOUT_AFTER = "lockout_after";
    public static final String LOCKOUT_MINUTES = "lockout_minutes";

    public static final Map<String, String> DEFAULTS = Map.of(
            STAT_YEAR_START, "1",
            TIMELY_DAYS, "30",
            SRB_LOW, "103",
            SRB_HIGH, "107",
            SRB_MIN_BIRTHS, "200",
            LOCKOUT_AFTER, "5",
            LOCKOUT_MINUTES, "15");

    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    /** Read with plain JDBC: the screens' first figures (the tally's) are read before Jdbi is warm. */
    public String get(String key) {
        try (java.sql.PreparedStatement s = db.connection().prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            s.setString(1, key);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : DEFAULTS.get(key);
            }
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    /** Stores a setting; the caller decides the transaction. */
    public void put(String key, String value) {
        db.handle().createUpdate("INSERT INTO setting (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value").bind(0, key).bind(1, value).execute();
    }
}
