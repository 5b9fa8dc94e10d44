package taizhang.cli;

import java.io.PrintWriter;
import taizhang.domain.Progress;

/**
 * One line on standard error that shows long work is going on: how much is done, how fast, and
 * how long is left, redrawn in place at most a few times a second and cleared at the end. It is
 * drawn only when standard error is a terminal (the launcher says so); into a pipe or a CI log it
 * writes nothing at all. Any command that does long work takes one from {@link Main#progress}
 * and hands it down as a {@link Progress}.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final long EVERY_NANOS = 200_000_000L;
    /** Nothing is drawn for work that is over this soon (a test sets it to 0: a fast machine
     *  may finish its import inside half a second). */
    static volatile long firstAfterNanos = 500_000_000L;

    private final PrintWriter terminal;
    private final Wording wording;
    private final String unitKey;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    /** {@code terminal} null: draw nothing. {@code unitKey}: progress.rows or progress.bytes. */
    ProgressLine(PrintWriter terminal, Wording wording, String unitKey) {
        this.terminal = terminal;
        this.wording = wording;
        this.unitKey = unitKey;
    }

    @Override
    public synchronized void at(long done, long total) {
        if (terminal == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < firstAfterNanos || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        terminal.print("\r" + line(done, total, (now - start) / 1e9) + "\u001b[K");
        terminal.flush();
        drawn = true;
    }

    /** {@code 120000 / 1000000 rows  40000/s  0:22 left}, in the run's language. */
    String line(long done, long total, double seconds) {
        boolean bytes = unitKey.equals("progress.bytes");
        long shown = bytes ? done >> 20 : done;
        long of = bytes ? total >> 20 : total;
        StringBuilder b = new StringBuilder(wording.get(unitKey, of > 0 ? shown + " / " + of : String.valueOf(shown)));
        if (seconds <= 0 || done <= 0) {
            return b.toString();
        }
        double rate = done / seconds;
        if (!unitKey.equals("progress.steps")) {
            b.append("  ").append(wording.get("progress.rate", bytes ? ((long) rate >> 20) + " MB" : (long) rate));
        }
        if (total > done) {
            b.append("  ").append(wording.get("progress.left", clock((long) ((total - done) / rate))));
        }
        return b.toString();
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** Clears the line, so that what is printed next starts on a clean line. */
    @Override
    public synchronized void close() {
        if (drawn) {
            terminal.print("\r\u001b[K");
            terminal.flush();
            drawn = false;
        }
    }
}
