package taizhang.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import taizhang.domain.Entry;
import taizhang.domain.PinyinBefore;
import taizhang.domain.Register;
import taizhang.domain.SearchKey;
import taizhang.io.DemoCounty;

/**
 * Benchmark (run by scripts/bench-pinyin.sh, not by mvn test): what an import pays for the keys
 * stored beside each person (search key, name sort key), the way main made them before
 * ({@code PinyinBefore}, builders and lists per name) against {@code SearchKey.stored} now, over
 * the same persons of the demo county, alternating, in one run: the thread's CPU time, the
 * process's (its collector's work on the garbage too) and bytes allocated per name, medians of
 * {@code rounds} after two rounds of warm-up each.
 */
public final class PinyinBench {

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Entry> records = persons(persons);
        long[][] before = new long[3][rounds];
        long[][] now = new long[3][rounds];
        for (int i = -2; i < rounds; i++) {
            long[] b = run(records, true);
            long[] n = run(records, false);
            if (i >= 0) {
                for (int k = 0; k < 3; k++) {
                    before[k][i] = b[k];
                    now[k][i] = n[k];
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d person names, medians of %d rounds:%n", records.size(), rounds);
        System.out.printf(Locale.ROOT, "  keys as main made them (PinyinBefore): thread CPU %.3f s, process CPU %.3f s, %.0f bytes a name%n",
                median(before[0]) / 1e9, median(before[2]) / 1e9, median(before[1]) / records.size());
        System.out.printf(Locale.ROOT, "  SearchKey.stored now:                  thread CPU %.3f s, process CPU %.3f s, %.0f bytes a name%n",
                median(now[0]) / 1e9, median(now[2]) / 1e9, median(now[1]) / records.size());
        System.out.printf(Locale.ROOT, "  now / before: thread CPU %.2fx, process CPU %.2fx, bytes %.2fx%n",
                median(now[0]) / median(before[0]), median(now[2]) / median(before[2]),
                median(now[1]) / median(before[1]));
    }

    /** The demo county's persons, name only: the keys read nothing else. The walk stops after them. */
    private static List<Entry> persons(int n) throws Exception {
        List<Entry> out = new ArrayList<>(n);
        try {
            DemoCounty.generate(n, DemoCounty.DEFAULT_SEED, LocalDate.of(2026, 12, 1), e -> {
                if (e.register() == Register.PERSONS) {
                    out.add(Entry.of(Register.PERSONS, "name", e.get("name")));
                } else if (!out.isEmpty()) {
                    throw new Walked();
                }
            });
        } catch (Walked enough) {
            // The other registers' walks are not needed.
        }
        return out;
    }

    private static final class Walked extends RuntimeException {
        Walked() {
            super(null, null, false, false);
        }
    }

    /**
     * Thread CPU nanoseconds, bytes allocated and process CPU nanoseconds making every record's
     * stored keys; the keys' lengths summed so that none is skipped.
     */
    private static long[] run(List<Entry> records, boolean before) {
        System.gc();   // each round starts from an empty young generation and pays for its own garbage
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long id = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(id);
        long cpu = threads.getCurrentThreadCpuTime();
        long all = process.getProcessCpuTime();
        long length = 0;
        for (Entry e : records) {
            List<String> keys = before ? PinyinBefore.stored(e) : SearchKey.stored(e);
            length += keys.get(0).length() + keys.get(1).length();
        }
        long took = threads.getCurrentThreadCpuTime() - cpu;
        long allocated = threads.getThreadAllocatedBytes(id) - bytes;
        long allTook = process.getProcessCpuTime() - all;
        if (length == 0) {
            throw new IllegalStateException("no keys");
        }
        return new long[] {took, allocated, allTook};
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
