package taizhang.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import taizhang.domain.Entry;

/**
 * Writes an import's checked rows on a second thread while the import reads and checks the
 * next ones: the checks are Java work and the inserts are SQLite work, and an office PC has two
 * cores. Rows go in the order read, inside the import's transaction, as the signed-in account.
 * {@code T} tags each row (for an import, its line) so that a refusal is reported against it.
 * Failures of the database itself (full, I/O) end the import as a {@link StorageException}.
 */
public final class ImportWriter<T> implements AutoCloseable {

    /** A row the database refused (a constraint), with what SQLite said. */
    public record Refused<T>(T row, String message) {
    }

    /** A row to write, with its columns worked out on the reading thread (null when its register is not queued). */
    private record Job<T>(T row, Entry entry, Object[] columns) {
    }

    private static final int BATCH = 256;

    private final Database db;
    private final Registration registration;
    private final List<Job<T>> end = List.of();
    private final BlockingQueue<List<Job<T>>> queue = new ArrayBlockingQueue<>(8);
    private final List<Refused<T>> refused = new ArrayList<>();
    private final int[] outcomes = new int[Registration.Outcome.values().length];
    private final Thread thread;
    private List<Job<T>> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;

    /** Call inside the import's transaction. */
    public ImportWriter(Database db) {
        this.db = db;
        this.registration = new Registration(db, db.account().login());
        this.thread = new Thread(this::drain, "import-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a checked row; throws at once when the database has failed (full, I/O), ending the import. */
    public void submit(T row, Entry entry) {
        if (failure instanceof SQLException e) {
            throw StorageException.of(e, db.file());
        }
        // The columns' text and search key are made here, on the reading thread: the writing
        // thread's time is the import's (SQLite's part of the work is the larger one).
        Object[] columns = Registration.queues(entry.register()) ? BatchInserter.columns(entry) : null;
        batch.add(new Job<>(row, entry, columns));
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every submitted row is written; returns the rows the database refused. */
    @SuppressWarnings("unchecked")
    public List<Refused<T>> finish() {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>();
        }
        hand(end);
        join();
        if (failure instanceof SQLException e) {
            throw StorageException.of(e, db.file());
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("import writer failed", failure);
        }
        try {
            for (var r : registration.finishQueued()) {
                refused.add(new Refused<>((T) r.tag(), String.valueOf(r.error().getMessage())));
                outcomes[Registration.Outcome.ADDED.ordinal()]--;
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
        return refused;
    }

    public int count(Registration.Outcome outcome) {
        return outcomes[outcome.ordinal()];
    }

    private void hand(List<Job<T>> jobs) {
        try {
            while (!queue.offer(jobs, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    private void drain() {
        try {
            for (List<Job<T>> jobs = queue.take(); jobs != end; jobs = queue.take()) {
                for (Job<T> job : jobs) {
                    write(job);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** A row the database refuses (a constraint) is reported on its line; any other failure ends the import. */
    private void write(Job<T> job) throws SQLException {
        try {
            outcomes[registration.saveQueued(job.entry(), job.columns(), job.row()).ordinal()]++;
        } catch (SQLException e) {
            if (!StorageException.refusedRecord(e)) {
                throw e;
            }
            refused.add(new Refused<>(job.row(), String.valueOf(e.getMessage())));
        }
    }

    /** Stops the thread if the import ends early (an exception on the reading side). */
    @Override
    public void close() {
        if (thread.isAlive()) {
            queue.clear();
            queue.offer(end);
            join();
        }
        try {
            registration.close();
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }
}
