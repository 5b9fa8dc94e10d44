package taizhang.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.domain.Validation;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.StoredFacts;

/**
 * Several clerks on one file (SPEC 10): an office of one county, one township and two villages;
 * each clerk a connection of their own signed in under their own login; a third party that holds
 * the write lock, so that two saves can be made to wait and then run at the same moment.
 */
public final class Clerks {
    private Clerks() {
    }

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    public static final String VILLAGE = "990101101201";
    public static final String OTHER_VILLAGE = "990101101202";
    public static final String MOTHER = Ids.id("19950505", 4);

    /** A new office database with its areas; closed again (each clerk opens their own connection). */
    public static Path office(Path dir) {
        Path file = dir.resolve("office.db");
        try (Database db = Admin.signIn(Database.create(file))) {
            RegisterStore store = new RegisterStore(db);
            db.write(h -> {
                try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "test")) {
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101", "示范县", null}));
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101101", "东镇", "990101"}));
                    areas.insert(new Entry(Register.AREAS, new Object[] {VILLAGE, "一村", "990101101"}));
                    areas.insert(new Entry(Register.AREAS, new Object[] {OTHER_VILLAGE, "二村", "990101101"}));
                }
                return null;
            });
        }
        return file;
    }

    /** A clerk of the whole county on a connection of their own. */
    public static Database clerk(Path file, String login) {
        return Database.open(file).actAs(new Account(login, "clerk " + login, Role.CLERK, Scope.EVERYTHING, null,
                false));
    }

    /** A record as a form or an import would have it after the checks. */
    public static Entry entry(Database db, Register r, Map<String, String> raw) {
        Validation.Result result = Validation.check(r, raw, new StoredFacts(db, TODAY));
        if (result.entry() == null) {
            throw new IllegalArgumentException(result.problems().toString());
        }
        return result.entry();
    }

    /** The birth of a child named {@code child} to {@link #MOTHER} on 2026-10-05 in {@link #VILLAGE}. */
    public static Map<String, String> birth(String child) {
        return Map.of("child_name", child, "child_sex", "M", "birth_date", "2026-10-05", "birth_order", "1",
                "mother_id_number", MOTHER, "mother_name", "李娜", "area_code", VILLAGE, "registered_on", "2026-10-08");
    }

    public static Map<String, String> person(String id, String name, String sex, String birth) {
        return Map.of("id_number", id, "name", name, "sex", sex, "birth_date", birth, "area_code", VILLAGE,
                "residence", "resident");
    }

    /**
     * A few milliseconds between looks at a screen: a look takes the screen's lock (it reads a
     * whole frame), and look after look on one of two cores would leave the screens little room to draw.
     */
    public static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Holds the write lock (BEGIN IMMEDIATE) on a connection of its own until closed. */
    public static final class LockHolder implements AutoCloseable {
        private final Connection connection;

        public LockHolder(Path file) throws SQLException {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }

        /**
         * Ends this long write from a thread of its own (started) once {@code seen} holds, noted in
         * {@code said}, or after {@code atMost} when it never does (then {@code said} stays false).
         */
        public Thread closeWhen(java.util.function.BooleanSupplier seen, java.util.concurrent.atomic.AtomicBoolean said,
                                java.time.Duration atMost) {
            Thread t = new Thread(() -> {
                long end = System.nanoTime() + atMost.toNanos();
                while (!said.get() && System.nanoTime() < end) {
                    said.set(seen.getAsBoolean());
                    pause();
                }
                try {
                    close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            return t;
        }

        /** Lets the waiting writers go, one after the other. */
        @Override
        public void close() throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK");
            } finally {
                connection.close();
            }
        }
    }

    /** A household visit with long notes: about 3 KB of text, more than a page of the file has free. */
    public static Map<String, String> longVisit(int n) {
        String notes = "走访记录" + n + "。" + "家中老人身体健康，子女在外务工。".repeat(30);
        return Map.of("household_no", "H" + n, "area_code", VILLAGE, "visit_date", "2026-11-02", "visitor", "张干部",
                "purpose", notes.substring(0, 480), "notes", notes.substring(0, 480));
    }

    /**
     * Makes the file full for this connection, as a full disk would: SQLite may not grow it by a
     * single page more ({@code max_page_count}), and long visits are saved until one no longer
     * fits. Returns that visit: saving it again fails the same way, since its failure changed nothing.
     */
    public static Map<String, String> fillUp(Database db) throws SQLException {
        try (Statement s = db.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            int pages = rs.getInt(1);
            s.execute("PRAGMA max_page_count = " + pages);
        }
        taizhang.storage.Records records = new taizhang.storage.Records(db, TODAY);
        for (int n = 0; n < 1000; n++) {
            Map<String, String> visit = longVisit(n);
            try {
                records.add(entry(db, Register.VISITS, visit));
            } catch (taizhang.storage.StorageException e) {
                if (e.kind() != taizhang.storage.StorageException.Kind.FULL) {
                    throw e;
                }
                return visit;
            }
        }
        throw new IllegalStateException("the file never filled up");
    }

    /**
     * Runs each piece of work on a thread and a connection of its own (clerk0, clerk1, …), all
     * started while another connection holds the write lock, so that each has done whatever it
     * does before its transaction when the lock is let go: a rule checked outside the transaction
     * would pass for all of them. Returns what each returned or threw, in the order they finished.
     */
    public static List<Object> atOnce(Path file, List<Function<Database, Object>> work) throws Exception {
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        // Counted down by each piece of work when it has waited a second for the lock (or ended).
        CountDownLatch waiting = new CountDownLatch(work.size());
        List<Thread> threads = new ArrayList<>();
        try (LockHolder lock = new LockHolder(file)) {
            for (int i = 0; i < work.size(); i++) {
                Function<Database, Object> w = work.get(i);
                String login = "clerk" + i;
                Thread t = new Thread(() -> {
                    try (Database clerk = clerk(file, login)) {
                        outcomes.add(clerk.sayingWhenWaiting(waiting::countDown, () -> w.apply(clerk)));
                    } catch (RuntimeException e) {
                        outcomes.add(e);
                    } finally {
                        waiting.countDown();
                    }
                });
                threads.add(t);
                t.start();
            }
            if (!waiting.await(Eventually.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new AssertionError("not every clerk came to wait for the lock");
            }
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        return outcomes;
    }

    /** Sets how long this connection waits for the write lock (the program's own is 15 seconds). */
    public static void busyTimeout(Database db, int millis) throws SQLException {
        try (Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA busy_timeout = " + millis);
        }
    }
}
