package taizhang.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi's first statement is slow (class initialisation, mapper look-up). The screens draw their
 * first frame with plain JDBC and call this at start, so that Jdbi is made ready on a thread of
 * its own, over a private in-memory database, while the terminal is being set up (mostly
 * waiting for stty and for the terminal's answer): the tally's figures then start warm.
 */
public final class Warmup {
    private Warmup() {
    }

    public static void inBackground() {
        Thread t = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Handle h = Jdbi.open(c)) {
                h.createQuery("SELECT 1").mapTo(Integer.class).one();
                h.createUpdate("CREATE TABLE t (a TEXT)").execute();
                h.createUpdate("INSERT INTO t VALUES (?)").bind(0, "x").execute();
                h.createQuery("SELECT a FROM t WHERE a = ?").bind(0, "x").mapTo(String.class).findOne();
            } catch (SQLException | RuntimeException ignored) {
                // Only a head start: the real work does the same again when it needs it.
            }
        }, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
