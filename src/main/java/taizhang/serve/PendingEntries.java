package taizhang.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import taizhang.domain.Account;

/**
 * The audit entries sessions leave as they end (SPEC 9: every session end is recorded), written
 * in the order they came on a thread of their own: a clerk who quits is let go at once, even
 * while another process holds the write lock for long (an import), and the entry waits for that
 * write ({@link Logins#record} outwaits it) instead of being lost at the busy timeout. A stopping
 * server waits for them, for a bounded time ({@link #finish}).
 */
final class PendingEntries {
    private final Logins logins;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-entries");
        t.setDaemon(true);
        return t;
    });
    /** Entries not written yet, oldest first; the writer takes the head off once it is written. */
    private final Queue<Entry> queued = new ConcurrentLinkedQueue<>();
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    private final OfficeServer.NotRecorded notRecorded;

    private record Entry(Account account, String action, Map<String, Object> detail) {
        /** As {@code taizhang audit} shows an entry: login, action, the detail as stored (JSON). */
        @Override
        public String toString() {
            return account.login() + " " + action + " " + taizhang.storage.Audit.json(detail);
        }
    }

    PendingEntries(Logins logins, OfficeServer.NotRecorded notRecorded) {
        this.logins = logins;
        this.notRecorded = notRecorded;
    }

    /** Queues an entry under {@code account}; it is written after those queued before it. */
    void add(Account account, String action, Map<String, Object> detail) {
        Entry e = new Entry(account, action, new java.util.LinkedHashMap<>(detail));  // its order kept
        queued.add(e);
        try {
            writer.execute(this::writeNext);
        } catch (RejectedExecutionException stopped) {
            // The server has stopped waiting for entries: it says this one was not recorded.
        }
    }

    private void writeNext() {
        Entry e = queued.peek();
        try {
            logins.record(e.account(), e.action(), e.detail());
        } catch (RuntimeException notWritten) {
            // The database gone, or busy past the long wait: said now in the server's log (not
            // only when it stops, perhaps weeks later), and again in the list when it stops.
            failed.add(e.toString());
            try {
                notRecorded.told(e.toString(), notWritten);
            } catch (RuntimeException ignored) {
                // The log itself failed: the entry is still in the list said at the stop.
            }
        }
        queued.remove();
    }

    /**
     * Stops taking entries and waits at most {@code wait} for those queued; {@code waiting} is told
     * how many there are when they are not all written within a second. Returns the entries not
     * recorded (failed, or still waiting when the time was up), in words, for the server's log.
     */
    List<String> finish(Duration wait, IntConsumer waiting) {
        writer.shutdown();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!writer.awaitTermination(Math.min(1_000, wait.toMillis()), TimeUnit.MILLISECONDS)) {
                waiting.accept(queued.size());
                writer.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> left = new ArrayList<>(failed);
        queued.forEach(e -> left.add(e.toString()));
        return left;
    }
}
