package taizhang.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark (a plain main, not run by mvn test; here rather than in taizhang.bench because both
 * readers are the package's own): what reading a CSV file's rows costs the reading thread, with
 * the reader as it was ({@link CsvRowsBefore}) and as it is ({@link CsvRows}), in the same run.
 * Each round reads the whole file with both, in alternating order, after two rounds of warm-up;
 * prints each round's processor time and allocated bytes per row, the medians and their ratios.
 *
 * <pre>
 * flock /tmp/bench.lock java -Xmx256m -cp target/test-classes:target/classes taizhang.io.CsvReadBench /tmp/imp/demo/persons.csv 7
 * </pre>
 */
public final class CsvReadBench {
    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One whole read: rows, nanoseconds of wall and processor time, bytes allocated by this thread. */
    private record Read(long rows, long wall, long cpu, long allocated, long chars) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Encoding.Guess guess = Encoding.guess(file);
        for (int i = 0; i < 2; i++) {
            read(file, guess, true);
            read(file, guess, false);
        }
        long[][] before = new long[3][rounds];
        long[][] now = new long[3][rounds];
        long rows = 0;
        for (int i = 0; i < rounds; i++) {
            boolean beforeFirst = i % 2 == 0;
            Read a = read(file, guess, beforeFirst);
            Read b = read(file, guess, !beforeFirst);
            Read old = beforeFirst ? a : b;
            Read neu = beforeFirst ? b : a;
            if (old.rows != neu.rows || old.chars != neu.chars) {
                throw new AssertionError("the readers disagree: " + old + " " + neu);
            }
            rows = old.rows;
            keep(before, i, old);
            keep(now, i, neu);
            System.out.printf(Locale.ROOT, "round %d: before %s, now %s%n", i + 1, line(old), line(neu));
        }
        double[] b = medians(before);
        double[] n = medians(now);
        System.out.printf(Locale.ROOT, "rows: %d, %d rounds (medians)%n", rows, rounds);
        System.out.printf(Locale.ROOT, "before: wall %.3f s, cpu %.3f s, %.0f bytes allocated per row%n",
                b[0] / 1e9, b[1] / 1e9, b[2] / rows);
        System.out.printf(Locale.ROOT, "now:    wall %.3f s, cpu %.3f s, %.0f bytes allocated per row%n",
                n[0] / 1e9, n[1] / 1e9, n[2] / rows);
        System.out.printf(Locale.ROOT, "now/before: wall %.2f, cpu %.2f, allocation %.2f%n", n[0] / b[0], n[1] / b[1],
                n[2] / b[2]);
    }

    private static Read read(Path file, Encoding.Guess guess, boolean before) throws Exception {
        long id = Thread.currentThread().getId();
        long allocated = THREAD.getThreadAllocatedBytes(id);
        long cpu = THREAD.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long rows = 0;
        long chars = 0;   // used, so that no reading is optimised away
        try (RowSource source = before ? CsvRowsBefore.open(file, guess) : CsvRows.open(file, guess)) {
            RowSource.Row row;
            while ((row = source.next()) != null) {
                rows++;
                for (String c : row.cells()) {
                    chars += c.length();
                }
            }
        }
        return new Read(rows, System.nanoTime() - wall, THREAD.getCurrentThreadCpuTime() - cpu,
                THREAD.getThreadAllocatedBytes(id) - allocated, chars);
    }

    private static void keep(long[][] figures, int round, Read r) {
        figures[0][round] = r.wall;
        figures[1][round] = r.cpu;
        figures[2][round] = r.allocated;
    }

    private static String line(Read r) {
        return String.format(Locale.ROOT, "%.3f s cpu %.3f s, %d B/row", r.wall / 1e9, r.cpu / 1e9,
                r.allocated / r.rows);
    }

    private static double[] medians(long[][] figures) {
        double[] m = new double[figures.length];
        for (int i = 0; i < figures.length; i++) {
            long[] sorted = figures[i].clone();
            Arrays.sort(sorted);
            m[i] = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        }
        return m;
    }
}
