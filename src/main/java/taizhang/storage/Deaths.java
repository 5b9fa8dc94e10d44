package taizhang.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import taizhang.domain.Entry;
import taizhang.domain.Register;

/**
 * What a death does to the population register (SPEC 3, deaths.csv): the living person with
 * the death's ID number gets {@code died_on}. One definition for the screens and for import;
 * run it inside the same {@link Database#write} as the death itself. The person's version goes up,
 * so that a clerk with that person's form open is shown the change rather than saving over it.
 */
public final class Deaths {
    private Deaths() {
    }

    /**
     * The death was recorded: its person, if registered and still living, has died on its date.
     * Plain JDBC, as everything an import runs (it never waits for Jdbi's first statement).
     */
    public static void recorded(Connection c, Entry death, String user) throws SQLException {
        try (PreparedStatement s = marking(c)) {
            recorded(s, death, user);
        }
    }

    /** The statement {@link #recorded(PreparedStatement, Entry, String)} runs, prepared once for many deaths (an import). */
    static PreparedStatement marking(Connection c) throws SQLException {
        return c.prepareStatement("UPDATE person SET died_on = ?, updated_at = ?, changed_by = ?,"
                + " version = version + 1"
                + " WHERE id_number = ? AND died_on IS NULL AND voided = 0");
    }

    /** As {@link #recorded(Connection, Entry, String)}, with the statement from {@link #marking}. */
    static void recorded(PreparedStatement marking, Entry death, String user) throws SQLException {
        String id = idNumber(death);
        if (id == null) {
            return;
        }
        marking.setString(1, death.date("death_date").toString());
        marking.setString(2, Instant.now().toString());
        marking.setString(3, user);
        marking.setString(4, id);
        marking.executeUpdate();
    }

    /**
     * The death was voided or is being corrected: the person it marked dead is living again,
     * unless another live death record says the same.
     */
    public static void withdrawn(Connection c, Entry death, String user) throws SQLException {
        String id = idNumber(death);
        if (id == null) {
            return;
        }
        String date = death.date("death_date").toString();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM death WHERE id_number = ? AND death_date = ? AND voided = 0")) {
            s.setString(1, id);
            s.setString(2, date);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getInt(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE person SET died_on = NULL, updated_at = ?, changed_by = ?,"
                + " version = version + 1"
                + " WHERE id_number = ? AND died_on = ? AND voided = 0")) {
            s.setString(1, Instant.now().toString());
            s.setString(2, user);
            s.setString(3, id);
            s.setString(4, date);
            s.executeUpdate();
        }
    }

    private static String idNumber(Entry death) {
        if (death.register() != Register.DEATHS) {
            throw new IllegalArgumentException("not a death: " + death);
        }
        return death.text("id_number");
    }
}
