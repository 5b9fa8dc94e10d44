package taizhang.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import taizhang.domain.Account;
import taizhang.domain.Problem;

/**
 * One SQLite file, opened with foreign keys on, WAL, a busy timeout and full sync; a file that
 * is not taizhang's, or is newer than this program, is refused before anything is written. Writes
 * go through {@link #write}, which takes the write lock up front (BEGIN IMMEDIATE) so that a
 * second writer waits for the busy timeout instead of failing at once, and which leaves the
 * connection in autocommit mode afterwards (sqlite-jdbc holds the lock in manual-commit mode).
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's write to finish. */
    public static final int BUSY_TIMEOUT_MS = 15_000;

    /**
     * How long a backup, its copy already made, waits to record itself in the audit trail while
     * another process holds the write lock (a long import): long writes end, and a backup made
     * for the night should not be lost to one.
     */
    public static final int LONG_WAIT_MS = 10 * 60_000;

    /** How long such a wait stays silent: a clerk's save holds the lock for milliseconds. */
    static final int QUIET_WAIT_MS = 1_000;

    private final Path file;
    private final Connection connection;
    private Handle handle;
    private volatile Account account;
    private volatile boolean writing;
    private long lockWaitNanos;
    /** What a write of this thread says when it has to wait for another's lock ({@link #sayingWhenWaiting}). */
    private final ThreadLocal<Runnable> waitNotice = new ThreadLocal<>();
    /** When a write of this thread waiting for another's lock stops waiting ({@link #sayingWhenWaiting}). */
    private final ThreadLocal<java.util.function.BooleanSupplier> givenUp = new ThreadLocal<>();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens an existing database, bringing its schema up to date if it is behind. */
    public static Database open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(Problem.Code.NO_DATABASE, file);
        }
        Database db = connect(file, false);
        try {
            Migrations.identify(db);
            db.journalInWal();
            Migrations.apply(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Creates a new database; refuses a file that already exists. */
    public static Database create(Path file) {
        if (Files.exists(file)) {
            throw new StorageException(Problem.Code.DATABASE_EXISTS, file);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StorageException(e, Problem.Code.CANNOT_CREATE, file, String.valueOf(e.getMessage()));
        }
        Database db = connect(file, true);
        db.execute("PRAGMA page_size = " + PAGE_SIZE);
        db.journalInWal();
        Migrations.apply(db);
        return db;
    }

    /**
     * The page size of a new database: 16 KiB, not SQLite's 4 KiB. A register runs to a million
     * rows in a county; a large import writes a quarter as many pages (each through the
     * write-ahead log and back), its index sorts and the tallies' scans read fewer, and a
     * 1M-person import took 0.7 s less (of ~10 s). A form's look-up reads one page either way.
     * Set before anything is written: a database keeps the page size it was made with.
     */
    static final int PAGE_SIZE = 16_384;

    /**
     * Refuses, before anything is read or written, a database this process cannot write (SPEC 10:
     * the file, its folder, or the write-ahead log beside it read-only): every command that
     * writes asks this first, so that it stops before reading any input.
     */
    public static void requireWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        boolean writable = Files.isWritable(absolute) && (folder == null || Files.isWritable(folder));
        for (String beside : new String[] {"-wal", "-shm"}) {
            Path p = Path.of(absolute + beside);
            writable &= !Files.exists(p) || Files.isWritable(p);
        }
        if (!writable) {
            throw StorageException.of(StorageException.Kind.READ_ONLY, file, (String) null, null);
        }
    }

    /** The same for a database about to be made: the folder it goes in, when there is one yet, must be writable. */
    public static void requireCreatable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            throw StorageException.of(StorageException.Kind.READ_ONLY, file, (String) null, null);
        }
    }

    /**
     * The write-ahead log lets readers go on while one clerk writes. Switched on only once the
     * file is known to be taizhang's: switching it rewrites the header of another program's file.
     */
    private void journalInWal() {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        }
    }

    /**
     * Without {@code create}, a file moved away between the check above and this call is an
     * error, not a new empty database quietly made in its place (a backup being put back while
     * serve opens the next session's connection).
     */
    private static Database connect(Path file, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        if (!create) {
            config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        }
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Made directly, not through sqlite-jdbc's driver class: loading it sets up java.sql's
        // DriverManager, which looks through every jar for drivers, and nothing here needs it.
        String path = file.toAbsolutePath().toString();
        try {
            return new Database(file, new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite:" + path, path,
                    config.toProperties()));
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Who works on this connection: every read is narrowed to this account's scope (and masked
     * for a viewer), every write is checked against its role and recorded under its login.
     * Set once, by {@link Accounts#signIn} or {@link #actAs}; nothing is read or written before.
     */
    public Account account() {
        Account a = account;
        if (a == null) {
            throw new IllegalStateException("no account signed in on " + file);
        }
        return a;
    }

    /** Signs an account in on this connection (the owner of the file, an account of the table). */
    public Database actAs(Account who) {
        if (account != null && !account.equals(who)) {
            throw new IllegalStateException("this connection already works for " + account.login());
        }
        this.account = who;
        return this;
    }

    /** Whether an account has signed in yet (the screens' login prompt asks before it has). */
    public boolean signedIn() {
        return account != null;
    }

    /**
     * The one handle of this process, in autocommit mode; reads see committed data. Made on
     * first use: Jdbi's first statement costs more than a third of the way to the first screen,
     * which therefore reads through {@link #connection()} only.
     */
    public synchronized Handle handle() {
        if (handle == null) {
            handle = Jdbi.open(connection);
        }
        return handle;
    }

    /** The same connection as {@link #handle()}, for plain JDBC. */
    public Connection connection() {
        return connection;
    }

    /**
     * A number that changes when another connection (another session or process) has committed
     * a change to the file since this one last asked: SQLite's {@code PRAGMA data_version}.
     */
    public long dataVersion() {
        try (java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        }
    }

    /** Runs {@code work} as one write transaction: all of it is committed, or none of it. */
    public <T> T write(Work<T> work) {
        return inTransaction(() -> work.run(handle()), true);
    }

    /** Whether a {@link #write} (or {@link #tryWrite}) transaction is open on this connection. */
    public boolean writing() {
        return writing;
    }

    /** Runs {@code work} in a write transaction that is always rolled back (a dry run). */
    public <T> T tryWrite(Work<T> work) {
        return inTransaction(() -> work.run(handle()), false);
    }

    /** What a transaction runs with plain JDBC on {@link #connection()}, before it is committed or rolled back. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws SQLException;
    }

    /**
     * As {@link #write(Work)} for storage's own work in plain JDBC: no Jdbi handle is made for it
     * (a clerk's first save, an export's audit entry, an account's change need not wait ~0.3-0.5 s
     * for Jdbi's first statement).
     */
    <T> T write(Step<T> step) {
        return inTransaction(step, true);
    }

    /**
     * Runs {@code step} in a write transaction, committed only if {@code commit}. Begun and ended
     * with plain JDBC: a transaction that needs no Jdbi (an import: its facts, its rows, its bulk
     * load) does not wait for Jdbi's first statement (~0.3-0.5 s of loading and set-up).
     */
    private <T> T inTransaction(Step<T> step, boolean commit) {
        begin();
        boolean done = false;
        writing = true;
        try {
            T result = step.run();
            if (commit) {
                execute("COMMIT");
                done = true;
            }
            return result;
        } catch (SQLException | JdbiException e) {
            throw StorageException.of(e, file);
        } finally {
            writing = false;
            if (!done) {
                rollbackQuietly();
            }
        }
    }

    private void begin() {
        long start = System.nanoTime();
        try {
            Runnable notice = waitNotice.get();
            int patience = notice == null ? 0 : busyTimeout();
            if (patience > QUIET_WAIT_MS) {
                java.util.function.BooleanSupplier stop = givenUp.get();
                beginSaying(notice, patience, stop != null ? stop : () -> false);
            } else {
                execute("BEGIN IMMEDIATE");
            }
        } finally {
            lockWaitNanos = System.nanoTime() - start;
        }
    }

    /**
     * Takes the write lock, telling {@code notice} when it has waited a second for it; waits
     * {@code patience} in all, a second at a time, and stops waiting (a {@link StorageException.Kind#GAVE_UP})
     * as soon as {@code stop} says so between two of them: a clerk who pressed Esc, a client gone.
     */
    private void beginSaying(Runnable notice, int patience, java.util.function.BooleanSupplier stop) {
        long deadline = System.nanoTime() + patience * 1_000_000L;
        boolean told = false;
        busyTimeout(QUIET_WAIT_MS);
        try {
            while (true) {
                try {
                    execute("BEGIN IMMEDIATE");
                    return;
                } catch (StorageException e) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (!e.busy() || left <= 0) {
                        throw e;
                    }
                    if (stop.getAsBoolean()) {
                        throw StorageException.of(StorageException.Kind.GAVE_UP, file, (String) null, e);
                    }
                    if (!told) {
                        told = true;
                        notice.run();
                    }
                    busyTimeout((int) Math.min(QUIET_WAIT_MS, left));
                }
            }
        } finally {
            busyTimeout(patience);
        }
    }

    /** How long this connection waits for another's write lock now (a test or a keeper may have changed it). */
    private int busyTimeout() {
        try (java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
            return rs.next() ? rs.getInt(1) : BUSY_TIMEOUT_MS;
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        }
    }

    /** One statement without parameters or results (a pragma, a transaction's begin or end), plain JDBC. */
    void execute(String sql) {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        }
    }

    /** How long the last write waited for the write lock (other clerks' writes), for the stress benchmark. */
    public java.time.Duration lastLockWait() {
        return java.time.Duration.ofNanos(lockWaitNanos);
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (RuntimeException ignored) {
            // Already rolled back by SQLite itself (for example after a failed COMMIT).
        }
    }

    /** Reads one row of a {@link #select}. */
    @FunctionalInterface
    interface RowReader {
        void read(java.sql.ResultSet rs) throws SQLException;
    }

    /**
     * A query on this connection with positional parameters, each row handed to {@code reader}; plain
     * JDBC (the screens' first statements must not wait for Jdbi), a failure named by its kind.
     */
    void select(String sql, java.util.List<?> params, RowReader reader) {
        try (java.sql.PreparedStatement s = connection().prepareStatement(sql)) {
            read(s, params, reader);
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        }
    }

    /** Runs a prepared query with {@code params}, each row to {@code reader} (the statement stays open). */
    static void read(java.sql.PreparedStatement s, java.util.List<?> params, RowReader reader) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        try (java.sql.ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    /** A unit of work inside a transaction, for storage's own classes (it sees the Jdbi handle). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Handle handle) throws SQLException;
    }

    /**
     * A unit of work inside a transaction for the packages above storage, which know nothing of
     * SQL: what it calls in storage throws {@link StorageException}, and any exception it throws
     * rolls the transaction back and comes out of {@link #transaction} as it was.
     */
    @FunctionalInterface
    public interface Job<T> {
        T run();
    }

    /** Runs {@code job} as one write transaction: all of it is committed, or none of it. */
    public <T> T transaction(Job<T> job) {
        return inTransaction(job::run, true);
    }

    /**
     * As {@link #write(Step)} for work that may outwait a long write of another process (up to
     * {@link #LONG_WAIT_MS}): {@code waiting} is told once when the lock is not free within a second.
     */
    <T> T writeOutwaiting(Runnable waiting, Step<T> step) {
        busyTimeout(LONG_WAIT_MS);
        try {
            return sayingWhenWaiting(waiting, () -> write(step));
        } finally {
            busyTimeout(BUSY_TIMEOUT_MS);
        }
    }

    /**
     * From now on this connection's writes wait up to {@link #LONG_WAIT_MS} for another process's
     * write lock (a server's logins: each is recorded, and a login during a long import is let in
     * when the import ends rather than refused).
     */
    public void outwaitLongWrites() {
        busyTimeout(LONG_WAIT_MS);
    }

    /** As {@link #sayingWhenWaiting} for every write of this thread on this connection from now on (a command's). */
    public void sayWhenWaiting(Runnable notice) {
        waitNotice.set(notice);
    }

    /**
     * Runs {@code job} (a clerk's key, a command) so that a write of it that finds another process
     * holding the lock for longer than a second says so through {@code notice} before waiting out
     * the rest of the busy timeout (SPEC 10: a writer waiting for another says so in words).
     * Only writes made on this thread are told.
     */
    public <T> T sayingWhenWaiting(Runnable notice, Job<T> job) {
        return sayingWhenWaiting(notice, givenUp.get(), job);
    }

    /**
     * As {@link #sayingWhenWaiting(Runnable, Job)}, and a write that waits stops waiting, with a
     * {@link StorageException.Kind#GAVE_UP}, as soon as {@code stop} says so (asked every second
     * of the wait): the clerk pressed Esc, the client went away. Nothing is written then.
     */
    public <T> T sayingWhenWaiting(Runnable notice, java.util.function.BooleanSupplier stop, Job<T> job) {
        Runnable before = waitNotice.get();
        java.util.function.BooleanSupplier stopBefore = givenUp.get();
        waitNotice.set(notice);
        givenUp.set(stop);
        try {
            return job.run();
        } finally {
            waitNotice.set(before);
            givenUp.set(stopBefore);
        }
    }

    /** How long this connection's next writes wait for another's write lock. */
    void busyTimeout(int ms) {
        execute("PRAGMA busy_timeout = " + ms);
    }

    /**
     * Runs {@code step} inside a read transaction: everything it reads is the database as committed
     * when it began, however much other processes commit meanwhile (SQLite's write-ahead log
     * keeps that snapshot for it without taking the write lock).
     */
    public <T> T snapshot(Job<T> job) {
        return readSnapshot(job::run);
    }

    /** As {@link #snapshot(Job)} for storage's own work in plain JDBC. */
    <T> T readSnapshot(Step<T> step) {
        execute("BEGIN DEFERRED");
        try {
            return step.run();
        } catch (SQLException e) {
            throw StorageException.of(e, file);
        } finally {
            execute("COMMIT");
        }
    }

    /** Runs {@code job} in a write transaction that is always rolled back (a dry run). */
    public <T> T dryRun(Job<T> job) {
        return inTransaction(job::run, false);
    }

    @Override
    public void close() {
        if (handle != null) {
            handle.close();
        } else {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing a read-only use of the file: nothing is lost.
            }
        }
    }
}
