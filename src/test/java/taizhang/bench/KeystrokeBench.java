package taizhang.bench;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.File;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import taizhang.domain.Language;
import taizhang.storage.Database;
import taizhang.ui.App;
import taizhang.ui.ClerkTerminal;
import taizhang.ui.Messages;
import taizhang.ui.Office;

/**
 * Benchmark (run by scripts/bench-keystrokes.sh, not by mvn test): on a large demo county, opens the
 * persons and births tables at 80x24 on the real ANSI terminal class writing to a byte counter,
 * pages down 100 times and scrolls 100 single rows, and reports the work per key stroke (query
 * plus redraw) and the bytes written per key stroke.
 */
public final class KeystrokeBench {

    /** Counts what the terminal would send down the wire. */
    static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/demo-1000000.db");
        System.out.println("office: " + file);
        PipedInputStream in = new PipedInputStream(1024);
        PipedOutputStream answers = new PipedOutputStream(in);
        answers.write("\u001b[24;80R".repeat(4).getBytes(StandardCharsets.US_ASCII));
        Counter out = new Counter();
        try (Database db = taizhang.testing.Admin.signIn(Database.open(file))) {
            ClerkTerminal terminal = new ClerkTerminal(new File("/dev/null"), in, out);
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            long open0 = System.nanoTime();
            App app = new App(screen, new Office(db, LocalDate.of(2026, 11, 20)), Messages.of(Language.ZH));
            app.draw();
            System.out.printf(Locale.ROOT, "home screen with its tally figures (read inline here) in %.1f ms%n",
                    (System.nanoTime() - open0) / 1e6);
            for (char register : new char[] {'1', '2'}) {
                long o = System.nanoTime();
                key(app, new KeyStroke(register, false, false));
                System.out.printf(Locale.ROOT, "%s table opened in %.1f ms%n", register == '1' ? "persons" : "births",
                        (System.nanoTime() - o) / 1e6);
                report("page down x100", app, out, new KeyStroke(KeyType.PageDown), 100);
                key(app, new KeyStroke(KeyType.Home));
                key(app, new KeyStroke(KeyType.End));
                key(app, new KeyStroke(KeyType.Home));
                for (int i = 0; i < 30; i++) {
                    key(app, new KeyStroke(KeyType.ArrowDown)); // to the bottom row: from here on each key scrolls
                }
                report("scroll one row x100", app, out, new KeyStroke(KeyType.ArrowDown), 100);
                key(app, new KeyStroke(KeyType.Escape));
            }
            screen.stopScreen();
        }
    }

    private static void key(App app, KeyStroke k) throws Exception {
        app.handle(k);
        app.draw();
    }

    private static void report(String what, App app, Counter out, KeyStroke k, int n) throws Exception {
        long[] ns = new long[n];
        long bytes0 = out.bytes;
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            key(app, k);
            ns[i] = System.nanoTime() - s;
        }
        long bytes = out.bytes - bytes0;
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "  %-20s p50 %.2f ms  p99 %.2f ms  max %.2f ms  bytes/key %d%n", what,
                ns[n / 2] / 1e6, ns[(int) Math.ceil(n * 0.99) - 1] / 1e6, ns[n - 1] / 1e6, bytes / n);
    }
}
