package taizhang.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Benchmark (run by scripts/bench-pinyin.sh in fresh JVMs, not by mvn test): what building the
 * pinyin tables costs an import at its start, {@code before} as main built them (asking
 * pinyin4j's PinyinHelper character by character) or {@code now} ({@code Pinyin.prepare}, reading
 * pinyin4j's dictionary file): this thread's CPU and the process's (the compilers' work too),
 * printed as one line "before|now THREAD_MS PROCESS_MS".
 */
public final class PinyinTablesBench {

    public static void main(String[] args) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        boolean before = args[0].equals("before");
        long cpu = threads.getCurrentThreadCpuTime();
        long all = process.getProcessCpuTime();
        if (before) {
            int readings = 0;
            for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
                String[] found = net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray((char) cp);
                readings += found == null ? 0 : found[0].replace("u:", "v").length();
            }
            if (readings == 0) {
                throw new IllegalStateException("no readings");
            }
        } else {
            taizhang.domain.Pinyin.prepare();
        }
        System.out.printf(Locale.ROOT, "%s %d %d%n", args[0], (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                (process.getProcessCpuTime() - all) / 1_000_000);
    }
}
