package taizhang.io;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import taizhang.domain.Entry;
import taizhang.storage.Registration;
import taizhang.storage.StorageException;

/**
 * Writes checked rows to the database on a second thread while the import reads and checks
 * the next ones: the checks are Java work and the inserts are SQLite work, and an office PC
 * has two cores. Rows go in the order read, inside the import's transaction.
 */
final class RowWriter implements AutoCloseable {

    /** A row the database refused, with what SQLite said. */
    record Refused(RowSource.Row row, String message) {
    }

    private record Job(RowSource.Row row, Entry entry) {
    }

    private static final int BATCH = 256;
    private static final List<Job> END = List.of();

    private final Registration registration;
    private final BlockingQueue<List<Job>> queue = new ArrayBlockingQueue<>(8);
    private final List<Refused> refused = new ArrayList<>();
    private final int[] outcomes = new int[Registration.Outcome.values().length];
    private final Thread thread;
    private List<Job> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;

    RowWriter(Registration registration) {
        this.registration = registration;
        this.thread = new Thread(this::drain, "import-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a checked row; throws at once when the database has failed (full, I/O), ending the import. */
    void submit(RowSource.Row row, Entry entry) throws SQLException {
        if (failure instanceof SQLException e) {
            throw e;
        }
        batch.add(new Job(row, entry));
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every submitted row is written; returns the rows the database refused. */
    List<Refused> finish() throws SQLException {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>();
        }
        hand(END);
        join();
        if (failure instanceof SQLException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("import writer failed", failure);
        }
        for (var r : registration.finishQueued()) {
            refused.add(new Refused((RowSource.Row) r.tag(), String.valueOf(r.error().getMessage())));
            outcomes[Registration.Outcome.ADDED.ordinal()]--;
        }
        return refused;
    }

    int count(Registration.Outcome outcome) {
        return outcomes[outcome.ordinal()];
    }

    private void hand(List<Job> jobs) {
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
            for (List<Job> jobs = queue.take(); jobs != END; jobs = queue.take()) {
                for (Job job : jobs) {
                    write(job);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** A row the database refuses (a constraint) is reported on its line; any other failure ends the import. */
    private void write(Job job) throws SQLException {
        try {
            outcomes[registration.saveQueued(job.entry(), job.row()).ordinal()]++;
        } catch (SQLException e) {
            if (!StorageException.refusedRecord(e)) {
                throw e;
            }
            refused.add(new Refused(job.row(), String.valueOf(e.getMessage())));
        }
    }

    /** Stops the thread if the import ends early (an exception on the reading side). */
    @Override
    public void close() {
        if (thread.isAlive()) {
            queue.clear();
            queue.offer(END);
            join();
        }
    }
}
